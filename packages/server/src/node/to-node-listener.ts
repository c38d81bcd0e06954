import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

/** A web-standard handler, as `createDossierService` returns. */
export type FetchHandler = (request: Request) => Promise<Response>;

/** Bodies declared at most this long are read whole into one buffer; longer or unsized ones stream. */
const WHOLE_BODY_BYTES = 64 * 1024;

/** Statuses that carry no body, and so no Content-Length (RFC 9110 §8.6). */
const BODILESS = new Set([204, 304]);

/**
 * Adapts a web-standard `Request → Response` handler to Node's `http.createServer` listener, so the
 * dossier service mounts in plain Node (and, the same way, in any framework that speaks fetch).
 * A body with a `Content-Length` up to 64 KiB (every JSON call) is read into one buffer; others, the
 * uploads, stream in, so a handler can stop reading at its limit. Responses are written in one piece
 * with a Content-Length. A handler that throws answers 500 without details.
 */
export function toNodeListener(handler: FetchHandler, options: { origin?: string } = {}) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const origin = options.origin ?? `http://${req.headers.host ?? 'localhost'}`;
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (Array.isArray(value)) for (const v of value) headers.append(name, v);
        else if (value !== undefined) headers.set(name, value);
      }
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      const declared = Number(req.headers['content-length']);
      // A web stream over a small body cost more than the bytes it carried in the load profile.
      const body = !hasBody ? undefined : declared <= WHOLE_BODY_BYTES ? await readWhole(req) : Readable.toWeb(req) as ReadableStream;
      const request = new Request(new URL(req.url ?? '/', origin), {
        method: req.method ?? 'GET',
        headers,
        ...(body === undefined ? {} : body instanceof ReadableStream ? { body, duplex: 'half' } : { body }),
      } as RequestInit);
      const response = await handler(request);
      // The API answers with small JSON bodies: one write per response, sized, so never chunked.
      const bytes = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
      const sent: Record<string, string | string[]> = Object.fromEntries(response.headers);
      // Headers joins repeated fields with commas, which Set-Cookie cannot survive (RFC 6265 §3).
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 1) sent['set-cookie'] = cookies;
      if (!BODILESS.has(response.status)) sent['content-length'] = String(bytes?.byteLength ?? 0);
      res.writeHead(response.status, sent);
      res.end(bytes);
    } catch {
      const error = Buffer.from(JSON.stringify({ error: { code: 'internal', message: { vi: 'Lỗi máy chủ.', en: 'Server error.' } } }));
      if (res.headersSent) { res.end(); return; } // a sized response is under way: nothing more can be said
      res.writeHead(500, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(error.byteLength) });
      res.end(error);
    }
  };
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
