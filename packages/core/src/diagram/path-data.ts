/**
 * `toPathData`: SVG path data for the two kinds of line a flow diagram draws — smooth S-curves between
 * columns, and orthogonal routes with rounded corners (send-back arcs, exits to outcomes).
 */
import { formatNumber as n } from './escape-xml.js';

/** A point in diagram coordinates. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** An axis-aligned rectangle, from its top-left corner. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/**
 * Path data through `points`, which alternate between gaps and columns: a pair that crosses a gap
 * becomes an S-curve leaving and arriving horizontally, a pair inside a column (a waypoint) a line.
 */
export function toCurveData(points: readonly Point[], straight: ReadonlySet<number> = new Set()): string {
  let d = `M${n(points[0]!.x)} ${n(points[0]!.y)}`;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (straight.has(i) || Math.abs(a.y - b.y) < 0.5) d += ` L${n(b.x)} ${n(b.y)}`;
    else {
      const mid = (a.x + b.x) / 2;
      d += ` C${n(mid)} ${n(a.y)} ${n(mid)} ${n(b.y)} ${n(b.x)} ${n(b.y)}`;
    }
  }
  return d;
}

/**
 * Path data for an orthogonal route through `points` (each leg horizontal or vertical), its corners
 * rounded with `radius` (less where a leg is too short).
 */
export function toPathData(points: readonly Point[], radius = 10): string {
  let d = `M${n(points[0]!.x)} ${n(points[0]!.y)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const [a, b, c] = [points[i - 1]!, points[i]!, points[i + 1]!];
    const r = Math.min(radius, Math.hypot(b.x - a.x, b.y - a.y) / 2, Math.hypot(c.x - b.x, c.y - b.y) / 2);
    const towards = (p: Point, q: Point, len: number) => {
      const dist = Math.hypot(q.x - p.x, q.y - p.y) || 1;
      return { x: p.x + ((q.x - p.x) / dist) * len, y: p.y + ((q.y - p.y) / dist) * len };
    };
    const start = towards(b, a, r);
    const end = towards(b, c, r);
    d += ` L${n(start.x)} ${n(start.y)} Q${n(b.x)} ${n(b.y)} ${n(end.x)} ${n(end.y)}`;
  }
  const last = points[points.length - 1]!;
  return `${d} L${n(last.x)} ${n(last.y)}`;
}

/** Whether two boxes overlap, with `margin` of clearance. */
export function overlaps(a: Box, b: Box, margin = 0): boolean {
  return a.x < b.x + b.w + margin && b.x < a.x + a.w + margin && a.y < b.y + b.h + margin && b.y < a.y + a.h + margin;
}

/**
 * Moves overlapping boxes apart, downwards, in reading order (top to bottom, then left to right).
 * Boxes are changed in place: this is for labels a layout has just made.
 */
export function separateBoxes(boxes: readonly Box[]): void {
  const list = [...boxes] as { x: number; y: number; w: number; h: number }[];
  list.sort((a, b) => a.y - b.y || a.x - b.x);
  for (let i = 1; i < list.length; i++) {
    for (let j = 0; j < i; j++) {
      if (overlaps(list[i]!, list[j]!, 2)) list[i]!.y = list[j]!.y + list[j]!.h + 3;
    }
  }
}
