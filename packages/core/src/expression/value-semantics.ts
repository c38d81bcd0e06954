/**
 * The runtime meaning of values: equality, presence, flags and path reading. Grouped in one module
 * (rather than one per export) because together they are the semantics a reader checks against the
 * language description; each is small and allocation-free on the common path.
 */

import type { ExpressionFlags } from './types.js';

/** Beyond this nesting, structures are treated as unequal instead of risking the stack on cyclic data. */
const MAX_EQUALITY_DEPTH = 64;

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Strict, structural equality of JSON values: primitives by `===` (no coercion: `1` is not `"1"`,
 * `null` is not `false`), arrays element by element, plain objects key by key. Structural rather
 * than by reference so that the server, which re-parses the dossier, agrees with the browser.
 */
export function isEqualValue(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (depth >= MAX_EQUALITY_DEPTH) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!isEqualValue(a[i], b[i], depth + 1)) return false;
    return true;
  }
  if (Array.isArray(b) || !isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key)) return false;
    if (!isEqualValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}

/**
 * True when a form value counts as filled in: not `null`/missing, not a blank string (only
 * whitespace), not an empty array or object, not a non-finite number. `0` and `false` are answers,
 * so they are present.
 */
export function isPresentValue(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object') return true;
  if (Array.isArray(value)) return value.length > 0;
  for (const key in value) if (Object.hasOwn(value, key)) return true;
  return false;
}

/** True when `name` is on in `flags` (a Set, an array, or a record whose value is exactly `true`). */
export function hasFlag(flags: ExpressionFlags | null | undefined, name: string): boolean {
  if (flags === null || flags === undefined) return false;
  if (flags instanceof Set) return flags.has(name);
  if (Array.isArray(flags)) return flags.includes(name);
  if (typeof flags !== 'object') return false;
  const record = flags as Readonly<Record<string, unknown>>;
  return Object.hasOwn(record, name) && record[name] === true;
}

/**
 * Reads a pre-split field path from form data. Numeric segments index arrays; other segments read
 * own properties of objects only (so `constructor` or `__proto__` never reach the prototype).
 * Anything missing reads as `null`.
 *
 * `indices[i]` is the array index for `segments[i]`, or -1 when the segment is not an index.
 */
export function readPath(data: unknown, segments: readonly string[], indices: readonly number[]): unknown {
  let current = data;
  for (let i = 0; i < segments.length; i++) {
    if (typeof current !== 'object' || current === null) return null;
    if (Array.isArray(current)) {
      const index = indices[i] as number;
      if (index < 0 || index >= current.length) return null;
      current = current[index];
    } else {
      const segment = segments[i] as string;
      if (!Object.hasOwn(current, segment)) return null;
      current = (current as Record<string, unknown>)[segment];
    }
  }
  return current === undefined ? null : current;
}

/** True for the constants of the language: strings, finite numbers, booleans and `null`. */
export function isExpressionLiteral(value: unknown): value is string | number | boolean | null {
  return value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}
