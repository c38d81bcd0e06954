/**
 * Reading requests: the JSON body, the signed-in officer, and typed optional members.
 */
import type { Authenticate, Identity } from '../auth/create-token-authenticator.js';
import { AuthenticationError } from '../auth/create-token-authenticator.js';
import { BadRequestError, BodyTooLargeError } from './http-errors.js';
import { readBoundedBody } from './read-bounded-body.js';
import type { HttpRequest } from './http-exchange.js';

/** JSON bodies above this many bytes are refused (413) before parsing. */
export const MAX_BODY_BYTES = 1_000_000;

/** The JSON object body of `request`. @throws BadRequestError for anything else. */
export async function readJson(request: HttpRequest): Promise<Record<string, unknown>> {
  return parseJsonObject(await readBodyText(request));
}

/**
 * The body of `request` as UTF-8 text, at most `MAX_BODY_BYTES` (see `readBoundedBody`: an oversized
 * body is refused by its Content-Length, or cancelled where it passes the limit).
 * @throws BodyTooLargeError
 */
export async function readBodyText(request: HttpRequest): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of readBoundedBody(request, MAX_BODY_BYTES, () => new BodyTooLargeError(MAX_BODY_BYTES))) {
    text += decoder.decode(chunk, { stream: true });
  }
  return text + decoder.decode();
}

/** `text` parsed as a JSON object (empty text: `{}`). @throws BadRequestError for anything else. */
export function parseJsonObject(text: string): Record<string, unknown> {
  let body: unknown;
  try { body = text === '' ? {} : JSON.parse(text); } catch { body = undefined; }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new BadRequestError('invalid-json', { vi: 'Nội dung yêu cầu phải là một đối tượng JSON.', en: 'The request body must be a JSON object.' });
  }
  // JSON text carries these only as \u escapes. PostgreSQL's jsonb refuses them, and in a json column they
  // would stop any later cast to jsonb: so they stop here, with the field named.
  const where = text.includes('\\u') ? unstorableAt(body, '') : undefined;
  if (where !== undefined) {
    throw new BadRequestError('invalid-character', {
      vi: `Trường "${where}" chứa ký tự NUL (\\u0000) hoặc nửa cặp UTF-16 không hợp lệ; hãy xoá ký tự đó rồi gửi lại.`,
      en: `Field "${where}" contains a NUL character (\\u0000) or an unpaired UTF-16 surrogate; remove it and send again.`,
    });
  }
  return body as Record<string, unknown>;
}

/** With the `u` flag, `[\uD800-\uDFFF]` matches only a surrogate without its pair. */
const UNSTORABLE = /[\0\uD800-\uDFFF]/u;

/** The dotted path of the first key or string in `value` holding NUL or an unpaired surrogate. */
function unstorableAt(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path || '(body)' : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (UNSTORABLE.test(key)) return at;
    const found = unstorableAt(child, at);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The officer behind `request`. @throws AuthenticationError when there is none. */
export async function requireIdentity(authenticate: Authenticate, request: HttpRequest): Promise<Identity> {
  const identity = await authenticate(request);
  if (identity === null) throw new AuthenticationError('Sign in as an officer first');
  return identity;
}

/** `body[key]` when it is a string; undefined when absent. @throws BadRequestError for another type. */
export function optionalString(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw wrongType(key, 'a string');
  return value;
}

/** `body[key]` when it is an array of strings; undefined when absent. @throws BadRequestError for another type. */
export function optionalStrings(body: Record<string, unknown>, key: string): readonly string[] | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw wrongType(key, 'an array of strings');
  return value as string[];
}

function wrongType(key: string, expected: string): BadRequestError {
  return new BadRequestError('invalid-field', { vi: `Trường ${key} phải là ${expected === 'a string' ? 'chuỗi' : 'mảng chuỗi'}.`, en: `${key} must be ${expected}.` });
}
