/**
 * `routeBackEdges`: send-backs, and any edge that closes a cycle, drawn as dashed arcs from the top of
 * one box to the top of the other, over everything in between. Shorter arcs nest under longer ones.
 */
import type { FlowEdge } from './to-flow-graph.js';
import type { EdgeLabel, PlacedEdge, PlacedNode } from './placed-flow.js';
import { type Box, overlaps, toPathData } from './path-data.js';

const LEVEL_HEIGHT = 40;

/** Routes `back` edges over `obstacles`, one nesting level per overlapping span. */
export function routeBackEdges(
  back: readonly FlowEdge[],
  nodes: ReadonlyMap<string, PlacedNode>,
  obstacles: readonly Box[],
  label: (edge: FlowEdge, maxWidth: number, maxLines: number) => EdgeLabel | undefined,
): PlacedEdge[] {
  const used = new Map<string, number>();
  const port = (id: string, towards: number, key: string) => {
    const node = nodes.get(id)!;
    const n = used.get(`${id}${key}`) ?? 0;
    used.set(`${id}${key}`, n + 1);
    const cx = node.x + node.w / 2;
    const side = towards < cx ? -1 : 1;
    return node.node.kind === 'step' ? cx + side * (node.w / 4 + n * 12) : cx;
  };
  const routes = back.map((edge) => {
    const [from, to] = [nodes.get(edge.from)!, nodes.get(edge.to)!];
    const sx = port(edge.from, to.x + to.w / 2, 'out');
    const tx = edge.from === edge.to ? sx + 24 : port(edge.to, from.x + from.w / 2, 'in');
    return { edge, sx, tx, lo: Math.min(sx, tx), hi: Math.max(sx, tx), from, to };
  }).sort((a, b) => a.hi - a.lo - (b.hi - b.lo));
  const levels: { lo: number; hi: number; level: number }[] = [];
  return routes.map(({ edge, sx, tx, lo, hi, from, to }) => {
    let level = 0;
    while (levels.some((l) => l.level === level && l.lo < hi + 16 && lo < l.hi + 16)) level++;
    levels.push({ lo, hi, level });
    const span: Box = { x: lo - 4, y: -1e9, w: hi - lo + 8, h: 2e9 };
    const top = Math.min(...obstacles.filter((o) => overlaps(o, span)).map((o) => o.y));
    const arcY = top - 30 - level * LEVEL_HEIGHT;
    const d = toPathData([{ x: sx, y: from.y }, { x: sx, y: arcY }, { x: tx, y: arcY }, { x: tx, y: to.y }]);
    const box = label(edge, Math.max(90, hi - lo - 24), 2);
    return { edge, d, ...(box ? { label: { ...box, x: (lo + hi) / 2 - box.w / 2, y: arcY - box.h / 2 } } : {}) };
  });
}
