/**
 * The `motcua-*` events and their `detail` types, in one map so that `emit` and `addEventListener`
 * are both typed.
 */
import type { DossierStatusView } from '../components/dossier-status/dossier-status-view.js';
import type { SupplementSentDetail } from '../components/dossier-status/supplement-form.js';
import type { FeedbackSentDetail } from '../components/feedback/feedback.events.js';
import type { ProcedureOpenDetail } from '../components/procedure-catalog/procedure-summary.js';
import type { ProcedureSubmitDetail, ProcedureSubmittedDetail } from '../components/procedure-form/procedure-form.events.js';
import type { StatisticsReport } from '../components/statistics/statistics-report.js';
import type { ActionDoneDetail } from '../components/workbench/workbench-events.js';

/** Why a dossier lookup failed. `not-found` covers a wrong access code too: codes are not enumerable. */
export type DossierErrorReason = 'not-found' | 'network' | 'server-error' | 'invalid-response';

/** `motcua-dossier-loaded`: a lookup answered with the dossier. */
export interface DossierLoadedDetail {
  readonly dossier: DossierStatusView;
}

/** `motcua-dossier-error`: a lookup failed; `status` is the HTTP status when there was an answer. */
export interface DossierErrorDetail {
  readonly code: string;
  readonly reason: DossierErrorReason;
  readonly status: number | null;
}

/** Every `motcua-*` event by name. */
export interface MotcuaEventMap {
  'motcua-dossier-loaded': DossierLoadedDetail;
  'motcua-dossier-error': DossierErrorDetail;
  'motcua-statistics-loaded': { readonly report: StatisticsReport };
  'motcua-supplement-sent': SupplementSentDetail;
  'motcua-feedback-sent': FeedbackSentDetail;
  'motcua-procedure-open': ProcedureOpenDetail;
  'motcua-submit': ProcedureSubmitDetail;
  'motcua-submitted': ProcedureSubmittedDetail;
  'motcua-action-done': ActionDoneDetail;
  // Each component adds its events here, with the detail type imported from its folder.
}

/** The same events as the DOM dispatches them, so `addEventListener('motcua-…')` is typed. */
export type MotcuaCustomEvents = { readonly [TType in keyof MotcuaEventMap]: CustomEvent<MotcuaEventMap[TType]> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface -- merges every motcua-* event into the DOM's map
  interface HTMLElementEventMap extends MotcuaCustomEvents {}
}
