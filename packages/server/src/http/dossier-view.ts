/**
 * `toDossierView`: what the API shows of a dossier — where it stands, its due date and the open request —
 * and for an officer the actions their role can take now.
 */
import type { AvailableAction, DossierRuntime, DossierState } from '@motcua/core';
import type { StoredDossier } from '../store/dossier-store.js';

/** A dossier as the API returns it. */
export interface DossierView {
  readonly code: string;
  readonly procedure: string;
  readonly agency: string;
  readonly state: string;
  readonly status: number | null;
  readonly closed: boolean;
  readonly dueAt: string | null;
  readonly version: number;
  readonly submittedAt: string | null;
  readonly receivedAt: string | null;
  readonly request: unknown;
  readonly actions?: readonly Pick<AvailableAction, 'type' | 'kind' | 'requires' | 'title'>[];
}

/** The view of `stored` (restored as `state`); with `role`, the actions that role can take. */
export function toDossierView(stored: StoredDossier, runtime: DossierRuntime, state: DossierState, role?: string): DossierView {
  const status = runtime.status(state);
  const view: DossierView = {
    code: stored.code, procedure: stored.procedureKey, agency: stored.agencyCode, state: status.state, status: status.code,
    closed: status.closed, dueAt: runtime.dueDate(state), version: stored.version, submittedAt: state.context.submittedAt,
    receivedAt: state.context.receivedAt, request: state.context.request,
  };
  if (role === undefined) return view;
  const actions = runtime.availableActions(state, role).map(({ type, kind, requires, title }) => ({ type, kind, requires, title }));
  return { ...view, actions };
}
