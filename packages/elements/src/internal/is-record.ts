/** `isRecord`: whether a value read from JSON (an API answer, a draft, a procedure) is a plain object. */

/** A plain object: not null, not a list. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
