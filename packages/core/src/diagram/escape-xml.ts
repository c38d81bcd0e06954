/**
 * `escapeXml`: text and attribute values for SVG. Characters XML 1.0 forbids (most C0 controls) are
 * dropped, since no escape makes them legal and one stray control character would make the whole
 * drawing unreadable to an XML parser.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Escapes `&`, `<`, `>`, `"` and `'` so that `text` can stand in element content or in a quoted
 * attribute, and removes the control characters XML does not allow.
 *
 * @example escapeXml('Giấy "A" & <B>') // 'Giấy &quot;A&quot; &amp; &lt;B&gt;'
 */
export function escapeXml(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

/** A number for an SVG attribute: at most one decimal, no `-0`. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
