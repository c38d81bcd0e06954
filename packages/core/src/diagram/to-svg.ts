/**
 * `toSvg`: a procedure's workflow as a standalone SVG drawing — no browser, no external tool.
 */
import type { Procedure } from '../generated/procedure.types.js';
import { DIAGRAM_THEME as T, agencyColour, outcomeSwatch } from './diagram-theme.js';
import { escapeXml, formatNumber as n } from './escape-xml.js';
import { type FlowLayout, type PlacedEdge, type PlacedNode, layoutFlow } from './layout-flow.js';
import { PADDING, STRIPE, TYPE } from './size-nodes.js';
import { drawLegend } from './svg-legend.js';
import { svgText, svgTitle } from './svg-text.js';
import { type DiagramOptions, type FlowGraph, toFlowGraph } from './to-flow-graph.js';
import { measureText, wrapText } from './wrap-text.js';

const MARGIN = 24;

/**
 * Draws a procedure's workflow as a standalone SVG document (UTF-8 text, no external resources).
 *
 * Steps are boxes in columns by their longest path from the start, showing kind, allowance, title,
 * role and agency (by name, colour and a legend marker); actions are arrows labelled with their title —
 * solid when they move the dossier on, dashed arcs over the top when they send it back, dotted lines to
 * a band of built-in outcomes (awaiting supplement, refused …) underneath. A parallel group is a frame
 * with one lane per branch between a fork bar and a join bar. A legend lists agencies and roles; the
 * drawing has a `<title>` and a `<desc>` that tells the whole flow in words.
 *
 * @example
 * await writeFile('birth.svg', toSvg(procedure, { lang: 'en' }));
 */
export function toSvg(procedure: Procedure, options: DiagramOptions = {}): string {
  const graph = toFlowGraph(procedure, options);
  const markers = new Map(graph.agencies.map((a, i) => [a.id, `A${i + 1}`]));
  const colours = new Map(graph.agencies.map((a, i) => [a.id, agencyColour(i)]));
  const layout = layoutFlow(graph, markers);
  const prefix = `motcua-${graph.code.replace(/[^A-Za-z0-9]/g, '-')}`;

  const width = Math.max(layout.bounds.w + 2 * MARGIN, 720);
  const heading = wrapText(graph.title, { fontSize: 18, maxWidth: width - 2 * MARGIN, bold: true });
  const subtitle = `${graph.code} · ${graph.version} · ${graph.labels.words.deadline}: ${graph.deadline}`;
  const headingHeight = heading.length * 24 + 20 + 16;
  const dx = MARGIN - layout.bounds.x + (width - 2 * MARGIN - layout.bounds.w) / 2;
  const dy = MARGIN + headingHeight - layout.bounds.y;
  const legend = drawLegend(graph, markers, colours, MARGIN, MARGIN + headingHeight + layout.bounds.h + 28, width - 2 * MARGIN);
  const height = MARGIN + headingHeight + layout.bounds.h + 28 + legend.height + MARGIN;

  const body = [
    ...layout.groups.map((g) => drawGroup(g)),
    ...layout.edges.map((e) => drawEdge(e, prefix)),
    ...[...layout.nodes.values()].map((node) => drawNode(node, colours)),
    ...layout.groups.map((g) => drawGroupTitles(g)),
    ...layout.edges.map((e) => drawLabel(e)),
  ];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" role="img" aria-labelledby="${prefix}-title ${prefix}-desc" font-family="${escapeXml(T.font)}">`,
    `<title id="${prefix}-title">${escapeXml(`${graph.title} (${graph.code} ${graph.version})`)}</title>`,
    `<desc id="${prefix}-desc">${escapeXml(describeFlow(graph))}</desc>`,
    `<defs>${markerDefs(prefix)}</defs>`,
    `<rect width="100%" height="100%" fill="${T.background}"/>`,
    svgText(heading, MARGIN, MARGIN, { size: 18, line: 24, fill: T.ink, bold: true }),
    svgText([subtitle], MARGIN, MARGIN + heading.length * 24 + 4, { size: 12, line: 16, fill: T.muted }),
    `<g transform="translate(${n(dx)} ${n(dy)})">`,
    ...body.filter(Boolean),
    '</g>',
    legend.svg,
    '</svg>',
    '',
  ].join('\n');
}

type LineStyle = 'forward' | 'back' | 'done' | 'refused' | 'waiting' | 'other';
const LINE_COLOURS: Record<LineStyle, string> = {
  forward: T.line, back: T.backLine, done: T.outcomes.done.stroke, refused: T.outcomes.refused.stroke,
  waiting: T.outcomes.waiting.stroke, other: T.outcomes.other.stroke,
};

function markerDefs(prefix: string): string {
  return Object.entries(LINE_COLOURS).map(([name, colour]) =>
    `<marker id="${prefix}-arrow-${name}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto"><path d="M0 0 L10 5 L0 10 z" fill="${colour}"/></marker>`).join('');
}

function lineStyle(edge: PlacedEdge): LineStyle {
  if (edge.edge.kind === 'back') return 'back';
  if (edge.edge.kind === 'forward') return 'forward';
  const outcome = edge.edge.to.slice('outcome:'.length);
  const swatch = outcomeSwatch(outcome);
  return swatch === T.outcomes.refused ? 'refused' : swatch === T.outcomes.waiting ? 'waiting' : swatch === T.outcomes.done ? 'done' : 'other';
}

function drawEdge(edge: PlacedEdge, prefix: string): string {
  const style = lineStyle(edge);
  const dash = edge.edge.kind === 'back' ? ' stroke-dasharray="7 4"' : edge.edge.kind === 'exit' ? ' stroke-dasharray="2 3"' : '';
  const width = edge.edge.kind === 'forward' ? 1.8 : 1.5;
  const title = edge.edge.label === undefined ? '' : svgTitle(edge.edge.label);
  return `<path d="${edge.d}" fill="none" stroke="${LINE_COLOURS[style]}" stroke-width="${width}"${dash} marker-end="url(#${prefix}-arrow-${style})">${title}</path>`;
}

function drawLabel(edge: PlacedEdge): string {
  const l = edge.label;
  if (!l) return '';
  const colour = edge.edge.kind === 'exit' ? outcomeSwatch(edge.edge.to.slice('outcome:'.length)).text : T.ink;
  return `<g><rect x="${n(l.x)}" y="${n(l.y)}" width="${n(l.w)}" height="${n(l.h)}" rx="3" fill="${T.background}" fill-opacity="0.92"/>` +
    `${svgText(l.lines, l.x + 4, l.y + 2, { size: TYPE.label.size, line: TYPE.label.line, fill: colour })}</g>`;
}

/** A group's frame and lanes, drawn under everything else. */
function drawGroup(g: FlowLayout['groups'][number]): string {
  const f = g.frame;
  const lanes = g.lanes.map((lane) => {
    const b = lane.box;
    return `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.w)}" height="${n(b.h)}" rx="8" fill="${T.lane.fill}" stroke="${T.lane.stroke}"/>`;
  });
  return `<g>${svgTitle(g.group.title)}<rect x="${n(f.x)}" y="${n(f.y)}" width="${n(f.w)}" height="${n(f.h)}" rx="12" fill="${T.group.fill}" stroke="${T.group.stroke}" stroke-dasharray="8 4"/>${lanes.join('')}</g>`;
}

/** A group's and its lanes' titles, drawn over the lines on a patch of their background, so a line never runs through them. */
function drawGroupTitles(g: FlowLayout['groups'][number]): string {
  const f = g.frame;
  const title = (text: string, x: number, top: number, maxWidth: number, size: number, line: number, colour: string, background: string) => {
    const lines = wrapText(text, { fontSize: size, maxWidth, bold: true, maxLines: 1 });
    const w = Math.max(0, ...lines.map((l) => measureText(l, size, true))) + 8;
    return `<g>${svgTitle(text)}<rect x="${n(x - 4)}" y="${n(top)}" width="${n(w)}" height="${line}" fill="${background}"/>` +
      `${svgText(lines, x, top, { size, line, fill: colour, bold: true })}</g>`;
  };
  return [
    title(g.group.title, f.x + 12, f.y + 6, f.w - 24, 12, 16, T.group.text, T.group.fill),
    ...g.lanes.map((lane) => title(lane.title, lane.box.x + 10, lane.box.y + 5, lane.box.w - 20, TYPE.meta.size, TYPE.meta.line, T.lane.text, T.lane.fill)),
  ].join('');
}

function drawNode(p: PlacedNode, colours: ReadonlyMap<string, string>): string {
  const node = p.node;
  const cx = p.x + p.w / 2;
  const caption = (top: number) => svgText(p.header, cx, top, { size: TYPE.caption.size, line: TYPE.caption.line, fill: T.muted, anchor: 'middle' });
  switch (node.kind) {
    case 'start':
      return `<g>${svgTitle(node.title)}<circle cx="${n(cx)}" cy="${n(p.y + p.h / 2)}" r="${n(p.w / 2)}" fill="${T.bar}"/>${caption(p.y + p.h + 4)}</g>`;
    case 'fork': case 'join':
      return `<g>${svgTitle(node.title)}<rect x="${n(p.x)}" y="${n(p.y)}" width="${n(p.w)}" height="${n(p.h)}" rx="3" fill="${T.bar}"/>${caption(p.y + p.h + 4)}</g>`;
    case 'outcome': {
      const s = outcomeSwatch(node.outcome);
      return `<g>${svgTitle(node.title)}<rect x="${n(p.x)}" y="${n(p.y)}" width="${n(p.w)}" height="${n(p.h)}" rx="${n(p.h / 2)}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="1.5"/>` +
        `${svgText(p.title, cx, p.y + 10, { size: TYPE.title.size, line: TYPE.title.line, fill: s.text, bold: true, anchor: 'middle' })}</g>`;
    }
    default:
      return drawStep(p, colours.get(node.agencyId ?? '') ?? T.muted);
  }
}

function drawStep(p: PlacedNode, colour: string): string {
  const { x, y, w, h } = p;
  const node = p.node;
  const left = x + PADDING;
  let top = y + STRIPE + PADDING;
  const parts = [
    `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="8" fill="${T.box.fill}" stroke="${T.box.stroke}"/>`,
    `<path d="M${n(x)} ${n(y + STRIPE)} V${n(y + 8)} Q${n(x)} ${n(y)} ${n(x + 8)} ${n(y)} H${n(x + w - 8)} Q${n(x + w)} ${n(y)} ${n(x + w)} ${n(y + 8)} V${n(y + STRIPE)} Z" fill="${colour}"/>`,
    svgText(p.header, left, top, { size: TYPE.meta.size, line: TYPE.meta.line, fill: T.muted, bold: true }),
  ];
  top += TYPE.meta.line + 4;
  parts.push(svgText(p.title, left, top, { size: TYPE.title.size, line: TYPE.title.line, fill: T.ink, bold: true }));
  const bottom = y + h - PADDING;
  const agencyTop = bottom - TYPE.meta.line;
  parts.push(svgText(p.role, left, agencyTop - p.role.length * TYPE.meta.line, { size: TYPE.meta.size, line: TYPE.meta.line, fill: T.line }));
  const markerWidth = (p.marker ?? '').length * 7 + 8;
  parts.push(
    `<rect x="${n(left)}" y="${n(agencyTop + 1)}" width="${n(markerWidth)}" height="${TYPE.meta.line - 2}" rx="3" fill="${colour}"/>`,
    svgText([p.marker ?? ''], left + markerWidth / 2, agencyTop, { size: 10, line: TYPE.meta.line, fill: '#ffffff', bold: true, anchor: 'middle' }),
    svgText(p.agency, left + markerWidth + 5, agencyTop, { size: TYPE.meta.size, line: TYPE.meta.line, fill: T.muted }),
  );
  const full = [node.title, `${node.kindLabel} · ${node.allowance}`, node.role, node.agency].join(' — ');
  return `<g>${svgTitle(full)}${parts.join('')}</g>`;
}

/** The flow in words, for `<desc>`: each step with who does it and where each action leads. */
function describeFlow(graph: FlowGraph): string {
  const title = (id: string) => graph.nodes.find((n) => n.id === id)?.title ?? id;
  const out = (id: string) => graph.edges.filter((e) => e.from === id).map((e) => (e.label ? `${e.label} → ${title(e.to)}` : title(e.to)));
  const sentences = [`${graph.labels.words.deadline}: ${graph.deadline}.`, `${title('start')} → ${out('start').join('; ')}.`];
  for (const node of graph.nodes) {
    if (node.kind === 'step') sentences.push(`${node.title} (${node.kindLabel}; ${node.role}, ${node.agency}; ${node.allowance}): ${out(node.id).join('; ')}.`);
    if (node.kind === 'fork') {
      const group = graph.groups.find((g) => g.fork === node.id)!;
      sentences.push(`${group.title} — ${graph.labels.words.parallel}: ${group.branches.map((b) => b.title).join('; ')}.`);
    }
    if (node.kind === 'join') sentences.push(`${node.title} → ${out(node.id).join('; ')}.`);
  }
  return sentences.join(' ');
}
