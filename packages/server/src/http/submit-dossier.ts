/**
 * `createSubmitHandler`: `POST /api/dossiers`, the citizen's submission. The server re-runs SUBMIT with
 * the same runtime the browser used; an accepted dossier waits at reception with a code
 * `AGENCYCODE-YYMMDD-NNNN` and a fresh access token (only its hash is stored). The `Idempotency-Key`
 * header is required: a repeat returns the first response and creates nothing.
 */
import type { ChannelKind } from '@motcua/core';
import { isAgencyCode, toVietnamIso } from '../store/dossier-code.js';
import { createAccessToken, hashSecret, openWithKey, sealForKey, type SealedValue } from './access-token.js';
import type { ServiceContext } from './create-dossier-service.js';
import { BadRequestError, jsonResponse, NotFoundError, RejectedCommandError } from './http-errors.js';
import { optionalStrings, readJson } from './read-request.js';

const CHANNELS: readonly ChannelKind[] = ['in-person', 'online', 'postal'];

/** The handler of `POST /api/dossiers` over `context`. */
export function createSubmitHandler(context: ServiceContext): (request: Request) => Promise<Response> {
  return async (request) => {
    const key = request.headers.get('idempotency-key');
    if (key === null || key.length < 8 || key.length > 200) {
      throw new BadRequestError('idempotency-key-required', {
        vi: 'Cần tiêu đề Idempotency-Key (8–200 ký tự) để gửi lại an toàn.', en: 'An Idempotency-Key header (8–200 characters) is required so retries are safe.',
      });
    }
    const keyHash = hashSecret(key);
    const earlier = await context.store.findIdempotent(keyHash);
    if (earlier !== null) return replay(key, earlier);

    const body = await readJson(request);
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

    const now = context.now();
    const at = toVietnamIso(now);
    const draft = entry.runtime.create({ channel, at, data: data as Record<string, unknown> });
    const result = entry.runtime.send(draft, { type: 'SUBMIT', actor: { id: 'applicant', role: 'applicant' }, at, documents });
    if (!result.ok) throw new RejectedCommandError(result.rejection);

    const runtime = entry.runtime;
    const status = runtime.status(result.state);
    const accessToken = createAccessToken();
    const respond = (code: string) => ({
      code, accessToken, procedure: entry.key, agency, state: status.state, status: status.code, dueAt: runtime.dueDate(result.state), version: 1,
    });
    const outcome = await context.store.insertDossier({
      id: result.state.id, procedureKey: entry.key, agencyCode: agency, accessTokenHash: hashSecret(accessToken), at: now,
      snapshot: runtime.toSnapshot(result.state), state: status.state, status: status.code, closed: status.closed,
      dueAt: runtime.dueDate(result.state), records: result.events,
      idempotency: { keyHash, response: (code) => sealForKey(key, respond(code)) },
    });
    if (!outcome.inserted) return replay(key, outcome.response);
    return jsonResponse(201, respond(outcome.dossier.code), { location: `/api/dossiers/${encodeURIComponent(outcome.dossier.code)}` });
  };
}

function replay(key: string, sealed: unknown): Response {
  return jsonResponse(201, openWithKey(key, sealed as SealedValue), { 'idempotent-replayed': 'true' });
}
