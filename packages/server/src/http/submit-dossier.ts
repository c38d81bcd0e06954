/**
 * `createSubmitHandler`: `POST /api/dossiers`, the citizen's submission. The server re-runs SUBMIT with
 * the same runtime the browser used; an accepted dossier waits at reception with a code
 * `AGENCYCODE-YYMMDD-NNNN` and a fresh access token (only its hash is stored). The `Idempotency-Key`
 * header is required and bound to the body: a repeat returns the first response and creates nothing; the
 * same key with another body is refused (422 `idempotency-key-reused`).
 */
import type { ChannelKind, Procedure, SendResult } from '@motcua/core';
import { openRolesOf } from './open-roles.js';
import { statusChangeRows } from '../adapters/enqueue-status-change.js';
import { applyPrefill, readPath, resolvePrefill } from '../prefill/resolve-prefill.js';
import { isAgencyCode, toVietnamIso } from '../store/dossier-code.js';
import { createHmac } from 'node:crypto';
import type { IdempotentResponse } from '../store/dossier-store.js';
import { createAccessToken, hashesEqual, hashSecret, openWithKey, sealForKey, type SealedValue } from './access-token.js';
import type { CatalogueEntry } from './procedure-catalogue.js';
import type { ServiceContext } from './service-context.js';
import { BadRequestError, NotFoundError, RejectedCommandError, UnprocessableRequestError } from './http-errors.js';
import { optionalStrings, parseJsonObject, readBodyText } from './read-request.js';
import { jsonAnswer, type HttpAnswer, type HttpRequest } from './http-exchange.js';

const CHANNELS: readonly ChannelKind[] = ['in-person', 'online', 'postal'];

/** The handler of `POST /api/dossiers` over `context`. */
export function createSubmitHandler(context: ServiceContext): (request: HttpRequest) => Promise<HttpAnswer> {
  return async (request) => {
    const key = request.headers.get('idempotency-key');
    if (key === null || key.length < 8 || key.length > 200) {
      throw new BadRequestError('idempotency-key-required', {
        vi: 'Cần tiêu đề Idempotency-Key (8–200 ký tự) để gửi lại an toàn.', en: 'An Idempotency-Key header (8–200 characters) is required so retries are safe.',
      });
    }
    const keyHash = hashSecret(key);
    const text = await readBodyText(request);
    const fingerprint = fingerprintOf(key, text);
    let submitted: Submitted;
    try {
      submitted = await runSubmit(context, request, text);
    } catch (error) {
      // A used key is found by the store's numbering statement (two round trips per submission); only
      // a refused body looks it up first, so a repeat whose body no longer passes still gets the first
      // response, and another body under a used key still gets 422, as when every request looked first.
      const earlier = await context.store.findIdempotent(keyHash);
      if (earlier !== null) return replay(key, fingerprint, earlier);
      throw error;
    }
    const { entry, agency, now, result } = submitted;
    const runtime = entry.runtime;
    const status = runtime.status(result.state);
    const dueAt = runtime.dueDate(result.state);
    const accessToken = createAccessToken();
    const respond = (code: string) => ({ code, accessToken, procedure: entry.key, agency, state: status.state, status: status.code, dueAt, version: 1 });
    const outcome = await context.store.insertDossier({
      id: result.state.id, procedureKey: entry.key, agencyCode: agency, accessTokenHash: hashSecret(accessToken), at: now,
      snapshot: runtime.toSnapshotJson(result.state, { data: false }), data: result.state.context.data, state: status.state, status: status.code, closed: status.closed,
      dueAt, openRoles: openRolesOf(entry, result.state), records: result.events,
      idempotency: { keyHash, fingerprint, response: (code) => sealForKey(key, respond(code)) },
      ...(context.sql ? { outbox: (code: string) => statusChangeRows({ id: result.state.id, code, procedureKey: entry.key }, result.events, null) } : {}),
    });
    if (!outcome.inserted) return replay(key, fingerprint, outcome);
    // The officer's first action then needs neither the lookup nor a restore.
    context.cache?.set({ stored: outcome.dossier, state: result.state });
    return jsonAnswer(201, respond(outcome.dossier.code), { location: `/api/dossiers/${encodeURIComponent(outcome.dossier.code)}` });
  };
}

/** A submission that passed: the procedure, the receiving agency and the SUBMIT that was accepted. */
interface Submitted {
  readonly entry: CatalogueEntry;
  readonly agency: string;
  readonly now: Date;
  readonly result: Extract<SendResult, { ok: true }>;
}

/** Checks the body and runs SUBMIT on a new dossier; throws the HTTP error that refuses it. */
async function runSubmit(context: ServiceContext, request: HttpRequest, text: string): Promise<Submitted> {
  const body = parseJsonObject(text);
  const entry = typeof body['procedure'] === 'string' ? context.catalogue.resolve(body['procedure']) : undefined;
  if (!entry) throw new NotFoundError('procedure-not-found', { vi: 'Không có thủ tục này.', en: 'No such procedure.' });
  const channel = body['channel'] as ChannelKind;
  if (!CHANNELS.includes(channel) || !entry.procedure.channels.some((offered) => offered.kind === channel)) {
    throw new BadRequestError('invalid-channel', { vi: 'Thủ tục không nhận hồ sơ qua kênh này.', en: `The procedure does not take dossiers through "${String(channel)}".` });
  }
  const agency = body['agency'];
  if (typeof agency !== 'string' || !isAgencyCode(agency) || (context.agencies !== null && !context.agencies.has(agency))) {
    throw new BadRequestError('invalid-agency', { vi: 'Mã cơ quan tiếp nhận không hợp lệ.', en: 'agency must be the code of a receiving agency of this server.' });
  }
  const data = body['data'] ?? {};
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new BadRequestError('invalid-field', { vi: 'Trường data phải là đối tượng.', en: 'data must be an object.' });
  }
  const documents = optionalStrings(body, 'documents') ?? [];
  const filled = await prefillOnServer(context, request, entry.procedure, data as Record<string, unknown>);

  const now = context.now();
  const at = toVietnamIso(now);
  const draft = entry.runtime.create({ channel, at, data: filled.data, prefilled: filled.prefilled });
  const result = entry.runtime.send(draft, { type: 'SUBMIT', actor: { id: 'applicant', role: 'applicant' }, at, documents });
  if (!result.ok) throw new RejectedCommandError(result.rejection);
  return { entry, agency, now, result };
}

/**
 * With a citizen token, the registry's values replace the non-editable prefilled fields (the browser is
 * never trusted with them) and say which fields hold registry data, so `waived.when` is judged on
 * registry facts. Without one (in-person or officer entry), the data stays as sent and nothing is prefilled.
 */
async function prefillOnServer(context: ServiceContext, request: HttpRequest, procedure: Procedure, data: Record<string, unknown>): Promise<{ data: Record<string, unknown>; prefilled: string[] }> {
  const citizen = context.authenticateCitizen ? await context.authenticateCitizen(request) : null;
  if (citizen === null || context.population === undefined) return { data, prefilled: [] };
  const resolved = await resolvePrefill({
    procedure, registry: context.population, callerId: citizen.citizenId, subjectValueOf: (path) => readPath(data, path),
  });
  return applyPrefill(data, resolved);
}

/**
 * The first response again — if this request is the one the key was first used with. The IETF
 * Idempotency-Key draft (draft-ietf-httpapi-idempotency-key-header, "error scenarios") answers a key
 * reused with another payload 422; nothing is created. Keys stored before fingerprints existed replay as before.
 */
function replay(key: string, fingerprint: string, earlier: IdempotentResponse): HttpAnswer {
  if (earlier.fingerprint !== null && !hashesEqual(earlier.fingerprint, fingerprint)) {
    throw new UnprocessableRequestError('idempotency-key-reused', {
      vi: 'Idempotency-Key này đã được dùng cho một hồ sơ khác; hãy tạo khóa mới cho mỗi lần nộp.',
      en: 'This Idempotency-Key was already used with a different request body; use a fresh key for each submission.',
    });
  }
  return jsonAnswer(201, openWithKey(key, earlier.response as SealedValue), { 'idempotent-replayed': 'true' });
}

/**
 * SHA-256 of the body, keyed by the idempotency key (HMAC), so the stored fingerprint says nothing
 * about the body to a database reader who does not hold the key.
 */
function fingerprintOf(key: string, body: string): string {
  return createHmac('sha256', `motcua/idempotency-fingerprint\n${key}`).update(body).digest('hex');
}
