/**
 * `HttpRequest` and `HttpAnswer`: what the service reads of a request and what it answers, as plain
 * values. A web `Request` already is an `HttpRequest`, and `toWebResponse` turns an answer into a web
 * `Response`, so the service still mounts anywhere fetch is spoken. The Node entry skips both web objects:
 * building a `Request` and reading a `Response` cost about 90 µs a call on Node 20 (undici makes a
 * `ReadableStream`, an `AbortSignal` and a transferable for each), a tenth of the server's CPU per request
 * under load (BENCHMARKS.md, the load section).
 */

/** The headers of a request: `get` answers one field, case-insensitively, repeated fields joined by ", ". */
export interface HttpHeaders {
  get(name: string): string | null;
}

/** What the service reads of a request. A web `Request` is one. */
export interface HttpRequest {
  readonly method: string;
  /** The absolute URL, `http://host/path?query`. */
  readonly url: string;
  readonly headers: HttpHeaders;
  /**
   * The body, chunk by chunk, or null without one. Leaving the loop early (`break`, a throw) stops the
   * source: a web stream is cancelled, a Node request destroyed.
   */
  readonly body: AsyncIterable<Uint8Array> | null;
}

/** What the service answers: a status, headers (a list for a field sent more than once) and the body. */
export interface HttpAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | readonly string[]>>;
  /** Text (sent as UTF-8), bytes, or null for no body. */
  readonly body: string | Uint8Array | null;
}

/** Handles one request. */
export type HttpHandler = (request: HttpRequest) => Promise<HttpAnswer>;

/** A JSON answer. */
export function jsonAnswer(status: number, body: unknown, headers: Record<string, string> = {}): HttpAnswer {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(body) };
}

/** `answer` as a web `Response`. */
export function toWebResponse(answer: HttpAnswer): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(answer.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else for (const each of value) headers.append(name, each);
  }
  const body = typeof answer.body === 'string' || answer.body === null ? answer.body : new Uint8Array(answer.body);
  return new Response(body, { status: answer.status, headers });
}

/** `handler` over web `Request` / `Response`. */
export function toFetchHandler(handler: HttpHandler): (request: Request) => Promise<Response> {
  return async (request) => toWebResponse(await handler(request));
}
