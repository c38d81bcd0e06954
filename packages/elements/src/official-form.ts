/**
 * Entry for `import '@motcua/elements/official-form'`: registers `<motcua-official-form>` and nothing
 * else, and exports its class and types.
 */
import './components/official-form/define.js';

export { OFFICIAL_FORM_TAG, defineOfficialForm } from './components/official-form/define.js';
export { MotcuaOfficialForm, type OfficialFormPaper } from './components/official-form/official-form.js';
export { OFFICIAL_FORM_NUMBERS, type OfficialFormNumber } from './components/official-form/official-form-parts.js';
export {
  OFFICIAL_FORMS, OFFICIAL_FORM_EDITIONS, DEFAULT_OFFICIAL_FORM_EDITION, findOfficialForm, officialFormOfKind, officialFormNumbers, isOfficialFormEdition,
  type OfficialFormEdition, type OfficialFormDefinition, type OfficialFormKind,
} from './components/official-form/official-form-editions.js';
export type {
  OfficialFormAgency, OfficialFormApplicant, OfficialFormDossier, OfficialFormHistoryEntry, OfficialFormProcedure,
} from './components/official-form/official-form-data.js';
