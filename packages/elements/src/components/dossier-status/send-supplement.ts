/**
 * `sendSupplement`: answers a supplement request over HTTP — each file to
 * `POST {endpoint}/dossiers/{code}/documents?component={id}` as the raw body, then
 * `POST {endpoint}/dossiers/{code}/supplement` with `{ documents, expectedVersion }` — all with the
 * citizen's access token as a bearer credential. Stops at the first refusal and says which file it was.
 */
import type { BilingualText } from '../../internal/localized-text.js';

/** What {@link sendSupplement} needs. */
export interface SupplementRequest {
  readonly fetch: typeof globalThis.fetch;
  readonly endpoint: string;
  readonly code: string;
  readonly token: string;
  /** One file per component id, in the order to send them. */
  readonly files: readonly (readonly [componentId: string, file: Blob])[];
  readonly expectedVersion: number | null;
}

/** Why a step failed; `component` is null for the final supplement command. */
export interface SupplementFailure {
  readonly ok: false;
  readonly component: string | null;
  readonly reason: 'network' | 'too-large' | 'wrong-type' | 'stale' | 'rejected' | 'not-found' | 'server-error';
  readonly status: number | null;
  /** The server's own explanation, when it gave one. */
  readonly message: BilingualText | null;
}

/** The outcome: the dossier as the server now has it (its JSON, unchecked), or the failure. */
export type SupplementOutcome = { readonly ok: true; readonly dossier: unknown } | SupplementFailure;

/** Sends the files, then the supplement command. Never throws: a network failure is an outcome too. */
export async function sendSupplement(request: SupplementRequest): Promise<SupplementOutcome> {
  const base = `${request.endpoint.replace(/\/+$/, '')}/dossiers/${encodeURIComponent(request.code)}`;
  const authorization = `Bearer ${request.token}`;
  for (const [component, file] of request.files) {
    const url = `${base}/documents?component=${encodeURIComponent(component)}`;
    const answer = await post(request.fetch, url, { authorization, 'content-type': 'application/octet-stream' }, file);
    if (!answer.ok) return toFailure(component, answer);
  }
  // The server re-checks the version: Decree 61/2018 Art. 19(4) restarts (or resumes) the clock from this
  // event, so it must apply to the dossier the citizen actually saw.
  const body = JSON.stringify({ documents: request.files.map(([component]) => component), ...(request.expectedVersion === null ? {} : { expectedVersion: request.expectedVersion }) });
  const answer = await post(request.fetch, `${base}/supplement`, { authorization, 'content-type': 'application/json', accept: 'application/json' }, body);
  return answer.ok ? { ok: true, dossier: answer.body } : toFailure(null, answer);
}

type Answer = { readonly ok: boolean; readonly status: number | null; readonly body: unknown };

async function post(fetcher: typeof globalThis.fetch, url: string, headers: Record<string, string>, body: BodyInit): Promise<Answer> {
  try {
    const response = await fetcher(url, { method: 'POST', headers, body });
    return { ok: response.ok, status: response.status, body: await response.json().catch(() => null) };
  } catch {
    return { ok: false, status: null, body: null };
  }
}

function toFailure(component: string | null, answer: Answer): SupplementFailure {
  const reason: SupplementFailure['reason'] =
    answer.status === null ? 'network'
    : answer.status === 413 ? 'too-large'
    : answer.status === 415 ? 'wrong-type'
    : answer.status === 409 ? 'stale'
    : answer.status === 422 || answer.status === 400 ? 'rejected'
    : [401, 403, 404].includes(answer.status) ? 'not-found'
    : 'server-error';
  return { ok: false, component, reason, status: answer.status, message: readMessage(answer.body) };
}

function readMessage(body: unknown): BilingualText | null {
  const error = (body as { error?: { message?: unknown } } | null)?.error;
  const message = error?.message as { vi?: unknown; en?: unknown } | undefined;
  if (typeof message?.vi !== 'string') return null;
  return typeof message.en === 'string' ? { vi: message.vi, en: message.en } : { vi: message.vi };
}
