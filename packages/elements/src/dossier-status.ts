/**
 * Entry for `import '@motcua/elements/dossier-status'`: registers `<motcua-dossier-status>` and nothing
 * else, and exports its class and types.
 */
import './components/dossier-status/define.js';

export { DOSSIER_STATUS_TAG, defineDossierStatus } from './components/dossier-status/define.js';
export { MotcuaDossierStatus } from './components/dossier-status/dossier-status.js';
export type {
  DossierRequestView, DossierStatusView, SupplementComponentView, TimelineEntryView,
} from './components/dossier-status/dossier-status-view.js';
export type { SupplementSentDetail } from './components/dossier-status/supplement-form.js';
export { checkUpload, sniffMediaType, describeMediaTypes } from './internal/check-upload.js';
export type { SniffedMediaType, UploadCheck, UploadProblem, UploadRules } from './internal/check-upload.js';
