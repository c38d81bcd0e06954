/**
 * Entry for `import '@motcua/elements/procedure-form'`: registers `<motcua-procedure-form>` and nothing
 * else, and exports its class and types. Also the input of the standalone browser bundle
 * `dist/browser/procedure-form.min.js` (budget in size-budgets.json).
 */
import './components/procedure-form/define.js';

export { PROCEDURE_FORM_TAG, defineProcedureForm } from './components/procedure-form/define.js';
export { MotcuaProcedureForm } from './components/procedure-form/procedure-form.js';
export { apiAddressProvider, type AddressProvider, type AdministrativeUnit } from './components/procedure-form/address-provider.js';
export type { ApplicantIdentity, PrefillProvider, PrefillRequest } from './components/procedure-form/form-prefill.js';
export type { FormAnswers, PrefillRule } from './components/procedure-form/form-model.js';
export type { ProcedureFile, ProcedureSubmitDetail, ProcedureSubmittedDetail } from './components/procedure-form/procedure-form.events.js';
