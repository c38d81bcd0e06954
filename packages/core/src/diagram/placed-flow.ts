/** The shapes of a laid-out flow, shared by the layout and the edge routers. */
import type { Box } from './path-data.js';
import type { SizedNode } from './size-nodes.js';
import type { FlowEdge, FlowGroup } from './to-flow-graph.js';

/** A node with its place: `x`, `y` is the top-left corner. */
export interface PlacedNode extends SizedNode, Box {}

/** An edge label's lines and box. */
export interface EdgeLabel extends Box {
  readonly lines: readonly string[];
}

/** An edge's path data and, for actions, its label. */
export interface PlacedEdge {
  readonly edge: FlowEdge;
  readonly d: string;
  readonly label?: EdgeLabel;
}

/** A parallel group's frame and one lane per branch. */
export interface PlacedGroup {
  readonly group: FlowGroup;
  readonly frame: Box;
  readonly lanes: readonly { readonly id: string; readonly title: string; readonly box: Box }[];
}

/** Everything `toSvg` draws except the heading and the legend, in unshifted coordinates. */
export interface FlowLayout {
  readonly nodes: ReadonlyMap<string, PlacedNode>;
  readonly edges: readonly PlacedEdge[];
  readonly groups: readonly PlacedGroup[];
  readonly bounds: Box;
}
