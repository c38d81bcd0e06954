/**
 * `postDossier` and `uploadDocument`: the citizen's submission over the HTTP API — `POST
 * {endpoint}/dossiers` with an `Idempotency-Key` (so a retry after a lost answer creates nothing twice;
 * see server http/submit-dossier.ts) and, for a signed-in citizen, their citizen token; then each file as the raw body of `POST
 * {endpoint}/dossiers/{code}/documents?component={id}` with the dossier's access token. Elements never
 * import server code (style.md), so the answer shapes are restated and read defensively here.
 */
import type { Message } from '@motcua/core';
import { isRecord, type FormAnswers } from './form-model.js';

/** The body of `POST /dossiers`. */
export interface SubmissionBody {
  readonly procedure: string;
  readonly channel: string;
  readonly agency: string;
  readonly data: FormAnswers;
  readonly documents: readonly string[];
}

/** What the server answers for an accepted submission. */
export interface SubmittedDossier {
  readonly code: string;
  readonly accessToken: string;
  readonly dueAt: string | null;
}

/** An issue the server reports about one answer (`path` in `data`). */
export interface ServerIssue {
  readonly path: string;
  readonly message: Message;
}

/** The outcome of a request: the value, or why it failed. */
export type ApiResult<TValue> =
  | { readonly ok: true; readonly value: TValue }
  | { readonly ok: false; readonly status: number | null; readonly message: Message | null; readonly issues: readonly ServerIssue[] };

type Fetch = typeof globalThis.fetch;

/** Where and how to reach the API; `citizenToken` is the signed-in citizen's (VNeID) token, if any. */
export interface SubmissionApi {
  readonly fetch: Fetch;
  readonly endpoint: string;
  readonly citizenToken: string | null;
}

/**
 * Submits the dossier: `body` is the JSON text of a {@link SubmissionBody}, `key` its idempotency key (the
 * server binds the key to this exact text). With a citizen token the server takes the non-editable
 * prefilled answers from the population registry and judges waived components on its facts.
 */
export async function postDossier(api: SubmissionApi, body: string, key: string): Promise<ApiResult<SubmittedDossier>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': key };
  if (api.citizenToken) headers['authorization'] = `Bearer ${api.citizenToken}`;
  const response = await send(api.fetch, `${base(api.endpoint)}/dossiers`, { method: 'POST', headers, body });
  if (!response.ok) return response;
  const answer = response.value;
  if (response.status >= 300 || !isRecord(answer) || typeof answer['code'] !== 'string' || typeof answer['accessToken'] !== 'string') {
    return failure(response.status, answer);
  }
  return { ok: true, value: { code: answer['code'], accessToken: answer['accessToken'], dueAt: typeof answer['dueAt'] === 'string' ? answer['dueAt'] : null } };
}

/** Uploads one file for `component` of dossier `code`, with the dossier's access token (never the citizen's). */
export async function uploadDocument(api: SubmissionApi, dossier: SubmittedDossier, component: string, file: File): Promise<ApiResult<null>> {
  const url = `${base(api.endpoint)}/dossiers/${encodeURIComponent(dossier.code)}/documents?component=${encodeURIComponent(component)}`;
  const response = await send(api.fetch, url, {
    method: 'POST',
    headers: { authorization: `Bearer ${dossier.accessToken}`, 'content-type': file.type || 'application/octet-stream', accept: 'application/json' },
    body: file,
  });
  if (!response.ok) return response;
  return response.status >= 300 ? failure(response.status, response.value) : { ok: true, value: null };
}

async function send(fetcher: Fetch, url: string, init: RequestInit): Promise<{ ok: true; status: number; value: unknown } | Extract<ApiResult<never>, { ok: false }>> {
  let response: Response;
  try {
    response = await fetcher(url, init);
  } catch {
    return { ok: false, status: null, message: null, issues: [] };
  }
  const value: unknown = await response.json().catch(() => null);
  return { ok: true, status: response.status, value };
}

/** Reads `{ error: { message }, rejection: { issues } }`, the server's error body (http-errors.ts). */
function failure(status: number, body: unknown): Extract<ApiResult<never>, { ok: false }> {
  const error = isRecord(body) && isRecord(body['error']) ? body['error'] : {};
  const rejection = isRecord(body) && isRecord(body['rejection']) ? body['rejection'] : {};
  const message = toMessage(rejection['message']) ?? toMessage(error['message']);
  const issues = (Array.isArray(rejection['issues']) ? rejection['issues'] : []).flatMap((issue: unknown) => {
    const text = isRecord(issue) ? toMessage(issue['message']) : null;
    return isRecord(issue) && typeof issue['path'] === 'string' && text ? [{ path: issue['path'], message: text }] : [];
  });
  return { ok: false, status, message, issues };
}

function toMessage(value: unknown): Message | null {
  return isRecord(value) && typeof value['vi'] === 'string' && typeof value['en'] === 'string' ? { vi: value['vi'], en: value['en'] } : null;
}

function base(endpoint: string): string {
  return endpoint.replace(/\/+$/, '');
}
