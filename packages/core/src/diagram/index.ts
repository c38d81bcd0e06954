/**
 * Drawing a procedure's workflow: Mermaid text for documents, and a standalone SVG drawn by a small
 * layered layout of our own (no browser, no external tool), for the CLI, the elements and the server.
 */
export { toMermaid, escapeMermaid } from './to-mermaid.js';
export { toSvg } from './to-svg.js';
export {
  toFlowGraph,
  type DiagramOptions,
  type FlowEdge,
  type FlowEdgeKind,
  type FlowGraph,
  type FlowGroup,
  type FlowNode,
  type FlowNodeKind,
} from './to-flow-graph.js';
export { diagramLabels, type DiagramLabels, type OutcomeId } from './diagram-labels.js';
export { escapeXml } from './escape-xml.js';
export { measureText, wrapText, type WrapOptions } from './wrap-text.js';
