/**
 * `layoutFlow`: turns the grid of `rankFlow` into coordinates — node boxes, parallel frames and lanes,
 * edge paths and label boxes. Forward edges run left to right between columns; send-backs arc over
 * the top; exits fall to a band of outcomes underneath (`routeExits`).
 */
import type { FlowEdge, FlowGraph, FlowGroup } from './to-flow-graph.js';
import { type Box, type Point, overlaps, separateBoxes, toCurveData } from './path-data.js';
import { type RankedFlow, rankFlow } from './rank-flow.js';
import { routeBackEdges } from './route-back-edges.js';
import { routeExits } from './route-exits.js';
import { type SizedNode, TYPE, sizeNodes } from './size-nodes.js';
import { measureText, wrapText } from './wrap-text.js';
import type { EdgeLabel, FlowLayout, PlacedEdge, PlacedGroup, PlacedNode } from './placed-flow.js';

export type { EdgeLabel, FlowLayout, PlacedEdge, PlacedGroup, PlacedNode } from './placed-flow.js';

const ROW_GAP = 64;
const MIN_GAP = 48;
const LABEL_WIDTH = 150;
const PORT_SPACING = 12;

/** Lays out a flow graph; `markers` maps agency ids to legend markers. */
export function layoutFlow(graph: FlowGraph, markers: ReadonlyMap<string, string>): FlowLayout {
  const ranked = rankFlow(graph);
  const sized = sizeNodes(graph, markers);
  const label = (edge: FlowEdge, maxWidth = LABEL_WIDTH, maxLines = 4): EdgeLabel | undefined => {
    if (edge.label === undefined) return undefined;
    const text = edge.conditional ? `${edge.label} (${graph.labels.words.conditional})` : edge.label;
    const lines = wrapText(text, { fontSize: TYPE.label.size, maxWidth, maxLines, balance: true });
    const w = Math.max(...lines.map((l) => measureText(l, TYPE.label.size))) + 8;
    return { lines, x: 0, y: 0, w, h: lines.length * TYPE.label.line + 4 };
  };
  const labels = new Map(ranked.forward.map(({ edge }) => [edge, label(edge)]));
  const grid = placeGrid(graph, ranked, sized, labels);
  const groups = graph.groups.map((group) => placeGroup(group, grid.nodes));
  const nodes = new Map(grid.nodes);
  const { edges, passages } = routeForward(ranked, grid, groups, labels);
  edges.push(...routeBackEdges(ranked.back, nodes, [...nodes.values(), ...groups.map((g) => g.frame), ...passages], label));
  const exits = routeExits(ranked.exits, ranked.band.map((id) => sized.get(id)!), nodes, [...nodes.values(), ...groups.map((g) => g.frame)], (e) => label(e, 150, 3));
  for (const [id, box] of exits.outcomes) nodes.set(id, box);
  edges.push(...exits.edges);

  const boxes: Box[] = [...nodes.values(), ...groups.map((g) => g.frame), ...edges.flatMap((e) => (e.label ? [e.label] : [])), ...passages];
  const minX = Math.min(...boxes.map((b) => b.x));
  const minY = Math.min(...boxes.map((b) => b.y));
  const maxX = Math.max(...boxes.map((b) => b.x + b.w));
  const maxY = Math.max(...boxes.map((b) => b.y + b.h));
  return { nodes, edges, groups, bounds: { x: minX, y: minY, w: maxX - minX, h: maxY - minY } };
}

/** Node boxes on the grid, and the grid itself. */
interface Grid {
  readonly nodes: ReadonlyMap<string, PlacedNode>;
  readonly colLeft: readonly number[];
  readonly colWidth: readonly number[];
  readonly centreY: (row: number) => number;
}

/**
 * Columns as wide as their widest node, each gap as wide as the labels in it; rows one pitch apart,
 * from the tallest step. A fork or join bar reaches from its first branch to its last.
 */
function placeGrid(graph: FlowGraph, ranked: RankedFlow, sized: ReadonlyMap<string, SizedNode>, labels: ReadonlyMap<FlowEdge, EdgeLabel | undefined>): Grid {
  const colWidth = Array.from({ length: ranked.ranks }, () => 0);
  const gapWidth = Array.from({ length: ranked.ranks }, () => MIN_GAP);
  for (const [id, r] of ranked.rank) colWidth[r] = Math.max(colWidth[r]!, sized.get(id)!.w);
  for (const { edge } of ranked.forward) {
    const r = ranked.rank.get(edge.from)!;
    gapWidth[r] = Math.max(gapWidth[r]!, (labels.get(edge)?.w ?? 0) + 40);
  }
  const colLeft: number[] = [];
  colWidth.forEach((_, r) => colLeft.push(r === 0 ? 0 : colLeft[r - 1]! + colWidth[r - 1]! + gapWidth[r - 1]!));

  const stepHeight = Math.max(40, ...[...sized.values()].map((s) => s.h));
  const pitch = stepHeight + ROW_GAP;
  const centreY = (row: number) => row * pitch;
  const nodes = new Map<string, PlacedNode>();
  for (const [id, r] of ranked.rank) {
    const s = sized.get(id)!;
    const group = graph.groups.find((g) => g.fork === id || g.join === id);
    const h = group ? (group.branches.length - 1) * pitch + stepHeight / 2 : s.h;
    const cy = centreY(ranked.row.get(group ? group.fork : id)!);
    nodes.set(id, { ...s, h, x: colLeft[r]! + (colWidth[r]! - s.w) / 2, y: cy - h / 2, w: s.w });
  }
  return { nodes, colLeft, colWidth, centreY };
}

/** Forward edges: S-curves between columns, level through the columns they cross; labels in the first gap. */
function routeForward(
  ranked: RankedFlow,
  grid: Grid,
  groups: readonly PlacedGroup[],
  labels: ReadonlyMap<FlowEdge, EdgeLabel | undefined>,
): { edges: PlacedEdge[]; passages: Box[] } {
  const { nodes, colLeft, colWidth } = grid;
  const portY = spreadPorts(ranked.forward.map((f) => f.edge), nodes);
  const columns = colWidth.map((w, r): Box => ({ x: colLeft[r]!, y: -1e9, w, h: 2e9 }));
  const heights = waypointHeights(ranked, [...nodes.values()], groups, columns, grid.centreY);
  const edges: PlacedEdge[] = [];
  const passages: Box[] = [];
  for (const { edge, via } of ranked.forward) {
    const [from, to] = [nodes.get(edge.from)!, nodes.get(edge.to)!];
    const ports = portY.get(edge)!;
    const points: Point[] = [{ x: from.x + from.w, y: ports.from }];
    const straight = new Set<number>();
    via.forEach((w, i) => {
      const y = heights.get(edge)![i]!;
      points.push({ x: colLeft[w.rank]!, y }, { x: colLeft[w.rank]! + colWidth[w.rank]!, y });
      straight.add(points.length - 1);
      passages.push({ x: colLeft[w.rank]! - 8, y: y - 8, w: colWidth[w.rank]! + 16, h: 16 });
    });
    points.push({ x: to.x, y: to.node.kind === 'join' ? points[points.length - 1]!.y : ports.to });
    const box = labels.get(edge);
    const [a, b] = [points[0]!, points[1]!];
    edges.push({ edge, d: toCurveData(points, straight), ...(box ? { label: { ...box, x: (a.x + b.x) / 2 - box.w / 2, y: (a.y + b.y) / 2 - box.h / 2 } } : {}) });
  }
  separateBoxes(edges.flatMap((e) => (e.label ? [e.label] : [])));
  return { edges, passages };
}

/** Where each forward edge leaves and enters: ports spread along a side that several edges share. */
function spreadPorts(edges: readonly FlowEdge[], nodes: ReadonlyMap<string, PlacedNode>): Map<FlowEdge, { from: number; to: number }> {
  const result = new Map(edges.map((e) => [e, { from: 0, to: 0 }]));
  const centre = (id: string) => nodes.get(id)!.y + nodes.get(id)!.h / 2;
  for (const side of ['from', 'to'] as const) {
    const other = side === 'from' ? 'to' : 'from';
    for (const id of new Set(edges.map((e) => e[side]))) {
      const node = nodes.get(id)!;
      const mine = edges.filter((e) => e[side] === id).sort((a, b) => centre(a[other]) - centre(b[other]));
      const spacing = Math.min(PORT_SPACING, (node.h * 0.7) / Math.max(1, mine.length - 1));
      mine.forEach((e, i) => {
        // A fork sends each branch out level with it; everything else spreads around its middle.
        result.get(e)![side] = node.node.kind === 'fork' ? centre(e.to) : centre(id) + (i - (mine.length - 1) / 2) * spacing;
      });
    }
  }
  return result;
}

/**
 * The height of each waypoint: a long edge that went up (or down) a row to get past a column runs
 * just clear of that column's boxes rather than a whole row away, and stays level across columns.
 */
function waypointHeights(
  ranked: RankedFlow,
  grid: readonly PlacedNode[],
  groups: readonly PlacedGroup[],
  columns: readonly Box[],
  centreY: (row: number) => number,
): Map<FlowEdge, number[]> {
  const result = new Map<FlowEdge, number[]>();
  for (const { edge, via } of ranked.forward) {
    const sourceRow = ranked.row.get(edge.from)!;
    const ys = via.map((w) => {
      const c = centreY(w.row);
      if (w.row === sourceRow) return c;
      const up = w.row < sourceRow;
      const column = columns[w.rank]!;
      const boxes = [...grid.filter((p) => ranked.rank.get(p.node.id) === w.rank), ...groups.map((g) => g.frame).filter((f) => overlaps(f, column))];
      const near = boxes.filter((b) => (up ? b.y >= c : b.y + b.h <= c));
      const far = boxes.filter((b) => (up ? b.y + b.h <= c : b.y >= c));
      if (near.length === 0) return c;
      const edgeOf = up ? Math.min(...near.map((b) => b.y)) : Math.max(...near.map((b) => b.y + b.h));
      const between = ranked.forward.flatMap((f) => f.via).filter((o) => o.rank === w.rank && (up ? o.row > w.row : o.row < w.row) && centreY(o.row) * (up ? 1 : -1) < edgeOf * (up ? 1 : -1));
      const y = up ? edgeOf - 24 - between.length * 14 : edgeOf + 24 + between.length * 14;
      const clear = far.every((b) => (up ? b.y + b.h + 12 <= y : b.y - 12 >= y));
      return clear ? y : c;
    });
    const level = via.every((w) => w.row < sourceRow) ? Math.min(...ys) : via.every((w) => w.row > sourceRow) ? Math.max(...ys) : undefined;
    result.set(edge, level === undefined ? ys : ys.map(() => level));
  }
  return result;
}

function placeGroup(group: FlowGroup, nodes: ReadonlyMap<string, PlacedNode>): PlacedGroup {
  const fork = nodes.get(group.fork)!;
  const join = nodes.get(group.join)!;
  const lanes = group.branches.map((branch) => {
    const members = branch.nodes.map((id) => nodes.get(id)!);
    const top = Math.min(...members.map((m) => m.y)) - 26;
    const bottom = Math.max(...members.map((m) => m.y + m.h)) + 10;
    return { id: branch.id, title: branch.title, box: { x: fork.x + fork.w + 14, y: top, w: join.x - fork.x - fork.w - 28, h: bottom - top } };
  });
  const captions = Math.max(fork.header.length, join.header.length) * TYPE.caption.line;
  const top = Math.min(...lanes.map((l) => l.box.y), fork.y) - 28;
  const bottom = Math.max(...lanes.map((l) => l.box.y + l.box.h), fork.y + fork.h + captions + 6) + 10;
  return { group, lanes, frame: { x: fork.x - 44, y: top, w: join.x + join.w + 44 - (fork.x - 44), h: bottom - top } };
}
