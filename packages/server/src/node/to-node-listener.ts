import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

/** A web-standard handler, as `createDossierService` returns. */
export type FetchHandler = (request: Request) => Promise<Response>;

/**
 * Adapts a web-standard `Request → Response` handler to Node's `http.createServer` listener, so the
 * dossier service mounts in plain Node (and, the same way, in any framework that speaks fetch).
 * Request bodies stream in; responses are written in one piece. A handler that throws answers 500
 * without details.
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
      const request = new Request(new URL(req.url ?? '/', origin), {
        method: req.method ?? 'GET',
        headers,
        ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream, duplex: 'half' } : {}),
      } as RequestInit);
      const response = await handler(request);
      // The API answers with small JSON bodies: one write per response (a write per chunk cost a
      // syscall each in the load profile).
      const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(body);
    } catch {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ error: { code: 'internal', message: { vi: 'Lỗi máy chủ.', en: 'Server error.' } } }));
    }
  };
}
