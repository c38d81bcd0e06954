/**
 * Reading requests: the JSON body, the signed-in officer, and typed optional members.
 */
import type { Authenticate, Identity } from '../auth/create-token-authenticator.js';
import { AuthenticationError } from '../auth/create-token-authenticator.js';
import { BadRequestError } from './http-errors.js';

/** Bodies above this size are refused before parsing. */
const MAX_BODY_BYTES = 1_000_000;

/** The JSON object body of `request`. @throws BadRequestError for anything else. */
export async function readJson(request: Request): Promise<Record<string, unknown>> {
  return parseJsonObject(await readBodyText(request));
}

/** The body of `request` as text. @throws BadRequestError when it is too large. */
export async function readBodyText(request: Request): Promise<string> {
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw new BadRequestError('body-too-large', { vi: 'Nội dung yêu cầu quá lớn.', en: 'The request body is too large.' });
  return text;
}

/** `text` parsed as a JSON object (empty text: `{}`). @throws BadRequestError for anything else. */
export function parseJsonObject(text: string): Record<string, unknown> {
  let body: unknown;
  try { body = text === '' ? {} : JSON.parse(text); } catch { body = undefined; }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new BadRequestError('invalid-json', { vi: 'Nội dung yêu cầu phải là một đối tượng JSON.', en: 'The request body must be a JSON object.' });
  }
  return body as Record<string, unknown>;
}

/** The officer behind `request`. @throws AuthenticationError when there is none. */
export async function requireIdentity(authenticate: Authenticate, request: Request): Promise<Identity> {
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
