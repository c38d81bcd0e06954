/**
 * `createDossierService`: the dossier HTTP API over web-standard Request/Response, so it mounts in any
 * server. The server is authoritative: it re-runs every command through the compiled machine of the
 * dossier's exact procedure version, and takes roles and agencies only from the authenticated identity.
 */
import { type DossierCommand, type DossierRuntime, type DossierState, type Procedure, type WorkingCalendar } from '@motcua/core';
import type { Authenticate, Identity } from '../auth/create-token-authenticator.js';
import type { DossierStore, StoredDossier } from '../store/dossier-store.js';
import { toVietnamIso } from '../store/dossier-code.js';
import { ConflictError } from '../store/store-errors.js';
import { createProcedureCatalogue, type ProcedureCatalogue } from './procedure-catalogue.js';
import { toDossierView } from './dossier-view.js';
import { ForbiddenError, jsonResponse, NotFoundError, ProcedureUnavailableError, RejectedCommandError, StaleDossierError, toErrorResponse } from './http-errors.js';
import { createSubmitHandler } from './submit-dossier.js';
import { findWithAccessToken } from './find-with-access-token.js';
import { readJson, requireIdentity, optionalString, optionalStrings } from './read-request.js';
import { createUploadHandler, type DocumentUploadOptions } from '../documents/create-upload-handler.js';
import { statusChangeRows } from '../adapters/enqueue-status-change.js';
import type { SqlClient } from '../store/sql-client.js';
import { answerStatistics } from '../statistics/statistics-route.js';

/** Options of {@link createDossierService}. */
export interface DossierServiceOptions {
  /** Every procedure version the server runs (validated and compiled at start). */
  readonly procedures: readonly Procedure[];
  readonly store: DossierStore;
  /** The working calendar of the legal clock; defaults to each procedure's. */
  readonly calendar?: WorkingCalendar;
  /** Officer authentication (citizens use their dossier's access token). */
  readonly authenticate: Authenticate;
  /** Agency codes that may receive dossiers; any well-formed code when absent. */
  readonly agencies?: readonly string[];
  /** The clock; defaults to the wall clock (read here, at the edge, and nowhere else). */
  readonly now?: () => Date;
  /** Document storage for `POST /api/dossiers/:code/documents`; that endpoint answers 404 without it. */
  readonly documents?: DocumentUploadOptions;
  /**
   * The store's SQL client, for the portal outbox and statistics; defaults to `store.sql` when the store
   * has one (the embedded and PostgreSQL stores do). Without one, nothing is enqueued and statistics are 503.
   */
  readonly sql?: SqlClient;
}

/** Handles one request. */
export type DossierService = (request: Request) => Promise<Response>;

/** Services the command handlers share. */
export interface ServiceContext {
  readonly catalogue: ProcedureCatalogue;
  readonly store: DossierStore;
  readonly agencies: ReadonlySet<string> | null;
  readonly now: () => Date;
  readonly sql?: SqlClient | undefined;
}

/**
 * The dossier API: `GET /api/procedures`, `POST /api/dossiers`, `GET /api/dossiers/:code`,
 * `GET /api/inbox`, `POST /api/dossiers/:code/actions`, `POST /api/dossiers/:code/supplement`,
 * `POST /api/dossiers/:code/withdraw`, `POST /api/dossiers/:code/documents?component=<id>`, `GET /api/statistics`. Errors are `{ error: { code, message: { vi, en } } }`.
 * @example const handle = createDossierService({ procedures, store, authenticate }); const response = await handle(request);
 */
export function createDossierService(options: DossierServiceOptions): DossierService {
  const context: ServiceContext = {
    catalogue: createProcedureCatalogue(options.procedures, options.calendar),
    store: options.store,
    agencies: options.agencies ? new Set(options.agencies) : null,
    now: options.now ?? (() => new Date()),
    sql: options.sql ?? (options.store as Partial<{ sql: SqlClient }>).sql,
  };
  const submit = createSubmitHandler(context);
  const upload = createUploadHandler(context, options.authenticate, options.documents);
  return async (request) => {
    try {
      const url = new URL(request.url);
      const parts = url.pathname.split('/').filter((part) => part !== '').map(decodeURIComponent);
      const route = `${request.method} /${parts.map((part, index) => (index === 2 && parts[1] === 'dossiers' ? ':code' : part)).join('/')}`;
      const code = parts[2] ?? '';
      switch (route) {
        case 'GET /api/procedures': return listProcedures(context);
        case 'POST /api/dossiers': return await submit(request);
        case 'GET /api/dossiers/:code': return await lookUp(context, request, code);
        case 'GET /api/inbox': return await inbox(context, await requireIdentity(options.authenticate, request), url);
        case 'POST /api/dossiers/:code/actions': return await officerAction(context, await requireIdentity(options.authenticate, request), request, code);
        case 'POST /api/dossiers/:code/supplement': return await citizenCommand(context, request, code, 'SUPPLEMENT');
        case 'POST /api/dossiers/:code/withdraw': return await citizenCommand(context, request, code, 'WITHDRAW');
        case 'POST /api/dossiers/:code/documents': return await upload(request, code);
        case 'GET /api/statistics':
          return await answerStatistics(context.sql, await requireIdentity(options.authenticate, request), url, context.now(), options.calendar);
        default: throw new NotFoundError('not-found', { vi: 'Không tìm thấy địa chỉ này.', en: 'No such endpoint.' });
      }
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

function listProcedures(context: ServiceContext): Response {
  const procedures = context.catalogue.entries.map(({ key, procedure }) => ({
    key, code: procedure.code, version: procedure.version, title: procedure.title, channels: procedure.channels.map((channel) => channel.kind),
  }));
  return jsonResponse(200, { procedures });
}

/** The runtime and restored state of a stored dossier, under its exact procedure version. */
export function restoreDossier(context: ServiceContext, stored: StoredDossier): { runtime: DossierRuntime; state: DossierState } {
  const entry = context.catalogue.byKey(stored.procedureKey);
  if (!entry) {
    throw new ProcedureUnavailableError('procedure-unavailable', {
      vi: `Máy chủ chưa nạp thủ tục ${stored.procedureKey} mà hồ sơ được tiếp nhận theo.`,
      en: `The server has not loaded ${stored.procedureKey}, the procedure version this dossier was received under.`,
    });
  }
  return { runtime: entry.runtime, state: entry.runtime.restore(stored.snapshot) };
}

async function lookUp(context: ServiceContext, request: Request, code: string): Promise<Response> {
  const stored = await findWithAccessToken(context.store, request, code);
  const { runtime, state } = restoreDossier(context, stored);
  return jsonResponse(200, toDossierView(stored, runtime, state));
}

async function inbox(context: ServiceContext, identity: Identity, url: URL): Promise<Response> {
  for (const [name, own] of [['role', identity.role], ['agency', identity.agency]] as const) {
    const asked = url.searchParams.get(name);
    if (asked !== null && asked !== own) {
      throw new ForbiddenError('identity-mismatch', { vi: `Tham số ${name} khác với tài khoản đăng nhập.`, en: `The ${name} asked for is not the signed-in identity's.` });
    }
  }
  const open = await context.store.listInbox({ agencyCode: identity.agency });
  const dossiers = open.flatMap((stored) => {
    const entry = context.catalogue.byKey(stored.procedureKey);
    if (!entry) return [];
    const view = toDossierView(stored, entry.runtime, entry.runtime.restore(stored.snapshot), identity.role);
    return view.actions!.length > 0 ? [view] : [];
  });
  return jsonResponse(200, { role: identity.role, agency: identity.agency, dossiers });
}

async function officerAction(context: ServiceContext, identity: Identity, request: Request, code: string): Promise<Response> {
  const body = await readJson(request);
  const stored = await context.store.findByCode(code);
  if (!stored || stored.agencyCode !== identity.agency) throw new NotFoundError('dossier-not-found', NOT_FOUND);
  const type = optionalString(body, 'type');
  if (type === undefined || ['SUBMIT', 'SUPPLEMENT', 'WITHDRAW', 'PAY'].includes(type)) {
    throw new ForbiddenError('not-an-officer-action', { vi: 'Đây không phải thao tác của cán bộ.', en: 'This is not an officer action.' });
  }
  const command: Record<string, unknown> = { type, actor: { id: identity.sub, role: identity.role, agency: identity.agency }, at: toVietnamIso(context.now()) };
  for (const key of ['reason', 'newDueDate'] as const) if (optionalString(body, key) !== undefined) command[key] = body[key];
  for (const key of ['missingComponents', 'attachments'] as const) if (optionalStrings(body, key) !== undefined) command[key] = body[key];
  return apply(context, stored, command as unknown as DossierCommand, body['expectedVersion'], identity.role);
}

async function citizenCommand(context: ServiceContext, request: Request, code: string, type: 'SUPPLEMENT' | 'WITHDRAW'): Promise<Response> {
  const stored = await findWithAccessToken(context.store, request, code);
  const body = await readJson(request);
  const command: Record<string, unknown> = { type, actor: { id: `applicant:${stored.code}`, role: 'applicant' }, at: toVietnamIso(context.now()) };
  if (optionalString(body, 'reason') !== undefined) command['reason'] = body['reason'];
  if (optionalStrings(body, 'documents') !== undefined) command['documents'] = body['documents'];
  if (body['data'] !== undefined) command['data'] = body['data'];
  return apply(context, stored, command as unknown as DossierCommand, body['expectedVersion'] ?? stored.version);
}

/** Runs `command` on the stored dossier and appends its events, if the dossier is still at `expectedVersion`. */
async function apply(context: ServiceContext, stored: StoredDossier, command: DossierCommand, expectedVersion: unknown, role?: string): Promise<Response> {
  const { runtime, state } = restoreDossier(context, stored);
  if (typeof expectedVersion !== 'number' || expectedVersion !== stored.version) throw new StaleDossierError(toDossierView(stored, runtime, state, role));
  const result = runtime.send(state, command);
  if (!result.ok) throw new RejectedCommandError(result.rejection);
  const status = runtime.status(result.state);
  try {
    // The outbox rows of the status changes are written in the append's own statement: committed
    // together with the events, or not at all, so no status change is ever lost for the National Portal.
    // The chain head read with the dossier lets the store chain the events without reading the log again.
    const saved = await context.store.appendEvents(stored.id, expectedVersion, {
      snapshot: runtime.toSnapshot(result.state), state: status.state, status: status.code, closed: status.closed, dueAt: runtime.dueDate(result.state),
    }, result.events, {
      ...(stored.chainHead ? { chainHead: stored.chainHead } : {}),
      ...(context.sql ? { outbox: statusChangeRows(stored, result.events, stored.status) } : {}),
    });
    return jsonResponse(200, toDossierView(saved, runtime, result.state, role));
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const current = (await context.store.findByCode(stored.code))!;
    const restored = restoreDossier(context, current);
    throw new StaleDossierError(toDossierView(current, restored.runtime, restored.state, role));
  }
}

const NOT_FOUND = { vi: 'Không tìm thấy hồ sơ với mã và mã truy cập này.', en: 'No dossier with this code and access token.' };
