/**
 * The static typing rules of the checker: what an expression node is known to be, and which pairs
 * of types may meet in a comparison.
 */

import { isIsoDate } from './days-between.js';
import type { ExpressionLiteral, ExpressionType, FieldTypeName } from './types.js';

/** The values a node is restricted to: a form field's `enum`, `$channel`, or the procedure's cases. */
export interface AllowedValues {
  readonly kind: 'enum' | 'case';
  /** The field path or context variable the restriction comes from. */
  readonly name: string;
  readonly values: readonly unknown[];
}

/** What the checker knows about one node. */
export interface Inferred {
  readonly type: ExpressionType;
  /** Present when the node is a constant. */
  readonly literal?: { readonly value: ExpressionLiteral };
  /** Present when the node reads a restricted variable. */
  readonly allowed?: AllowedValues;
}

/** Shared results for nodes that carry nothing beyond their type. */
export const UNKNOWN: Inferred = { type: 'unknown' };
export const BOOLEAN: Inferred = { type: 'boolean' };
export const NUMBER: Inferred = { type: 'number' };
export const STRING: Inferred = { type: 'string' };
export const DATE: Inferred = { type: 'date' };

/** The inferred type of a form field type: integers are numbers. */
export function fromFieldType(type: FieldTypeName): ExpressionType {
  return type === 'integer' ? 'number' : type;
}

/** What a constant is. String constants stay `string`; whether they spell a date is decided where it matters. */
export function inferLiteral(value: ExpressionLiteral): Inferred {
  const type: ExpressionType = value === null ? 'null' : typeof value === 'string' ? 'string' : typeof value === 'number' ? 'number' : 'boolean';
  return { type, literal: { value } };
}

/** True when `node` may be used where `type` is expected; `unknown` is always accepted. */
export function accepts(type: ExpressionType, node: Inferred): boolean {
  if (node.type === 'unknown' || node.type === type) return true;
  // A date is a string; a string constant is a date when it spells one.
  return type === 'date' && node.type === 'string' && node.literal !== undefined && isIsoDate(node.literal.value);
}

/**
 * True when `==` between `a` and `b` can never hold because their types differ. `null` may meet
 * anything (it tests for a missing value); a date may meet a string, unless the string is a
 * constant that is not a date.
 */
export function isEqualityMismatch(a: Inferred, b: Inferred): boolean {
  if (a.type === 'unknown' || b.type === 'unknown' || a.type === 'null' || b.type === 'null' || a.type === b.type) return false;
  if (a.type === 'date' && b.type === 'string') return b.literal !== undefined && !isIsoDate(b.literal.value);
  if (b.type === 'date' && a.type === 'string') return a.literal !== undefined && !isIsoDate(a.literal.value);
  return true;
}

/** The type of `{"if": [c, a, b]}`: the branches' common type, `null` joining anything. */
export function joinTypes(a: Inferred, b: Inferred): Inferred {
  if (a.type === b.type) return { type: a.type };
  if (a.type === 'null') return { type: b.type };
  if (b.type === 'null') return { type: a.type };
  return UNKNOWN;
}
