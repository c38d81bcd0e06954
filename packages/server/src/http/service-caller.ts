/**
 * `serviceCaller`: calls a dossier service the way the API tests do — a method, a path, an optional JSON
 * body, bearer token and extra headers — and reads the JSON answer. Test support: not exported from the
 * package.
 */
import type { DossierService } from './create-dossier-service.js';

/** What a test may send with a call. */
export interface CallOptions {
  readonly body?: unknown;
  readonly token?: string;
  readonly headers?: Record<string, string>;
}

/** `call(method, url, options)` against the service `handle()` returns at the time of the call (set in a `beforeAll`). */
export function serviceCaller(handle: () => DossierService) {
  return async function call(method: string, url: string, options: CallOptions = {}): Promise<{ status: number; body: Record<string, any> }> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token !== undefined) headers['authorization'] = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await handle()(new Request(`http://localhost${url}`, { method, headers, body: options.body === undefined ? null : JSON.stringify(options.body) }));
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };
}
