/**
 * `toDossierView`: what the API shows of a dossier — where it stands, its due date and the open request —
 * and for an officer the actions their role can take now; `toCitizenView` adds the procedure's title, the
 * timeline and, for an open supplement request, what each asked-for component must be.
 */
import type { AvailableAction, DossierRuntime, DossierState, Message, OpenRequest } from '@motcua/core';
import { componentAccept } from '../documents/accepts-media-type.js';
import type { DossierRow } from '../store/dossier-store.js';
import type { EventRecord } from '../store/hash-chain.js';
import { toTimeline, type TimelineEntry } from './dossier-timeline.js';
import type { CatalogueEntry } from './procedure-catalogue.js';

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

/** The view of `stored` (restored as `state`); with `role`, the actions that role can take; without, the citizen's (no officer ids). */
export function toDossierView(stored: DossierRow, runtime: DossierRuntime, state: DossierState, role?: string): DossierView {
  const status = runtime.status(state);
  const view: DossierView = {
    code: stored.code, procedure: stored.procedureKey, agency: stored.agencyCode, state: status.state, status: status.code,
    closed: status.closed, dueAt: runtime.dueDate(state), version: stored.version, submittedAt: state.context.submittedAt,
    receivedAt: state.context.receivedAt, request: state.context.request,
  };
  if (role === undefined) return { ...view, request: withoutOfficerId(state.context.request) };
  const actions = runtime.availableActions(state, role).map(({ type, kind, requires, title }) => ({ type, kind, requires, title }));
  return { ...view, actions };
}

/** The open request as a citizen may see it: who asked only by role, never an officer's id. */
function withoutOfficerId(request: OpenRequest | null): unknown {
  if (request === null) return null;
  const { id: _id, ...by } = request.by;
  return { ...request, by };
}

/** A component asked for in an open supplement request, with what an upload must be. */
export interface RequestedComponent {
  readonly id: string;
  readonly title: Message;
  /** Accepted media types (the component's, or the server's default list). */
  readonly accept: readonly string[];
  readonly maxSizeMB: number | null;
}

/** The citizen's view: the dossier view plus the procedure's title and the timeline. */
export interface CitizenDossierView extends DossierView {
  readonly procedureTitle: Message;
  readonly timeline: readonly TimelineEntry[];
}

/**
 * The view the citizen gets from `GET /api/dossiers/:code`: `events` is the dossier's log (for the
 * timeline); an open supplement request lists its components with what an upload must be
 * (`request.componentDetails`), so the upload form needs no second call.
 */
export function toCitizenView(stored: DossierRow, entry: CatalogueEntry, state: DossierState, events: readonly EventRecord[]): CitizenDossierView {
  const view = toDossierView(stored, entry.runtime, state);
  return { ...withComponentDetails(view, entry), procedureTitle: entry.procedure.title, timeline: toTimeline(events, entry) };
}

/** `view` with `request.componentDetails` when the open request is a supplement request. */
export function withComponentDetails<TView extends DossierView>(view: TView, entry: CatalogueEntry): TView {
  const request = view.request as OpenRequest | null;
  if (request === null || request.kind !== 'supplement') return view;
  const componentDetails = request.components.flatMap((id): RequestedComponent[] => {
    const component = entry.procedure.components.find((candidate) => candidate.id === id);
    if (!component) return [];
    return [{ id, title: component.title, accept: componentAccept(component.accept), maxSizeMB: component.maxSizeMB ?? null }];
  });
  return { ...view, request: { ...request, componentDetails } };
}
