/**
 * `wrapText`: breaks a label into lines that fit a width, measured without a browser.
 *
 * There is no DOM in core, so widths come from a table of glyph advances. The table holds DejaVu
 * Sans (the widest common sans-serif, the fallback of most Linux renderers), so text drawn in Arial,
 * Roboto or Segoe UI only comes out a little narrower than measured and never overflows its box.
 * Vietnamese letters are measured by their base letter: NFD splits `ệ` into `e` and marks of no width.
 */

/** Advance widths in em, by character, for DejaVu Sans Book; built on first use. */
let widths: Map<string, number> | undefined;
const GROUPS: [chars: string, em: number][] = [
  ['ijl\'|', 0.278], ['IJ', 0.295], [' ,.:;!', 0.318], ['f/', 0.352], ['-()[]{}', 0.39], ['tr', 0.4],
  ['"', 0.46], ['sz', 0.525], ['c', 0.55], ['L', 0.557], ['F', 0.575], ['kvxy', 0.592], ['PTYe', 0.61],
  ['o', 0.612], ['a', 0.613], ['E', 0.632], ['0123456789bdghnpqu', 0.636], ['S', 0.635], ['K', 0.656],
  ['ABVXZR', 0.69], ['C', 0.698], ['U', 0.732], ['HN', 0.752], ['D', 0.77], ['GOQ', 0.787], ['w', 0.818],
  ['=+<>#', 0.838], ['M', 0.863], ['m', 0.974], ['W%', 0.989], ['&', 0.78], ['@', 1.0], ['·—', 0.5],
];
const DEFAULT_EM = 0.64;

/**
 * The width of `text` in pixels at `fontSize`, as DejaVu Sans would set it (bold adds 10 %).
 *
 * @example measureText('Tiếp nhận', 13) // ≈ 62
 */
export function measureText(text: string, fontSize: number, bold = false): number {
  widths ??= new Map(GROUPS.flatMap(([chars, w]) => [...chars].map((ch): [string, number] => [ch, w])));
  let em = 0;
  for (const ch of text.normalize('NFD')) {
    if (ch >= '\u0300' && ch <= '\u036f') continue; // combining marks: tone marks, horn, breve …
    em += widths.get(ch === 'đ' ? 'd' : ch === 'Đ' ? 'D' : ch) ?? DEFAULT_EM;
  }
  return em * fontSize * (bold ? 1.1 : 1);
}

/** How to wrap: the font, the width available and how many lines at most. */
export interface WrapOptions {
  readonly fontSize: number;
  readonly maxWidth: number;
  readonly bold?: boolean;
  /** Lines beyond this are dropped and the last line ends in `…` (default: no limit). */
  readonly maxLines?: number;
  /** Make the lines about equally long instead of filling each in turn (no one-word last line). */
  readonly balance?: boolean;
}

/**
 * Breaks `text` into lines no wider than `maxWidth`, at spaces; a word longer than a line is cut.
 * With `maxLines`, text that does not fit ends in an ellipsis (callers keep the full text in a
 * `<title>` so nothing is lost to assistive technology).
 *
 * @example wrapText('Yêu cầu bổ sung hồ sơ', { fontSize: 11, maxWidth: 80 }) // ['Yêu cầu bổ', 'sung hồ sơ']
 */
export function wrapText(text: string, options: WrapOptions): string[] {
  const lines = fillLines(text, options);
  if (!options.balance || lines.length < 2 || lines.length > (options.maxLines ?? Number.POSITIVE_INFINITY)) return lines;
  // The narrowest width that still needs no more lines (and cuts no word), found by halving the interval.
  const widest = Math.max(...text.trim().split(/\s+/).map((w) => measureText(w, options.fontSize, options.bold)));
  if (widest >= options.maxWidth) return lines;
  let [lo, hi] = [Math.max(options.maxWidth / lines.length, widest), options.maxWidth];
  while (hi - lo > 2) {
    const mid = (lo + hi) / 2;
    if (fillLines(text, { ...options, maxWidth: mid, maxLines: undefined }).length <= lines.length) hi = mid;
    else lo = mid;
  }
  return fillLines(text, { ...options, maxWidth: hi });
}

function fillLines(text: string, options: WrapOptions): string[] {
  const { fontSize, maxWidth, bold = false, maxLines = Number.POSITIVE_INFINITY } = options;
  const fits = (s: string) => measureText(s, fontSize, bold) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (let word of text.trim().split(/\s+/)) {
    if (line && fits(`${line} ${word}`)) {
      line = `${line} ${word}`;
      continue;
    }
    if (line) lines.push(line);
    while (!fits(word) && word.length > 1) {
      let cut = word.length - 1;
      while (cut > 1 && !fits(word.slice(0, cut))) cut--;
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
    }
    line = word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]!}…`;
  while (!fits(last) && last.length > 1) last = `${last.slice(0, -2).trimEnd()}…`;
  kept[maxLines - 1] = last;
  return kept;
}
