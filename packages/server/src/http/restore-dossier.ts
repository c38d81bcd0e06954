/**
 * `restoreDossier`: a stored dossier's runtime and state, under the exact procedure version it was
 * received under — never another (a dossier whose version is not loaded is 503, not re-interpreted).
 */
import type { DossierRuntime, DossierState } from '@motcua/core';
import type { DossierRow } from '../store/dossier-store.js';
import type { ServiceContext } from './service-context.js';
import { ProcedureUnavailableError } from './http-errors.js';

/** The runtime and restored state of a stored dossier, under its exact procedure version. */
export function restoreDossier(context: Pick<ServiceContext, 'catalogue'>, stored: DossierRow): { runtime: DossierRuntime; state: DossierState } {
  const entry = context.catalogue.byKey(stored.procedureKey);
  if (!entry) {
    throw new ProcedureUnavailableError('procedure-unavailable', {
      vi: `Máy chủ chưa nạp thủ tục ${stored.procedureKey} mà hồ sơ được tiếp nhận theo.`,
      en: `The server has not loaded ${stored.procedureKey}, the procedure version this dossier was received under.`,
    });
  }
  // A row's application data is kept apart from its snapshot (migration 9), but for rows written before.
  return { runtime: entry.runtime, state: entry.runtime.restore(stored.snapshot, { data: stored.data ?? null }) };
}
