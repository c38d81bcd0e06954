/**
 * `answerDetail`: `GET /api/dossiers/:code/detail`, the officer's full view of a dossier of their agency —
 * where it stands and what their role can do, the applicant's form data, the uploaded documents and the
 * history with who acted (Decree 61/2018 Art. 26: each step's handling is recorded and traceable).
 * Anyone else gets the 404 of an unknown code.
 */
import type { DossierState, Message } from '@motcua/core';
import type { Authenticate } from '../auth/create-token-authenticator.js';
import type { ServiceContext } from './service-context.js';
import { restoreDossier } from './restore-dossier.js';
import { toDossierView, withComponentDetails, type DossierView } from './dossier-view.js';
import { toHistory, type HistoryEntry } from './dossier-timeline.js';
import { findForCaller } from './find-for-caller.js';
import { toVietnamIso } from '../store/dossier-code.js';
import { jsonAnswer, type HttpAnswer, type HttpRequest } from './http-exchange.js';

/** One uploaded document as the officer sees it. */
export interface DossierDocument {
  readonly component: string;
  readonly sha256: string;
  readonly size: number;
  readonly mediaType: string;
  /** ISO 8601, +07:00. */
  readonly uploadedAt: string;
}

/** The officer's detail view. */
export interface OfficerDossierView extends DossierView {
  readonly procedureTitle: Message;
  readonly data: DossierState['context']['data'];
  readonly documents: readonly DossierDocument[];
  readonly history: readonly HistoryEntry[];
}

/** Answers `GET /api/dossiers/:code/detail`. @throws NotFoundError for anyone but an officer of the dossier's agency. */
export async function answerDetail(context: ServiceContext, authenticate: Authenticate, request: HttpRequest, code: string): Promise<HttpAnswer> {
  const { stored, identity } = await findForCaller(context, authenticate, request, code, false);
  const { state } = restoreDossier(context, stored);
  const entry = context.catalogue.byKey(stored.procedureKey)!;
  const [events, documents] = await Promise.all([
    context.store.listEvents(stored.id),
    context.documents ? context.documents.records.list(stored.id) : Promise.resolve([]),
  ]);
  const view: OfficerDossierView = {
    ...withComponentDetails(toDossierView(stored, entry.runtime, state, identity!.role), entry),
    procedureTitle: entry.procedure.title,
    data: state.context.data,
    documents: documents.map((document) => ({
      component: document.componentId, sha256: document.sha256, size: document.size, mediaType: document.mediaType,
      uploadedAt: toVietnamIso(document.uploadedAt),
    })),
    history: toHistory(events, entry),
  };
  return jsonAnswer(200, view);
}
