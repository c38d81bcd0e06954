/**
 * `rankFlow`: the grid a flow is drawn on — a column (rank) and a row for every node.
 *
 * A small layered layout in the manner of Sugiyama, simplified for procedures, which are mostly a
 * chain with detours, send-backs and parallel groups:
 * 1. send-back actions, and any other edge that closes a cycle, are set aside as back edges (drawn as
 *    arcs over the top); exits to outcomes other than `result-ready` are set aside too (drawn to a
 *    band of outcomes underneath);
 * 2. the rest is acyclic: each node's column is its longest path from the start, and `result-ready`
 *    takes the last column;
 * 3. an edge that skips columns gets a waypoint in each column it crosses;
 * 4. rows go left to right: a node takes its predecessor's row, a parallel branch its own lane
 *    around the fork's row, and a clash moves the later comer up, then down. Nodes outside a parallel
 *    group keep out of its block of lanes, so the frames drawn around groups never cover them.
 */
import type { FlowEdge, FlowGraph } from './to-flow-graph.js';

/** A waypoint of an edge that crosses a column without a node of its own. */
export interface Waypoint {
  readonly rank: number;
  readonly row: number;
}

/** Columns, rows and edge classes of a flow graph. */
export interface RankedFlow {
  /** Column of every node drawn in the grid (all but the band's outcomes). */
  readonly rank: ReadonlyMap<string, number>;
  /** Row of every node drawn in the grid; lanes of a parallel group may sit on half rows. */
  readonly row: ReadonlyMap<string, number>;
  readonly ranks: number;
  /** Edges drawn left to right, with a waypoint for each column they cross. */
  readonly forward: readonly { readonly edge: FlowEdge; readonly via: readonly Waypoint[] }[];
  readonly back: readonly FlowEdge[];
  readonly exits: readonly FlowEdge[];
  /** Outcomes drawn in the band underneath, in graph order. */
  readonly band: readonly string[];
}

/** Assigns columns and rows; see the module comment for the method. */
export function rankFlow(graph: FlowGraph): RankedFlow {
  const inGrid = (id: string) => !id.startsWith('outcome:') || id === 'outcome:result-ready';
  const gridIds = graph.nodes.map((n) => n.id).filter(inGrid);
  const band = graph.nodes.map((n) => n.id).filter((id) => !inGrid(id));
  const exits = graph.edges.filter((e) => !inGrid(e.to));
  const candidates = graph.edges.filter((e) => inGrid(e.to) && e.kind !== 'back');
  const back = [...graph.edges.filter((e) => inGrid(e.to) && e.kind === 'back'), ...closingEdges(gridIds, candidates)];
  const forward = candidates.filter((e) => !back.includes(e));

  const rank = longestPaths(gridIds, forward);
  const last = Math.max(0, ...[...rank].filter(([id]) => id !== 'outcome:result-ready').map(([, r]) => r)) + 1;
  if (rank.has('outcome:result-ready')) rank.set('outcome:result-ready', last);
  const ranks = Math.max(...rank.values()) + 1;

  const { row, via } = assignRows(graph, gridIds, rank, ranks, forward);
  return { rank, row, ranks, forward: forward.map((edge) => ({ edge, via: via.get(edge)! })), back, exits, band };
}

/**
 * Free places in the grid: a node or waypoint takes one row's height in its column; a parallel group
 * blocks its lanes (and a margin for its frame) in every column from fork to join for everyone else.
 */
function createSlots() {
  const taken: { rank: number; top: number; bottom: number }[] = [];
  const blocks: { group: string; from: number; to: number; top: number; bottom: number }[] = [];
  const fits = (r: number, at: number, group: string | undefined) =>
    !taken.some((t) => t.rank === r && at + 0.5 > t.top && at - 0.5 < t.bottom) &&
    !blocks.some((b) => b.group !== group && r >= b.from && r <= b.to && at + 0.5 > b.top && at - 0.5 < b.bottom);
  return {
    /** The free row nearest `wanted` in column `r`, trying one up before one down. */
    place(r: number, wanted: number, group: string | undefined): number {
      for (let step = 0; ; step++) {
        for (const at of step === 0 ? [wanted] : [wanted - step, wanted + step]) {
          if (!fits(r, at, group)) continue;
          taken.push({ rank: r, top: at - 0.5, bottom: at + 0.5 });
          return at;
        }
      }
    },
    block(group: string, from: number, to: number, top: number, bottom: number): void {
      blocks.push({ group, from, to, top: top - 0.9, bottom: bottom + 0.9 });
    },
  };
}

/** Rows, column by column: see step 4 of the module comment. */
function assignRows(graph: FlowGraph, ids: readonly string[], rank: ReadonlyMap<string, number>, ranks: number, forward: readonly FlowEdge[]) {
  const row = new Map<string, number>();
  const via = new Map<FlowEdge, Waypoint[]>(forward.map((e) => [e, []]));
  const groupOf = new Map(graph.nodes.filter((n) => n.group).map((n) => [n.id, n.group!]));
  const laneRow = new Map<string, number>();
  const slots = createSlots();
  for (let r = 0; r < ranks; r++) {
    for (const id of ids.filter((n) => rank.get(n) === r)) {
      const group = groupOf.get(id);
      const incoming = forward.filter((e) => e.to === id);
      // Follow the predecessor one column back, not a long edge's waypoint, so a detour does not pull
      // the step it rejoins off its row.
      const from = incoming.find((e) => rank.get(e.from) === r - 1 && !e.from.startsWith('fork:')) ?? incoming[0];
      let wanted = from ? (laneRow.get(`${from.from}>${id}`) ?? rowAt(from, r, row, via)) : 0;
      if (id.startsWith('join:')) wanted = row.get(`fork:${group}`) ?? wanted;
      const at = slots.place(r, wanted, group);
      row.set(id, at);
      const g = id.startsWith('fork:') ? graph.groups.find((x) => x.fork === id) : undefined;
      if (!g) continue;
      const half = (g.branches.length - 1) / 2;
      g.branches.forEach((b, i) => laneRow.set(`${id}>${b.nodes[0]}`, at - half + i));
      slots.block(g.id, r, rank.get(g.join) ?? r, at - half, at + half);
    }
    for (const edge of forward) {
      if (r <= rank.get(edge.from)! || r >= rank.get(edge.to)!) continue;
      const inside = groupOf.get(edge.from) === groupOf.get(edge.to) ? groupOf.get(edge.from) : undefined;
      via.get(edge)!.push({ rank: r, row: slots.place(r, rowAt(edge, r, row, via), inside) });
    }
  }
  return { row, via };
}

/** The row an edge arrives at in column `r`: its last waypoint's, or its source's. */
function rowAt(edge: FlowEdge, r: number, row: ReadonlyMap<string, number>, via: ReadonlyMap<FlowEdge, Waypoint[]>): number {
  const points = via.get(edge)!.filter((w) => w.rank < r);
  return points.length > 0 ? points[points.length - 1]!.row : (row.get(edge.from) ?? 0);
}

/** Edges that close a cycle, found by depth-first search from each node in order. */
function closingEdges(ids: readonly string[], edges: readonly FlowEdge[]): FlowEdge[] {
  const state = new Map<string, 'open' | 'done'>();
  const closing: FlowEdge[] = [];
  const visit = (id: string): void => {
    state.set(id, 'open');
    for (const e of edges.filter((x) => x.from === id)) {
      if (state.get(e.to) === 'open') closing.push(e);
      else if (!state.has(e.to)) visit(e.to);
    }
    state.set(id, 'done');
  };
  for (const id of ids) if (!state.has(id)) visit(id);
  return closing;
}

/** Longest path from any source, over an acyclic edge set. */
function longestPaths(ids: readonly string[], edges: readonly FlowEdge[]): Map<string, number> {
  const rank = new Map(ids.map((id) => [id, 0]));
  const indegree = new Map(ids.map((id) => [id, edges.filter((e) => e.to === id).length]));
  const queue = ids.filter((id) => indegree.get(id) === 0);
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const e of edges.filter((x) => x.from === id)) {
      rank.set(e.to, Math.max(rank.get(e.to)!, rank.get(id)! + 1));
      indegree.set(e.to, indegree.get(e.to)! - 1);
      if (indegree.get(e.to) === 0) queue.push(e.to);
    }
  }
  return rank;
}
