import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toErrorAnswer } from '../http/http-errors.js';
import { jsonAnswer } from '../http/http-exchange.js';
import { MAX_BODY_BYTES, readBodyText } from '../http/read-request.js';
import { toNodeListener } from './to-node-listener.js';

let server: Server;
let port: number;

// Echoes what arrived: the body's length and its first characters; a too-large body is the service's 413.
beforeAll(async () => {
  server = createServer(toNodeListener(async (req) => {
    if (req.method === 'DELETE') return { status: 204, headers: {}, body: null };
    if (req.method === 'OPTIONS') {
      const seen = { url: req.url, type: req.headers.get('Content-Type'), accept: req.headers.get('ACCEPT'), absent: req.headers.get('x-absent') };
      return jsonAnswer(200, seen);
    }
    if (req.method === 'PATCH') return { status: 200, headers: { 'content-type': 'application/octet-stream' }, body: new Uint8Array([0, 1, 2, 255]) };
    if (req.method === 'GET') return { status: 200, headers: { 'set-cookie': ['a=1; Path=/', 'b=2; Expires=Wed, 09 Jun 2027 10:18:14 GMT'] }, body: 'ok' };
    try {
      const text = await readBodyText(req);
      return jsonAnswer(200, { method: req.method, length: text.length, start: text.slice(0, 12) });
    } catch (error) {
      return toErrorAnswer(error);
    }
  }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A request over node:http; `chunks` are written one by one, chunked when no content-length is given. */
function send(method: string, chunks: string[], headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; text: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path: method === 'OPTIONS' ? '/echo?q=%C4%91%C6%A1n&n=1' : '/echo', headers, agent: false }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text: Buffer.concat(parts).toString('utf8') }));
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('toNodeListener', () => {
  it('passes a small sized body whole and answers with a Content-Length, not chunked', async () => {
    const body = JSON.stringify({ fullName: 'Trần Thị Thu Hà' });
    const response = await send('POST', [body], { 'content-length': String(Buffer.byteLength(body)) });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual({ method: 'POST', length: body.length, start: body.slice(0, 12) });
    expect(response.headers['content-length']).toBe(String(Buffer.byteLength(response.text)));
    expect(response.headers['transfer-encoding']).toBeUndefined();
  });

  it('streams a body without a size, or above 64 KiB, to the handler intact', async () => {
    const chunked = await send('POST', ['{"a":"', 'x'.repeat(200_000), '"}']);
    expect(JSON.parse(chunked.text)).toMatchObject({ length: 200_008, start: '{"a":"xxxxxx' });
    const big = `{"b":"${'y'.repeat(100_000)}"}`;
    const sized = await send('PUT', [big], { 'content-length': String(big.length) });
    expect(JSON.parse(sized.text)).toMatchObject({ method: 'PUT', length: big.length });
  });

  it('answers a body past the limit with 413 in JSON (vi and en), closing the connection', async () => {
    const declared = await send('POST', ['{"a":"', 'z'.repeat(MAX_BODY_BYTES), '"}'], { 'content-length': String(MAX_BODY_BYTES + 8) }).catch((e: Error) => e);
    const unsized = await send('POST', ['{"a":"', 'z'.repeat(MAX_BODY_BYTES), '"}']).catch((e: Error) => e);
    expect([declared, unsized].filter((response) => !(response instanceof Error)).length).toBeGreaterThan(0);
    for (const response of [declared, unsized]) {
      // The server may close before the client has written everything: then the client sees a reset instead.
      if (response instanceof Error) { expect((response as NodeJS.ErrnoException).code).toMatch(/EPIPE|ECONNRESET/); continue; }
      expect(response.status).toBe(413);
      expect(response.headers['connection']).toBe('close');
      expect(JSON.parse(response.text)).toEqual({ error: { code: 'body-too-large', message: { vi: expect.any(String), en: expect.any(String) } }, limit: MAX_BODY_BYTES });
    }
  });

  it('hands the handler an absolute URL with its query, and headers read case-insensitively', async () => {
    const response = await send('OPTIONS', [], { 'content-type': 'application/json', accept: 'text/html' });
    const seen = JSON.parse(response.text);
    expect(seen).toEqual({ url: `http://127.0.0.1:${port}/echo?q=%C4%91%C6%A1n&n=1`, type: 'application/json', accept: 'text/html', absent: null });
  });

  it('takes the path from the request line, never from a Host header that carries one', async () => {
    const response = await send('OPTIONS', [], { host: 'example.org/api/dossiers/X?' });
    expect(JSON.parse(response.text).url).toBe('http://localhost/echo?q=%C4%91%C6%A1n&n=1');
  });

  it('sends a byte body as it is, sized', async () => {
    const response = await new Promise<{ bytes: Buffer; length: string | undefined }>((resolve, reject) => {
      request({ host: '127.0.0.1', port, method: 'PATCH', path: '/echo', agent: false }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (part: Buffer) => parts.push(part));
        res.on('end', () => resolve({ bytes: Buffer.concat(parts), length: res.headers['content-length'] }));
      }).on('error', reject).end();
    });
    expect([...response.bytes]).toEqual([0, 1, 2, 255]);
    expect(response.length).toBe('4');
  });

  it('keeps repeated Set-Cookie headers apart', async () => {
    const response = await send('GET', []);
    expect(response.headers['set-cookie']).toEqual(['a=1; Path=/', 'b=2; Expires=Wed, 09 Jun 2027 10:18:14 GMT']);
  });

  it('sends no Content-Length with a 204', async () => {
    const response = await send('DELETE', []);
    expect(response.status).toBe(204);
    expect(response.headers['content-length']).toBeUndefined();
    expect(response.text).toBe('');
  });
});
