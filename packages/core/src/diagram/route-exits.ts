/**
 * `routeExits`: the band of outcomes under a flow (awaiting supplement, refused …) and the lines that
 * fall to it. Each line leaves the bottom of its step, runs down to a track of its own under the
 * drawing, along it, and down into its outcome; a step with another node under it (the upper lane of a
 * parallel group) first steps aside into the gap next to it, so no line crosses a box.
 */
import type { FlowEdge } from './to-flow-graph.js';
import type { EdgeLabel, PlacedEdge, PlacedNode } from './placed-flow.js';
import { type Box, separateBoxes, toPathData } from './path-data.js';
import type { SizedNode } from './size-nodes.js';

const TRACK_GAP = 12;
const OUTCOME_GAP = 32;

/** What {@link routeExits} adds to a layout. */
export interface RoutedExits {
  readonly edges: readonly PlacedEdge[];
  readonly outcomes: ReadonlyMap<string, PlacedNode>;
}

/** Where an exit leaves its box (`px`), and the gap it steps aside into (`gx`) when a box is under it. */
interface Drop {
  readonly px: number;
  readonly gx?: number;
  /** Which side of the line its label goes. */
  readonly side: 1 | -1;
}

const centre = (b: Box) => b.x + b.w / 2;
const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
const legX = (d: Drop) => d.gx ?? d.px;

/** Places the band's outcomes under `obstacles` and routes `exits` to them. */
export function routeExits(
  exits: readonly FlowEdge[],
  band: readonly SizedNode[],
  nodes: ReadonlyMap<string, PlacedNode>,
  obstacles: readonly Box[],
  label: (edge: FlowEdge) => EdgeLabel | undefined,
): RoutedExits {
  if (exits.length === 0) return { edges: [], outcomes: new Map() };
  const floor = Math.max(...obstacles.map((o) => o.y + o.h));
  const { order, drops } = assignDrops(exits, band, nodes);
  const outcomes = placeOutcomes(order, exits, drops);

  // Labels beside the first vertical leg, under the box (or under everything when it stepped aside).
  const labels = new Map<FlowEdge, EdgeLabel>();
  for (const edge of exits) {
    const box = label(edge);
    if (!box) continue;
    const d = drops.get(edge)!;
    const src = nodes.get(edge.from)!;
    labels.set(edge, { ...box, x: d.side > 0 ? legX(d) + 6 : legX(d) - 6 - box.w, y: d.gx === undefined ? src.y + src.h + 6 : floor + 6 });
  }
  separateBoxes([...labels.values()]);
  const top = Math.max(floor + 20, ...[...labels.values()].map((l) => l.y + l.h + 12));
  const { entry, trackOf, count } = assignTracks(exits, drops, outcomes);
  const outcomeY = top + count * TRACK_GAP + 14;
  for (const [id, out] of outcomes) outcomes.set(id, { ...out, y: outcomeY });

  const edges = exits.map((edge): PlacedEdge => {
    const d = drops.get(edge)!;
    const src = nodes.get(edge.from)!;
    const bottom = src.node.kind === 'step' ? src.y + src.h : src.y + src.h / 2;
    const ty = top + trackOf.get(edge)! * TRACK_GAP;
    const ox = entry.get(edge)!;
    const aside = d.gx === undefined ? [] : [{ x: d.px, y: bottom + 14 }, { x: d.gx, y: bottom + 14 }];
    const points = [{ x: d.px, y: bottom }, ...aside, { x: legX(d), y: ty }, { x: ox, y: ty }, { x: ox, y: outcomeY }];
    const l = labels.get(edge);
    return { edge, d: toPathData(points, 8), ...(l ? { label: l } : {}) };
  });
  return { edges, outcomes };
}

/**
 * Orders outcomes by where their sources stand, then spreads each box's exits along its bottom in
 * that order. An exit with a box under it (the upper lane of a group) steps aside into the gap.
 */
function assignDrops(exits: readonly FlowEdge[], band: readonly SizedNode[], nodes: ReadonlyMap<string, PlacedNode>) {
  const guess = new Map(band.map((o) => [o.node.id, mean(exits.filter((e) => e.to === o.node.id).map((e) => centre(nodes.get(e.from)!)))]));
  const order = [...band].sort((a, b) => guess.get(a.node.id)! - guess.get(b.node.id)!);
  const rankOf = new Map(order.map((o, i) => [o.node.id, i]));
  const drops = new Map<FlowEdge, Drop>();
  for (const id of new Set(exits.map((e) => e.from))) {
    const src = nodes.get(id)!;
    const mine = exits.filter((e) => e.from === id).sort((a, b) => rankOf.get(a.to)! - rankOf.get(b.to)!);
    mine.forEach((edge, i) => {
      const px = src.node.kind === 'step' ? src.x + (src.w * (i + 1)) / (mine.length + 1) : centre(src);
      const blocked = [...nodes.values()].some((n) => n !== src && n.node.kind === 'step' && n.y > src.y + src.h && n.x < px + 2 && px - 2 < n.x + n.w);
      const side = i === mine.length - 1 ? 1 : -1;
      drops.set(edge, blocked ? { px, gx: side > 0 ? src.x + src.w + 14 + i * 8 : src.x - 14 - i * 8, side } : { px, side });
    });
  }
  return { order, drops };
}

/** Outcomes left to right, each under the mean of its lines, never overlapping. */
function placeOutcomes(order: readonly SizedNode[], exits: readonly FlowEdge[], drops: ReadonlyMap<FlowEdge, Drop>): Map<string, PlacedNode> {
  const outcomes = new Map<string, PlacedNode>();
  let right = -Infinity;
  for (const o of order) {
    const x = Math.max(mean(exits.filter((e) => e.to === o.node.id).map((e) => legX(drops.get(e)!))) - o.w / 2, right + OUTCOME_GAP);
    outcomes.set(o.node.id, { ...o, x, y: 0 });
    right = x + o.w;
  }
  return outcomes;
}

/** Entry ports along each outcome's top, then a track of its own for each line whose horizontal leg would overlap another. */
function assignTracks(exits: readonly FlowEdge[], drops: ReadonlyMap<FlowEdge, Drop>, outcomes: ReadonlyMap<string, PlacedNode>) {
  const byLeg = (a: FlowEdge, b: FlowEdge) => legX(drops.get(a)!) - legX(drops.get(b)!);
  const entry = new Map<FlowEdge, number>();
  for (const [id, out] of outcomes) {
    const mine = exits.filter((e) => e.to === id).sort(byLeg);
    mine.forEach((e, j) => entry.set(e, out.x + (out.w * (j + 1)) / (mine.length + 1)));
  }
  const taken: { lo: number; hi: number; track: number }[] = [];
  const trackOf = new Map<FlowEdge, number>();
  for (const edge of [...exits].sort(byLeg)) {
    const x = legX(drops.get(edge)!);
    const [lo, hi] = [Math.min(x, entry.get(edge)!), Math.max(x, entry.get(edge)!)];
    let track = 0;
    while (taken.some((t) => t.track === track && t.lo < hi + 8 && lo < t.hi + 8)) track++;
    taken.push({ lo, hi, track });
    trackOf.set(edge, track);
  }
  return { entry, trackOf, count: Math.max(0, ...trackOf.values()) + 1 };
}
