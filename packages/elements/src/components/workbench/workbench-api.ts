/**
 * `createWorkbenchApi`: the officer's calls to the HTTP API, each answering data — never throwing — so the
 * element only decides what to show. Every call carries the officer's bearer token.
 */
import type { BilingualText } from '../../internal/localized-text.js';
import { toDossierDetail, toInboxView, toProcedureView, type DossierDetail, type InboxDossier, type InboxView, type ProcedureView } from './workbench-view.js';
import { isRecord } from '../../internal/is-record.js';

/** Why a call failed: no answer, a sign-in problem, a stale dossier (409), a refusal (422), anything else. */
export type ApiFailureReason = 'network' | 'unauthorized' | 'not-found' | 'conflict' | 'rejected' | 'server-error' | 'invalid-response';

/** A call's outcome. */
export type ApiResult<TValue> =
  | { readonly ok: true; readonly value: TValue }
  | { readonly ok: false; readonly reason: ApiFailureReason; readonly status: number | null; readonly message: BilingualText | null };

/** What an officer action sends (`POST /api/dossiers/:code/actions`); absent fields are not sent. */
export interface ActionRequestBody {
  readonly type: string;
  readonly expectedVersion: number;
  readonly reason?: string;
  readonly missingComponents?: readonly string[];
  readonly attachments?: readonly string[];
  readonly newDueDate?: string;
}

/** The calls. */
export interface WorkbenchApi {
  inbox(): Promise<ApiResult<InboxView>>;
  /** Procedure titles by key (`GET /api/procedures`), for the inbox. */
  procedureTitles(): Promise<ApiResult<ReadonlyMap<string, BilingualText>>>;
  detail(code: string): Promise<ApiResult<DossierDetail>>;
  procedure(key: string): Promise<ApiResult<ProcedureView>>;
  act(code: string, body: ActionRequestBody): Promise<ApiResult<InboxDossier>>;
  /** The download address of a document. */
  documentUrl(code: string, sha256: string): string;
  /** Fetches a document with the token and hands it to the browser as a download named `name`; false when it failed. */
  download(code: string, sha256: string, name: string): Promise<boolean>;
}

/** Options of {@link createWorkbenchApi}. */
export interface WorkbenchApiOptions {
  readonly endpoint: string;
  readonly token: string;
  readonly fetch: typeof globalThis.fetch;
  readonly signal?: AbortSignal;
}

/** The API at `endpoint`, called with `fetch` and `Authorization: Bearer {token}`. */
export function createWorkbenchApi(options: WorkbenchApiOptions): WorkbenchApi {
  const base = options.endpoint.replace(/\/+$/, '');
  const dossierUrl = (code: string) => `${base}/dossiers/${encodeURIComponent(code)}`;
  const call = async <TValue>(url: string, read: (body: unknown) => TValue | null, init: RequestInit = {}): Promise<ApiResult<TValue>> => {
    const headers = { accept: 'application/json', authorization: `Bearer ${options.token}`, ...(init.body ? { 'content-type': 'application/json' } : {}) };
    let response: Response;
    try {
      response = await options.fetch(url, { ...init, headers, ...(options.signal ? { signal: options.signal } : {}) });
    } catch {
      return { ok: false, reason: 'network', status: null, message: null };
    }
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) return { ok: false, reason: failureReason(response.status), status: response.status, message: errorMessage(body) };
    const value = read(body);
    return value === null ? { ok: false, reason: 'invalid-response', status: response.status, message: null } : { ok: true, value };
  };
  return {
    inbox: () => call(`${base}/inbox`, toInboxView),
    procedureTitles: () => call(`${base}/procedures`, toTitles),
    detail: (code) => call(`${dossierUrl(code)}/detail`, toDossierDetail),
    procedure: (key) => call(`${base}/procedures/${encodeURIComponent(key)}`, toProcedureView),
    act: (code, body) => call(`${dossierUrl(code)}/actions`, (answer) => toDossierDetail(answer), { method: 'POST', body: JSON.stringify(body) }),
    documentUrl: (code, sha256) => `${dossierUrl(code)}/documents/${encodeURIComponent(sha256)}`,
    download: async (code, sha256, name) => {
      const url = `${dossierUrl(code)}/documents/${encodeURIComponent(sha256)}`;
      const response = await options.fetch(url, { headers: { authorization: `Bearer ${options.token}` } }).catch(() => null);
      if (!response?.ok) return false;
      // A blob: URL, not a data: URL or a new window: nothing here needs a CSP exception.
      const objectUrl = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = objectUrl;
      link.download = name;
      link.click();
      URL.revokeObjectURL(objectUrl);
      return true;
    },
  };
}

function failureReason(status: number): ApiFailureReason {
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 422) return 'rejected';
  return 'server-error';
}

/** The bilingual message of an error body `{ error: { code, message: { vi, en } } }`. */
function errorMessage(body: unknown): BilingualText | null {
  const error = isRecord(body) && isRecord(body['error']) ? body['error'] : null;
  const message = error && isRecord(error['message']) ? error['message'] : null;
  if (!message || typeof message['vi'] !== 'string') return null;
  return typeof message['en'] === 'string' ? { vi: message['vi'], en: message['en'] } : { vi: message['vi'] };
}

function toTitles(body: unknown): ReadonlyMap<string, BilingualText> | null {
  if (!isRecord(body) || !Array.isArray(body['procedures'])) return null;
  const entries = body['procedures'].filter(isRecord).filter((entry) => typeof entry['key'] === 'string' && isRecord(entry['title']))
    .map((entry) => [entry['key'] as string, entry['title'] as unknown as BilingualText] as const);
  return new Map(entries);
}

