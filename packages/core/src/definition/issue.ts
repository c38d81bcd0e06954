import type { Message } from '../types.js';

/**
 * One problem found in a procedure definition. Issues are data, never exceptions: the
 * checker returns all of them at once, each with a stable `code`, the JSON Pointer of the
 * value at fault and, when the input was JSON text, the 1-based line and column.
 */
export interface ValidationIssue {
  /** Stable identifier, e.g. `schema.required`, `ref.unknown-role`, `workflow.unreachable-step`. */
  code: string;
  /** JSON Pointer (RFC 6901) of the value at fault; `""` is the whole document. */
  pointer: string;
  /** 1-based line of `pointer` in the source text, when text was given. */
  line?: number;
  /** 1-based column of `pointer` in the source text, when text was given. */
  column?: number;
  /** What was expected, what was found, and where. */
  message: Message;
  /** How to fix it, with a "did you mean …" where there is a likely intended name. */
  hint?: Message;
  /** The facts behind the message, for tools (e.g. `{ missingProperty: 'title' }`). */
  params?: Record<string, unknown>;
}

/** The result of checking a procedure: `valid` is true exactly when `errors` is empty. */
export interface ValidationResult<T = unknown> {
  valid: boolean;
  errors: ValidationIssue[];
  /** The parsed document (when the text was well-formed JSON). */
  value?: T;
}

/** Builds an issue; `params` are kept for tools and tests. */
export function createIssue(
  code: string,
  pointer: string,
  message: Message,
  hint?: Message,
  params?: Record<string, unknown>,
): ValidationIssue {
  const issue: ValidationIssue = { code, pointer, message };
  if (hint) issue.hint = hint;
  if (params) issue.params = params;
  return issue;
}

/** Escapes one reference token for a JSON Pointer (RFC 6901 §3). */
export function escapePointerToken(token: string | number): string {
  if (typeof token === 'number') return String(token);
  return token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token;
}

/** Appends tokens to a JSON Pointer. */
export function joinPointer(base: string, ...tokens: (string | number)[]): string {
  let pointer = base;
  for (const token of tokens) pointer += `/${escapePointerToken(token)}`;
  return pointer;
}

/** Splits a JSON Pointer into its unescaped tokens. */
export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}
