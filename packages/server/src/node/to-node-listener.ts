import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpAnswer, HttpHandler, HttpHeaders, HttpRequest } from '../http/http-exchange.js';

/** Bodies declared at most this long are read whole into one buffer; longer or unsized ones stream. */
const WHOLE_BODY_BYTES = 64 * 1024;

/** Statuses that carry no body, and so no Content-Length (RFC 9110 §8.6). */
const BODILESS = new Set([204, 304]);

const INTERNAL_ERROR = Buffer.from(JSON.stringify({ error: { code: 'internal', message: { vi: 'Lỗi máy chủ.', en: 'Server error.' } } }));

/**
 * Adapts an {@link HttpHandler} (as `createDossierHandler` returns) to Node's `http.createServer`
 * listener, with no web `Request` or `Response` in between. A body with a `Content-Length` up to 64 KiB
 * (every JSON call) is read into one buffer; others, the uploads, stream in, so a handler can stop
 * reading at its limit. Answers are written in one piece with a Content-Length. A handler that throws
 * answers 500 without details.
 */
export function toNodeListener(handler: HttpHandler, options: { origin?: string } = {}) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      const declared = Number(req.headers['content-length']);
      const body = !hasBody ? null : declared <= WHOLE_BODY_BYTES ? once(await readWhole(req)) : streamed(req);
      const request: HttpRequest = { method: req.method ?? 'GET', url: urlOf(req, options.origin), headers: nodeHeaders(req), body };
      send(res, await handler(request));
    } catch {
      if (res.headersSent) { res.end(); return; } // a sized response is under way: nothing more can be said
      res.writeHead(500, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(INTERNAL_ERROR.byteLength) });
      res.end(INTERNAL_ERROR);
    }
  };
}

/** Writes `answer` in one piece, sized, so never chunked. */
function send(res: ServerResponse, answer: HttpAnswer): void {
  const bytes = answer.body === null ? undefined : typeof answer.body === 'string' ? Buffer.from(answer.body) : answer.body;
  // Repeated fields (Set-Cookie) stay separate lines: joined by commas, a cookie would not survive (RFC 6265 §3).
  const headers: Record<string, string | string[]> = { ...(answer.headers as Record<string, string | string[]>) };
  // A bodiless answer to HEAD may state the size a GET would send (RFC 9110 §8.6): then it stands.
  if (!BODILESS.has(answer.status) && !(bytes === undefined && headers['content-length'] !== undefined)) headers['content-length'] = String(bytes?.byteLength ?? 0);
  res.writeHead(answer.status, headers);
  res.end(bytes);
}

/** A Host header that names a host (and port), nothing that could move the path. */
const HOST = /^[A-Za-z0-9.:[\]-]+$/;

/** `req`'s absolute URL: its path (origin-form, the usual) after `origin` or the Host, or its absolute form. */
function urlOf(req: IncomingMessage, origin: string | undefined): string {
  const target = req.url ?? '/';
  const host = req.headers.host;
  const base = origin ?? `http://${host !== undefined && HOST.test(host) ? host : 'localhost'}`;
  return target.startsWith('/') ? base + target : new URL(target, base).href;
}

/** `req`'s headers as {@link HttpHeaders}: Node has already lower-cased the names and joined repeats. */
function nodeHeaders(req: IncomingMessage): HttpHeaders {
  return {
    get(name) {
      const value = req.headers[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
    },
  };
}

/**
 * `req`'s body as it arrives. A handler that stops early leaves the socket open, so its answer (a 413)
 * can still be written; the answer's `Connection: close` then ends the connection.
 */
function streamed(req: IncomingMessage): AsyncIterable<Uint8Array> {
  return { [Symbol.asyncIterator]: () => req.iterator({ destroyOnReturn: false }) };
}

/** One chunk as a body. */
async function* once(chunk: Uint8Array): AsyncGenerator<Uint8Array> {
  yield chunk;
}

/** The whole body of `req` in one buffer. */
function readWhole(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.once('error', reject);
  });
}
