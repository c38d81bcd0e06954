/**
 * `drawLegend`: the key under an SVG flow — agencies with their colour and marker, roles, and what
 * each kind of line means. Three columns side by side when the drawing is wide enough, else stacked.
 */
import { DIAGRAM_THEME as T } from './diagram-theme.js';
import { formatNumber as n } from './escape-xml.js';
import { svgText } from './svg-text.js';
import type { FlowGraph } from './to-flow-graph.js';
import { measureText, wrapText } from './wrap-text.js';

const LINE = 15;
const SIZE = 11;
const GAP = 28;

/** The legend's SVG and the height it takes. */
export interface Legend {
  readonly svg: string;
  readonly height: number;
}

/** Draws the legend of `graph` in a box of `width` whose top-left corner is `x`, `y`. */
export function drawLegend(
  graph: FlowGraph,
  markers: ReadonlyMap<string, string>,
  colours: ReadonlyMap<string, string>,
  x: number,
  y: number,
  width: number,
): Legend {
  const w = graph.labels.words;
  const side = width >= 900;
  const colWidth = side ? (width - 2 * GAP) / 3 : width;
  const chip = (id: string, cx: number, top: number) => {
    const marker = markers.get(id) ?? '?';
    const mw = marker.length * 7 + 8;
    return {
      width: mw,
      svg: `<rect x="${n(cx)}" y="${n(top + 1)}" width="${n(mw)}" height="${LINE - 2}" rx="3" fill="${colours.get(id) ?? T.muted}"/>` +
        svgText([marker], cx + mw / 2, top, { size: 10, line: LINE, fill: '#ffffff', bold: true, anchor: 'middle' }),
    };
  };
  const entries = (heading: string, items: { id?: string; text: string }[], left: number, top: number) => {
    const parts = [svgText([heading], left, top, { size: 12, line: 16, fill: T.ink, bold: true })];
    let at = top + 20;
    for (const item of items) {
      const c = item.id ? chip(item.id, left, at) : undefined;
      const indent = c ? c.width + 6 : 0;
      const lines = wrapText(item.text, { fontSize: SIZE, maxWidth: colWidth - indent });
      parts.push(c?.svg ?? '', svgText(lines, left + indent, at, { size: SIZE, line: LINE, fill: T.line }));
      at += lines.length * LINE + 3;
    }
    return { svg: parts.join(''), height: at - top };
  };

  const agencies = (left: number, top: number) => entries(w.agencies, graph.agencies.map((a) => ({ id: a.id, text: a.title })), left, top);
  const roles = (left: number, top: number) =>
    entries(w.roles, graph.roles.map((r) => (r.agency ? { id: r.agency, text: r.title } : { text: r.title })), left, top);
  const lines = (left: number, top: number) => {
    const samples: [string, string, string][] = [
      [T.line, '', w.forward], [T.backLine, '7 4', w.back], [T.outcomes.refused.stroke, '2 3', w.exit],
    ];
    const parts = [svgText([w.lines], left, top, { size: 12, line: 16, fill: T.ink, bold: true })];
    samples.forEach(([colour, dash, text], i) => {
      const at = top + 20 + i * (LINE + 3);
      parts.push(
        `<path d="M${n(left)} ${n(at + LINE / 2)} H${n(left + 40)}" stroke="${colour}" stroke-width="1.8" fill="none"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
        svgText([text], left + 48, at, { size: SIZE, line: LINE, fill: T.line }),
      );
    });
    return { svg: parts.join(''), height: 20 + samples.length * (LINE + 3) };
  };

  const blocks: { svg: string; height: number }[] = [];
  if (side) {
    const lineWidth = Math.max(...[w.forward, w.back, w.exit].map((t) => measureText(t, SIZE))) + 48;
    blocks.push(agencies(x, y), roles(x + colWidth + GAP, y), lines(x + Math.max(2 * (colWidth + GAP), width - lineWidth), y));
    return { svg: `<g>${blocks.map((b) => b.svg).join('')}</g>`, height: Math.max(...blocks.map((b) => b.height)) };
  }
  let top = y;
  for (const draw of [agencies, roles, lines]) {
    const block = draw(x, top);
    blocks.push(block);
    top += block.height + 12;
  }
  return { svg: `<g>${blocks.map((b) => b.svg).join('')}</g>`, height: top - y - 12 };
}
