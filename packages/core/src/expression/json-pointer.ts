/**
 * Appends one reference token to a JSON Pointer (RFC 6901), escaping `~` and `/` — the division
 * operator `"/"` is a key in this language, so escaping is not theoretical.
 *
 * @example
 * appendPointer('/guard', '/') // '/guard/~1'
 */
export function appendPointer(pointer: string, token: string | number): string {
  if (typeof token === 'number') return `${pointer}/${token}`;
  return `${pointer}/${token.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}
