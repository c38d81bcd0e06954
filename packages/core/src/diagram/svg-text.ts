/**
 * `svgText`: lines of text as one SVG `<text>` element, placed by the top of the block rather than by
 * the baseline, which is how the layout thinks.
 */
import { escapeXml, formatNumber as n } from './escape-xml.js';

/** How to set a block of text. */
export interface TextStyle {
  readonly size: number;
  readonly line: number;
  readonly fill: string;
  readonly bold?: boolean;
  readonly anchor?: 'start' | 'middle' | 'end';
}

/**
 * A `<text>` element with one `<tspan>` per line, its first line's top at `top`. Text is escaped.
 *
 * @example svgText(['Tiếp nhận'], 10, 20, { size: 13, line: 17, fill: '#000' })
 */
export function svgText(lines: readonly string[], x: number, top: number, style: TextStyle): string {
  if (lines.length === 0) return '';
  // The baseline sits about 0.8 em under the top of a line box of `line` pixels.
  const first = top + (style.line - style.size) / 2 + style.size * 0.8;
  const attrs = [
    `x="${n(x)}"`, `y="${n(first)}"`, `font-size="${style.size}"`, `fill="${style.fill}"`,
    style.bold ? 'font-weight="bold"' : '', style.anchor && style.anchor !== 'start' ? `text-anchor="${style.anchor}"` : '',
  ].filter(Boolean).join(' ');
  const spans = lines.map((line, i) => (i === 0 ? escapeXml(line) : `<tspan x="${n(x)}" dy="${style.line}">${escapeXml(line)}</tspan>`));
  return `<text ${attrs}>${spans.join('')}</text>`;
}

/** A `<title>` child: the full text behind a truncated label, read by screen readers and shown on hover. */
export function svgTitle(text: string): string {
  return `<title>${escapeXml(text)}</title>`;
}
