/**
 * `sizeNodes`: the box of every node and the lines of text inside it, before anything is placed.
 * Every step box gets the same height (the tallest step's), so a column of steps reads as a grid.
 */
import type { FlowGraph, FlowNode } from './to-flow-graph.js';
import { measureText, wrapText } from './wrap-text.js';

/** Font sizes and line heights shared by layout and drawing, in pixels. */
export const TYPE = {
  title: { size: 13, line: 17 },
  meta: { size: 11, line: 14 },
  label: { size: 11, line: 13 },
  caption: { size: 10, line: 12 },
} as const;

/** Width of a step box, and the padding inside it. */
export const STEP_WIDTH = 236;
export const PADDING = 10;
/** The coloured stripe at the top of a step box, naming its agency by colour (and by its marker). */
export const STRIPE = 5;

/** A node's size and text, not yet placed. */
export interface SizedNode {
  readonly node: FlowNode;
  readonly w: number;
  readonly h: number;
  /** Step: kind and allowance line; start, fork, join: caption lines; outcome: its name. */
  readonly header: readonly string[];
  readonly title: readonly string[];
  readonly role: readonly string[];
  readonly agency: readonly string[];
  /** For steps: the agency's legend marker (A1, A2 …). */
  readonly marker?: string;
}

/** Sizes every node of `graph`; `markers` maps agency ids to their legend markers. */
export function sizeNodes(graph: FlowGraph, markers: ReadonlyMap<string, string>): Map<string, SizedNode> {
  const inner = STEP_WIDTH - 2 * PADDING;
  const sized = new Map<string, SizedNode>();
  const steps: SizedNode[] = [];
  for (const node of graph.nodes) {
    switch (node.kind) {
      case 'step': {
        const marker = markers.get(node.agencyId ?? '') ?? '?';
        const markerWidth = measureText(marker, TYPE.meta.size, true) + 12;
        const s: SizedNode = {
          node, w: STEP_WIDTH, h: 0, marker,
          header: wrapText(`${node.kindLabel!.toLocaleUpperCase('vi')} · ${node.allowance}`, { fontSize: TYPE.meta.size, maxWidth: inner, bold: true, maxLines: 1 }),
          title: wrapText(node.title, { fontSize: TYPE.title.size, maxWidth: inner, bold: true, maxLines: 4 }),
          role: wrapText(node.role ?? '', { fontSize: TYPE.meta.size, maxWidth: inner, maxLines: 2 }),
          agency: wrapText(node.agency ?? '', { fontSize: TYPE.meta.size, maxWidth: inner - markerWidth, maxLines: 1 }),
        };
        steps.push(s);
        sized.set(node.id, s);
        break;
      }
      case 'start':
        sized.set(node.id, { node, w: 32, h: 32, header: wrapText(node.title, { fontSize: TYPE.caption.size, maxWidth: 76 }), title: [], role: [], agency: [] });
        break;
      case 'fork': case 'join':
        sized.set(node.id, { node, w: 10, h: 0, header: wrapText(node.title, { fontSize: TYPE.caption.size, maxWidth: 64 }), title: [], role: [], agency: [] });
        break;
      default: {
        const title = wrapText(node.title, { fontSize: TYPE.title.size, maxWidth: 180, bold: true, maxLines: 2 });
        const w = Math.max(...title.map((l) => measureText(l, TYPE.title.size, true))) + 36;
        sized.set(node.id, { node, w, h: title.length * TYPE.title.line + 20, header: [], title, role: [], agency: [] });
      }
    }
  }
  const height = Math.max(0, ...steps.map(stepHeight));
  for (const s of steps) sized.set(s.node.id, { ...s, h: height });
  return sized;
}

/** Padding, stripe, header, title, a gap, role lines, agency line, padding. */
function stepHeight(s: SizedNode): number {
  return PADDING + STRIPE + TYPE.meta.line + 4 + s.title.length * TYPE.title.line + 6 + s.role.length * TYPE.meta.line + TYPE.meta.line + PADDING;
}
