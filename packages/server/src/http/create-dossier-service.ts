/**
 * `createDossierService` and `createDossierHandler`: the dossier HTTP API, over web-standard
 * Request/Response so it mounts in any server, or over plain values for the Node entry. The server is
 * authoritative: it re-runs every command through the compiled machine of the dossier's exact procedure
 * version, and takes roles and agencies only from the authenticated identity.
 */
import type { DossierCommand, DossierState, Procedure, WorkingCalendar } from '@motcua/core';
import type { Authenticate, Identity } from '../auth/create-token-authenticator.js';
import type { DossierRow, DossierStore } from '../store/dossier-store.js';
import { toVietnamIso } from '../store/dossier-code.js';
import { ConflictError } from '../store/store-errors.js';
import { createProcedureCatalogue } from './procedure-catalogue.js';
import type { ServiceContext } from './service-context.js';
import { toCitizenView, toDossierView } from './dossier-view.js';
import { getCalendar, getProcedure, listProcedures } from './procedure-routes.js';
import { answerDetail } from './officer-detail.js';
import { answerFeedback } from './feedback-route.js';
import { answerDownload } from './download-document.js';
import { answerPrefill } from './prefill-route.js';
import type { AuthenticateCitizen } from '../auth/citizen-token.js';
import type { PopulationRegistry } from '../adapters/population-registry.js';
import type { AdministrativeUnits } from '../adapters/administrative-units.js';
import { answerAdministrativeUnits } from './administrative-units-route.js';
import { ForbiddenError, NotFoundError, RejectedCommandError, StaleDossierError, toErrorAnswer } from './http-errors.js';
import { createSubmitHandler } from './submit-dossier.js';
import { restoreDossier } from './restore-dossier.js';
import { openRolesOf } from './open-roles.js';
import { findWithAccessToken } from './find-with-access-token.js';
import { readJson, requireIdentity, optionalString, optionalStrings } from './read-request.js';
import { createUploadHandler } from './create-upload-handler.js';
import type { DocumentUploadOptions } from '../documents/document-upload-options.js';
import { statusChangeRows } from '../adapters/enqueue-status-change.js';
import type { SqlClient } from '../store/sql-client.js';
import { answerStatistics } from './statistics-route.js';
import { createDossierCache } from './dossier-cache.js';
import { jsonAnswer, toFetchHandler, type HttpAnswer, type HttpHandler, type HttpRequest } from './http-exchange.js';

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
  /**
   * Citizen sign-in (the demo's stand-in for VNeID). With it and `populationRegistry`, `POST /api/prefill`
   * answers, and a submission carrying a citizen token gets the registry's values on the server.
   */
  readonly authenticateCitizen?: AuthenticateCitizen;
  /** The population registry for prefill and waived components (Decree 104/2022). */
  readonly populationRegistry?: PopulationRegistry;
  /** The administrative-unit catalogue for `GET /api/administrative-units`; that route answers 404 without it. */
  readonly administrativeUnits?: AdministrativeUnits;
}

/** Handles one web-standard request. */
export type DossierService = (request: Request) => Promise<Response>;

/**
 * The dossier API (docs/server-api.md): `GET /api/procedures`, `GET /api/procedures/:key`, `GET /api/calendar`,
 * `GET /api/administrative-units[?province=]`,
 * `POST /api/prefill`, `POST /api/dossiers`, `GET /api/dossiers/:code`, `GET /api/dossiers/:code/detail`,
 * `GET /api/inbox`, `POST /api/dossiers/:code/actions`, `POST /api/dossiers/:code/supplement`,
 * `POST /api/dossiers/:code/withdraw`, `POST /api/dossiers/:code/pay`, `POST /api/dossiers/:code/feedback`,
 * `POST /api/dossiers/:code/documents?component=<id>`, `GET /api/dossiers/:code/documents/:sha256`,
 * `GET /api/statistics`. Errors are `{ error: { code, message: { vi, en } } }`.
 * @example const handle = createDossierService({ procedures, store, authenticate }); const response = await handle(request);
 */
export function createDossierService(options: DossierServiceOptions): DossierService {
  return toFetchHandler(createDossierHandler(options));
}

/**
 * {@link createDossierService} over plain {@link HttpRequest} / {@link HttpAnswer} values rather than web
 * objects: what the Node entry mounts, through `toNodeListener`, to spare each request the cost of a web
 * `Request` and `Response`. A web `Request` is an `HttpRequest`, so the two answer the same calls alike.
 * @example createServer(toNodeListener(createDossierHandler({ procedures, store, authenticate })))
 */
export function createDossierHandler(options: DossierServiceOptions): HttpHandler {
  const context: ServiceContext = {
    catalogue: createProcedureCatalogue(options.procedures, options.calendar),
    store: options.store,
    agencies: options.agencies ? new Set(options.agencies) : null,
    now: options.now ?? (() => new Date()),
    sql: options.sql ?? (options.store as Partial<{ sql: SqlClient }>).sql,
    cache: createDossierCache(),
    calendar: options.calendar,
    documents: options.documents,
    authenticateCitizen: options.authenticateCitizen,
    population: options.populationRegistry,
  };
  const submit = createSubmitHandler(context);
  const upload = createUploadHandler(context, options.authenticate, options.documents);
  return async (request) => {
    try {
      const url = new URL(request.url);
      const parts = url.pathname.split('/').filter((part) => part !== '').map(decodeURIComponent);
      const route = toRoute(request.method, parts);
      const code = parts[2] ?? '';
      switch (route) {
        case 'GET /api/procedures': return listProcedures(context.catalogue);
        case 'GET /api/procedures/:key': return getProcedure(context.catalogue, code);
        case 'GET /api/calendar': return getCalendar(context.calendar);
        case 'GET /api/administrative-units': return await answerAdministrativeUnits(options.administrativeUnits, url);
        case 'POST /api/dossiers': return await submit(request);
        case 'POST /api/prefill': return await answerPrefill(context, request);
        case 'GET /api/dossiers/:code': return await lookUp(context, request, code);
        case 'GET /api/dossiers/:code/detail': return await answerDetail(context, options.authenticate, request, code);
        case 'GET /api/dossiers/:code/documents/:sha256': return await answerDownload(context, options.authenticate, request, code, parts[4]!);
        case 'POST /api/dossiers/:code/feedback': return await answerFeedback(context, request, code);
        case 'GET /api/inbox': return await inbox(context, await requireIdentity(options.authenticate, request), url);
        case 'POST /api/dossiers/:code/actions': return await officerAction(context, await requireIdentity(options.authenticate, request), request, code);
        case 'POST /api/dossiers/:code/supplement': return await citizenCommand(context, request, code, 'SUPPLEMENT');
        case 'POST /api/dossiers/:code/withdraw': return await citizenCommand(context, request, code, 'WITHDRAW');
        case 'POST /api/dossiers/:code/pay': return await citizenCommand(context, request, code, 'PAY');
        case 'POST /api/dossiers/:code/documents': return await upload(request, code);
        case 'GET /api/statistics':
          return await answerStatistics(context.sql, await requireIdentity(options.authenticate, request), url, context.now(), options.calendar);
        default: throw new NotFoundError('not-found', { vi: 'Không tìm thấy địa chỉ này.', en: 'No such endpoint.' });
      }
    } catch (error) {
      return toErrorAnswer(error);
    }
  };
}

/** `GET /api/dossiers/H29-260302-0001` → `GET /api/dossiers/:code`: the path with its parameters named. */
function toRoute(method: string, parts: readonly string[]): string {
  const named = parts.map((part, index) => {
    if (index === 2 && parts[1] === 'dossiers') return ':code';
    if (index === 2 && parts[1] === 'procedures') return ':key';
    if (index === 4 && parts[1] === 'dossiers' && parts[3] === 'documents') return ':sha256';
    return part;
  });
  return `${method} /${named.join('/')}`;
}

/** The citizen's view: two queries, the dossier (with the token check) and its event log for the timeline. */
async function lookUp(context: ServiceContext, request: HttpRequest, code: string): Promise<HttpAnswer> {
  const stored = await findWithAccessToken(context.store, request, code);
  const { state } = restoreDossier(context, stored);
  const events = await context.store.listEvents(stored.id);
  return jsonAnswer(200, toCitizenView(stored, context.catalogue.byKey(stored.procedureKey)!, state, events));
}

async function inbox(context: ServiceContext, identity: Identity, url: URL): Promise<HttpAnswer> {
  for (const [name, own] of [['role', identity.role], ['agency', identity.agency]] as const) {
    const asked = url.searchParams.get(name);
    if (asked !== null && asked !== own) {
      throw new ForbiddenError('identity-mismatch', { vi: `Tham số ${name} khác với tài khoản đăng nhập.`, en: `The ${name} asked for is not the signed-in identity's.` });
    }
  }
  const open = await context.store.listInbox({ agencyCode: identity.agency, role: identity.role });
  const dossiers = open.flatMap((stored) => {
    const entry = context.catalogue.byKey(stored.procedureKey);
    if (!entry) return [];
    const view = toDossierView(stored, entry.runtime, restoreDossier(context, stored).state, identity.role);
    return view.actions!.length > 0 ? [view] : [];
  });
  return jsonAnswer(200, { role: identity.role, agency: identity.agency, dossiers });
}

async function officerAction(context: ServiceContext, identity: Identity, request: HttpRequest, code: string): Promise<HttpAnswer> {
  const body = await readJson(request);
  const cached = typeof body['expectedVersion'] === 'number' ? context.cache?.get(code, body['expectedVersion']) : undefined;
  const stored = cached?.stored ?? await context.store.findByCode(code);
  if (!stored || stored.agencyCode !== identity.agency) throw new NotFoundError('dossier-not-found', NOT_FOUND);
  const type = optionalString(body, 'type');
  if (type === undefined || ['SUBMIT', 'SUPPLEMENT', 'WITHDRAW', 'PAY'].includes(type)) {
    throw new ForbiddenError('not-an-officer-action', { vi: 'Đây không phải thao tác của cán bộ.', en: 'This is not an officer action.' });
  }
  const command: Record<string, unknown> = { type, actor: { id: identity.sub, role: identity.role, agency: identity.agency }, at: toVietnamIso(context.now()) };
  for (const key of ['reason', 'newDueDate'] as const) if (optionalString(body, key) !== undefined) command[key] = body[key];
  for (const key of ['missingComponents', 'attachments'] as const) if (optionalStrings(body, key) !== undefined) command[key] = body[key];
  return apply(context, stored, command as unknown as DossierCommand, body['expectedVersion'], { role: identity.role, ...(cached ? { restored: cached.state, fromCache: true } : {}) });
}

async function citizenCommand(context: ServiceContext, request: HttpRequest, code: string, type: 'SUPPLEMENT' | 'WITHDRAW' | 'PAY'): Promise<HttpAnswer> {
  const stored = await findWithAccessToken(context.store, request, code);
  const body = await readJson(request);
  const command: Record<string, unknown> = { type, actor: { id: `applicant:${stored.code}`, role: 'applicant' }, at: toVietnamIso(context.now()) };
  if (type === 'PAY') {
    // The amount is the runtime's, from the procedure's fee rules — never a figure the browser sends. The
    // demo takes the payment as made; a real deployment confirms it with the payment platform first.
    const { runtime, state } = restoreDossier(context, stored);
    const payment = runtime.feesDue(state, command['at'] as string);
    command['attachments'] = [`payment-receipt:${stored.code}:${payment.total}:${payment.currency}`];
    return apply(context, stored, command as unknown as DossierCommand, body['expectedVersion'] ?? stored.version, { extra: { payment }, restored: state });
  }
  if (optionalString(body, 'reason') !== undefined) command['reason'] = body['reason'];
  if (optionalStrings(body, 'documents') !== undefined) command['documents'] = body['documents'];
  if (body['data'] !== undefined) command['data'] = body['data'];
  return apply(context, stored, command as unknown as DossierCommand, body['expectedVersion'] ?? stored.version);
}

/** How {@link apply} runs: for which officer role, what to add to the response, and `stored` already restored. */
interface ApplyOptions {
  readonly role?: string;
  readonly extra?: Record<string, unknown>;
  /** `stored` restored, when the caller has it (then it is not restored again). */
  readonly restored?: DossierState;
  /** Whether `stored` and `restored` came from the dossier cache, which may be behind the database. */
  readonly fromCache?: boolean;
}

/** Runs `command` on the stored dossier and appends its events, if the dossier is still at `expectedVersion`. */
async function apply(context: ServiceContext, stored: DossierRow, command: DossierCommand, expectedVersion: unknown, options: ApplyOptions = {}): Promise<HttpAnswer> {
  const { role, extra = {}, fromCache = false } = options;
  const { runtime, state } = options.restored ? { runtime: context.catalogue.byKey(stored.procedureKey)!.runtime, state: options.restored } : restoreDossier(context, stored);
  if (typeof expectedVersion !== 'number' || expectedVersion !== stored.version) throw new StaleDossierError(toDossierView(stored, runtime, state, role));
  const result = runtime.send(state, command);
  if (!result.ok) {
    // The cache may be behind the database (another instance acted): refuse only after reading the row,
    // so a stale request still gets 409 rather than a refusal judged on an old state.
    if (fromCache) {
      context.cache?.delete(stored.code);
      const current = await context.store.findByCode(stored.code);
      if (current) return apply(context, current, command, expectedVersion, { role, extra });
    }
    throw new RejectedCommandError(result.rejection);
  }
  const status = runtime.status(result.state);
  const openRoles = openRolesOf(context.catalogue.byKey(stored.procedureKey)!, result.state);
  try {
    // The outbox rows of the status changes are written in the append's own statement: committed
    // together with the events, or not at all, so no status change is ever lost for the National Portal.
    // The chain head read with the dossier lets the store chain the events without reading the log again.
    // The application data is written apart, and only when it changed (officer actions leave it as it is)
    // or the row still keeps it in its snapshot (written before migration 9).
    const data = result.state.context.data;
    const saved = await context.store.appendEvents(stored.id, expectedVersion, {
      snapshot: runtime.toSnapshotJson(result.state, { data: false }), state: status.state, status: status.code, closed: status.closed,
      dueAt: runtime.dueDate(result.state), openRoles, ...(data !== state.context.data || !stored.dataKeptApart ? { data } : {}),
    }, result.events, {
      ...(stored.chainHead ? { chainHead: stored.chainHead } : {}),
      ...(context.sql ? { outbox: statusChangeRows(stored, result.events, stored.status) } : {}),
    });
    context.cache?.set({ stored: saved, state: result.state });
    return jsonAnswer(200, { ...toDossierView(saved, runtime, result.state, role), ...extra });
  } catch (error) {
    context.cache?.delete(stored.code);
    if (!(error instanceof ConflictError)) throw error;
    const current = (await context.store.findByCode(stored.code))!;
    const restored = restoreDossier(context, current);
    throw new StaleDossierError(toDossierView(current, restored.runtime, restored.state, role));
  }
}

const NOT_FOUND = { vi: 'Không tìm thấy hồ sơ với mã và mã truy cập này.', en: 'No dossier with this code and access token.' };
