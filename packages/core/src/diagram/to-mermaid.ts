/**
 * `toMermaid`: a procedure's workflow as a Mermaid flowchart, for Markdown documents, GitHub and
 * GitLab pages and the Mermaid live editor.
 */
import type { Procedure } from '../generated/procedure.types.js';
import { type DiagramOptions, type FlowEdge, type FlowGraph, type FlowNode, toFlowGraph } from './to-flow-graph.js';

/**
 * Escapes text for a double-quoted Mermaid label. Mermaid decodes `#name;` and `#123;` entity codes
 * and renders labels as HTML, so `#` goes first, then the characters HTML or the quoting would read:
 * `"`, `&`, `<`, `>`, and the backtick that would start a Markdown string. Line breaks become spaces.
 *
 * @example escapeMermaid('Giấy "A" <b>') // 'Giấy #quot;A#quot; #lt;b#gt;'
 */
export function escapeMermaid(text: string): string {
  return text
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/&/g, '#amp;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;')
    .replace(/\s*[\r\n]+\s*/g, ' ');
}

/** Node ids use `[a-z0-9-]` (the schema's id pattern) plus `:`; Mermaid ids get `_` for both. */
const mermaidId = (id: string): string => id.replace(/[^A-Za-z0-9]/g, '_');

const OUTCOME_CLASSES: Record<string, string> = {
  'result-ready': 'done', refused: 'refused', stopped: 'refused', 'awaiting-supplement': 'waiting', 'awaiting-payment': 'waiting',
};

function nodeLine(node: FlowNode): string {
  const id = mermaidId(node.id);
  const text = escapeMermaid(node.title);
  switch (node.kind) {
    case 'start': return `${id}(("${text}"))`;
    case 'fork': case 'join': return `${id}{{"${text}"}}`;
    case 'outcome': return `${id}(["${text}"]):::${OUTCOME_CLASSES[node.outcome ?? ''] ?? 'waiting'}`;
    default: {
      const meta = [`${node.kindLabel} · ${node.allowance}`, `${node.role} — ${node.agency}`].map(escapeMermaid);
      return `${id}["${[text, ...meta].join('<br/>')}"]`;
    }
  }
}

function edgeLine(edge: FlowEdge, graph: FlowGraph): string {
  const arrow = edge.kind === 'forward' ? '-->' : '-.->';
  const label = edge.label === undefined ? undefined
    : edge.conditional ? `${edge.label} (${graph.labels.words.conditional})` : edge.label;
  return `${mermaidId(edge.from)} ${arrow}${label === undefined ? '' : `|"${escapeMermaid(label)}"|`} ${mermaidId(edge.to)}`;
}

/**
 * Draws a procedure's workflow as a Mermaid flowchart (left to right): steps as boxes with their kind,
 * allowance, role and agency; actions as labelled arrows, dotted when they send a dossier back or to
 * a built-in outcome (awaiting supplement, refused …); each parallel group as a subgraph holding one
 * subgraph per branch between a fork and a join. Includes `accTitle` and `accDescr` for screen readers.
 *
 * @example
 * const text = toMermaid(procedure, { lang: 'en' });
 * // flowchart LR
 * //   accTitle: Birth registration (1.001193)
 * //   ...
 */
export function toMermaid(procedure: Procedure, options: DiagramOptions = {}): string {
  const graph = toFlowGraph(procedure, options);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const grouped = new Set(graph.groups.flatMap((g) => [g.fork, g.join, ...g.branches.flatMap((b) => b.nodes)]));
  const steps = graph.nodes.filter((n) => n.kind === 'step').length;
  const lines = [
    'flowchart LR',
    `  accTitle: ${escapeMermaid(`${graph.title} (${graph.code} ${graph.version})`)}`,
    `  accDescr: ${escapeMermaid(`${graph.labels.words.deadline}: ${graph.deadline}; ${steps} ${graph.labels.words.steps}.`)}`,
  ];
  for (const node of graph.nodes) if (!grouped.has(node.id)) lines.push(`  ${nodeLine(node)}`);
  for (const group of graph.groups) {
    lines.push(`  subgraph ${mermaidId(`group:${group.id}`)} ["${escapeMermaid(group.title)}"]`, '    direction LR');
    lines.push(`    ${nodeLine(byId.get(group.fork)!)}`);
    for (const branch of group.branches) {
      lines.push(`    subgraph ${mermaidId(`branch:${group.id}:${branch.id}`)} ["${escapeMermaid(branch.title)}"]`);
      for (const id of branch.nodes) lines.push(`      ${nodeLine(byId.get(id)!)}`);
      lines.push('    end');
    }
    lines.push(`    ${nodeLine(byId.get(group.join)!)}`, '  end');
  }
  for (const edge of graph.edges) lines.push(`  ${edgeLine(edge, graph)}`);
  lines.push(
    '  classDef done fill:#e6f4ea,stroke:#1e7b34,color:#0b3d17',
    '  classDef refused fill:#fce8e6,stroke:#b3261e,color:#5c0f0a',
    '  classDef waiting fill:#fff4e0,stroke:#a15c00,color:#4a2a00',
  );
  return `${lines.join('\n')}\n`;
}
