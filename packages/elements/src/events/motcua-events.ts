/**
 * The `motcua-*` events and their `detail` types, in one map so that `emit` and `addEventListener`
 * are both typed.
 */
import type { DossierStatusView } from '../components/dossier-status/dossier-status-view.js';

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
  // Each component adds its events here, with the detail type imported from its folder.
}

declare global {
  interface HTMLElementEventMap {
    'motcua-dossier-loaded': CustomEvent<DossierLoadedDetail>;
    'motcua-dossier-error': CustomEvent<DossierErrorDetail>;
  }
}
