import { describe, expect, it } from 'vitest';
import { BadRequestError, BodyTooLargeError, toErrorResponse } from './http-errors.js';
import { MAX_BODY_BYTES, parseJsonObject, readBodyText } from './read-request.js';
import { generatedBody } from './generated-body.js';

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/dossiers', { method: 'POST', headers, body, duplex: 'half' } as RequestInit);

describe('readBodyText', () => {
  it('reads a body as UTF-8 text, multi-byte characters across chunk boundaries included', async () => {
    const text = JSON.stringify({ fullName: 'Nguyễn Thị Ánh', note: 'đ'.repeat(100_000) });
    const bytes = new TextEncoder().encode(text);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 4_095) controller.enqueue(bytes.slice(at, at + 4_095)); // odd size: splits characters
        controller.close();
      },
    });
    expect(await readBodyText(post(stream))).toBe(text);
    expect(await readBodyText(new Request('http://localhost/'))).toBe('');
  });

  it('stops reading a body that passes the limit and refuses it with 413 and a message in both languages', async () => {
    const body = generatedBody(50 * MAX_BODY_BYTES, { fill: 0x61 });
    const error = await readBodyText(post(body.stream)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BodyTooLargeError);
    expect(body.pulled()).toBeGreaterThan(MAX_BODY_BYTES);
    expect(body.pulled()).toBeLessThan(MAX_BODY_BYTES + 3 * 64 * 1024); // the limit, one chunk and the stream's read-ahead
    const response = toErrorResponse(error);
    expect(response.status).toBe(413);
    expect(response.headers.get('connection')).toBe('close');
    expect(await response.json()).toEqual({
      error: { code: 'body-too-large', message: { vi: expect.stringContaining('1 MB'), en: expect.stringContaining('1 MB') } },
      limit: MAX_BODY_BYTES,
    });
  });

  it('refuses a declared Content-Length above the limit before reading the body', async () => {
    const body = generatedBody(20 * MAX_BODY_BYTES, { fill: 0x61 });
    await expect(readBodyText(post(body.stream, { 'content-length': String(20 * MAX_BODY_BYTES) }))).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(body.pulled()).toBeLessThanOrEqual(2 * 64 * 1024);
  });

  it('takes a body of exactly the limit', async () => {
    const text = `"${'a'.repeat(MAX_BODY_BYTES - 2)}"`;
    expect((await readBodyText(post(text))).length).toBe(MAX_BODY_BYTES);
  });
});

describe('parseJsonObject', () => {
  it('refuses NUL and unpaired surrogates (only writable as \\u escapes), naming the field', () => {
    const refused = (text: string) => {
      try { parseJsonObject(text); return null; } catch (error) { return error instanceof BadRequestError ? [error.code, error.text.en] : error; }
    };
    expect(refused('{"data":{"child":{"fullName":"An\\u0000"}}}')).toEqual(['invalid-character', expect.stringContaining('Field "data.child.fullName" contains a NUL')]);
    expect(refused('{"data":{"members":[{"note":"\\ud800x"}]}}')).toEqual(['invalid-character', expect.stringContaining('"data.members.0.note"')]);
    expect(refused('{"data":{"\\udc00":1}}')).toEqual(['invalid-character', expect.stringContaining('"data.\udc00"')]);
    // A whole pair, an escaped backslash before "u0000", and plain text are all fine.
    expect(parseJsonObject('{"a":"\\ud83d\\ude00","b":"\\\\u0000","c":"Nguyễn"}')).toEqual({ a: '😀', b: '\\u0000', c: 'Nguyễn' });
  });
});
