/**
 * Entry for `import '@motcua/elements/workbench'`: registers `<motcua-workbench>` (and
 * `<motcua-official-form>`, which it prints with), and exports its class and types.
 */
import './components/workbench/define.js';

export { WORKBENCH_TAG, defineWorkbench } from './components/workbench/define.js';
export { MotcuaWorkbench } from './components/workbench/workbench.js';
export type { ActionDoneDetail } from './components/workbench/workbench-events.js';
export type { ActionRequestBody } from './components/workbench/workbench-api.js';
export type {
  ActionRequirement, DossierDetail, DossierDocument, InboxDossier, InboxView, ProcedureView, WorkbenchAction,
} from './components/workbench/workbench-view.js';
