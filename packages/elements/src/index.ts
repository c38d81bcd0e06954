/**
 * @motcua/elements — Lit web components for citizens and officers.
 *
 * Importing this entry registers every component; import a subpath entry (`./dossier-status.js`) to
 * register only that one.
 */
export const ELEMENTS_VERSION = '0.1.0';

export { PROCEDURE_FORM_TAG, MotcuaProcedureForm, defineProcedureForm, apiAddressProvider } from './procedure-form.js';
export type {
  AddressProvider, AdministrativeUnit, ApplicantIdentity, PrefillProvider, PrefillRequest, FormAnswers, PrefillRule, ProcedureFile,
  ProcedureSubmitDetail, ProcedureSubmittedDetail,
} from './procedure-form.js';
export { DOSSIER_STATUS_TAG, MotcuaDossierStatus, defineDossierStatus } from './dossier-status.js';
export type { DossierRequestView, DossierStatusView, SupplementComponentView, TimelineEntryView, SupplementSentDetail } from './dossier-status.js';
export { checkUpload, sniffMediaType, describeMediaTypes } from './dossier-status.js';
export type { SniffedMediaType, UploadCheck, UploadProblem, UploadRules } from './dossier-status.js';
export { STATISTICS_TAG, MotcuaStatistics, defineStatistics } from './statistics.js';
export type { GroupStatisticsView, StatisticsReport, StepTimeView } from './statistics.js';
export { WORKBENCH_TAG, MotcuaWorkbench, defineWorkbench } from './workbench.js';
export type { ActionDoneDetail, ActionRequestBody, ActionRequirement, DossierDetail, DossierDocument, InboxDossier, InboxView, ProcedureView, WorkbenchAction } from './workbench.js';
export {
  OFFICIAL_FORM_TAG, MotcuaOfficialForm, defineOfficialForm, OFFICIAL_FORM_NUMBERS, OFFICIAL_FORMS, OFFICIAL_FORM_EDITIONS, DEFAULT_OFFICIAL_FORM_EDITION,
  findOfficialForm, officialFormOfKind, officialFormNumbers, isOfficialFormEdition,
} from './official-form.js';
export type {
  OfficialFormNumber, OfficialFormPaper, OfficialFormAgency, OfficialFormApplicant, OfficialFormDossier, OfficialFormHistoryEntry, OfficialFormProcedure,
  OfficialFormEdition, OfficialFormDefinition, OfficialFormKind,
} from './official-form.js';
export { FEEDBACK_TAG, MotcuaFeedback, defineFeedback, MAX_COMMENT_LENGTH, RATINGS } from './feedback.js';
export type { FeedbackSentDetail, Rating } from './feedback.js';
export {
  PROCEDURE_CATALOG_TAG, MotcuaProcedureCatalog, defineProcedureCatalog, searchProcedures, foldVietnamese, toProcedureSummaries, NO_FILTERS,
} from './procedure-catalog.js';
export type { ProcedureSummary, ProcedureOpenDetail, ProcedureFilters, ProcedureLevel, OnlineLevel } from './procedure-catalog.js';
export { emit } from './events/emit.js';
export type { DossierErrorDetail, DossierErrorReason, DossierLoadedDetail, MotcuaCustomEvents, MotcuaEventMap } from './events/motcua-events.js';
export { tokens } from './styles/tokens.js';
