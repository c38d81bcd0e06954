/**
 * `toFlowGraph`: the workflow of a procedure as plain nodes, edges and parallel groups, in one
 * language. Mermaid and SVG are both drawn from it, so the two always show the same flow.
 */
import type { Action, Parallel, Procedure, Step } from '../generated/procedure.types.js';
import type { Locale } from '../types.js';
import { type DiagramLabels, type OutcomeId, diagramLabels, isOutcomeId } from './diagram-labels.js';

/** What a node stands for. */
export type FlowNodeKind = 'start' | 'step' | 'fork' | 'join' | 'outcome';

/** How an edge reads: it moves the dossier on, sends it back, or leaves the flow for an outcome. */
export type FlowEdgeKind = 'forward' | 'back' | 'exit';

/** One box, bar or terminal of the diagram. Ids are unique and use only `[a-z0-9:-]`. */
export interface FlowNode {
  /** `start`, `step:<id>`, `fork:<group>`, `join:<group>` or `outcome:<id>`. */
  readonly id: string;
  readonly kind: FlowNodeKind;
  readonly title: string;
  /** For steps: the kind's name, the role and agency titles and the allowance. */
  readonly stepKind?: Step['kind'];
  readonly kindLabel?: string;
  readonly roleId?: string;
  readonly role?: string;
  readonly agencyId?: string;
  readonly agency?: string;
  readonly allowance?: string;
  /** For outcomes: which built-in state (absent for an unknown target, drawn as an outcome anyway). */
  readonly outcome?: OutcomeId;
  /** The parallel group and branch a step belongs to. */
  readonly group?: string;
  readonly branch?: string;
}

/** An arrow: an officer's action, or the structure around it (filing, fork, join). */
export interface FlowEdge {
  readonly from: string;
  readonly to: string;
  /** The action's title; absent for structural edges. */
  readonly label?: string;
  readonly action?: Action['kind'];
  /** Sends the dossier back (`send-back`), or leaves for an outcome other than `result-ready`. */
  readonly kind: FlowEdgeKind;
  /** The action has a guard, so it is only offered when a condition holds. */
  readonly conditional: boolean;
}

/** A parallel group: its fork, its join and the nodes of each branch, in order. */
export interface FlowGroup {
  readonly id: string;
  readonly title: string;
  readonly fork: string;
  readonly join: string;
  readonly branches: readonly { readonly id: string; readonly title: string; readonly nodes: readonly string[] }[];
}

/** A procedure's workflow ready to be drawn. */
export interface FlowGraph {
  readonly code: string;
  readonly version: string;
  readonly title: string;
  /** The procedure's legal deadline, as words. */
  readonly deadline: string;
  readonly start: string;
  readonly nodes: readonly FlowNode[];
  readonly edges: readonly FlowEdge[];
  readonly groups: readonly FlowGroup[];
  readonly roles: readonly { readonly id: string; readonly title: string; readonly agency?: string }[];
  readonly agencies: readonly { readonly id: string; readonly title: string }[];
  readonly labels: DiagramLabels;
}

/** Options of {@link toFlowGraph}, {@link toMermaid} and {@link toSvg}. */
export interface DiagramOptions {
  /** Language of titles and fixed words (default `vi`). */
  readonly lang?: Locale;
}

/**
 * Turns a procedure's workflow into a flow graph: a start node, one node per step, a fork and a join
 * per parallel group, one node per built-in outcome that an action reaches, and one edge per action.
 * Expects a valid procedure (`validateProcedure`); an unknown target is drawn as an outcome of that
 * name rather than refused, so a diagram of a draft still shows what is there.
 */
export function toFlowGraph(procedure: Procedure, options: DiagramOptions = {}): FlowGraph {
  const lang = options.lang ?? 'vi';
  const labels = diagramLabels(lang);
  const roles = new Map(procedure.roles.map((r) => [r.id, r]));
  const agencies = new Map(procedure.agencies.map((a) => [a.id, a]));
  const groupIds = new Set(procedure.workflow.steps.filter((s): s is Parallel => s.kind === 'parallel').map((s) => s.id));
  const nodes = new Map<string, FlowNode>();
  const edges: FlowEdge[] = [];
  const groups: FlowGroup[] = [];

  const stepNode = (step: Step, group?: string, branch?: string): FlowNode => {
    const node: FlowNode = {
      id: `step:${step.id}`, kind: 'step', title: step.title[lang], stepKind: step.kind, kindLabel: labels.stepKind(step.kind),
      roleId: step.role, role: roles.get(step.role)?.title[lang] ?? step.role,
      agencyId: step.agency, agency: agencies.get(step.agency)?.title[lang] ?? step.agency,
      allowance: labels.term(step.allowance), ...(group ? { group, branch } : {}),
    };
    nodes.set(node.id, node);
    return node;
  };
  /** Where a target id leads: a step, a group's fork, the enclosing group's join, or an outcome. */
  const resolve = (target: string, group?: string): string => {
    if (target === 'join' && group) return `join:${group}`;
    if (groupIds.has(target)) return `fork:${target}`;
    if (!isOutcomeId(target) && nodes.has(`step:${target}`)) return `step:${target}`;
    const id = `outcome:${target}`;
    if (!nodes.has(id)) nodes.set(id, { id, kind: 'outcome', title: labels.outcome(target) ?? target, ...(isOutcomeId(target) ? { outcome: target } : {}) });
    return id;
  };

  nodes.set('start', { id: 'start', kind: 'start', title: labels.words.start });
  for (const item of procedure.workflow.steps) {
    if (item.kind !== 'parallel') {
      stepNode(item);
      continue;
    }
    const fork = `fork:${item.id}`;
    const join = `join:${item.id}`;
    nodes.set(fork, { id: fork, kind: 'fork', title: labels.words.fork, group: item.id });
    const branches = item.branches.map((b) => ({ id: b.id, title: b.title[lang], nodes: b.steps.map((s) => stepNode(s, item.id, b.id).id) }));
    nodes.set(join, { id: join, kind: 'join', title: labels.words.join, group: item.id });
    groups.push({ id: item.id, title: item.title[lang], fork, join, branches });
  }

  // Edges in reading order: filing, then each step's actions, a group's fork edges before its branches.
  const structural = (from: string, to: string): FlowEdge =>
    ({ from, to, kind: to.startsWith('outcome:') && to !== 'outcome:result-ready' ? 'exit' : 'forward', conditional: false });
  const addActions = (step: Step, group?: string) => {
    for (const action of step.actions) {
      const to = resolve(action.target, group);
      const exit = to.startsWith('outcome:') && to !== 'outcome:result-ready';
      edges.push({
        from: `step:${step.id}`, to, label: action.title[lang], action: action.kind,
        kind: exit ? 'exit' : action.kind === 'send-back' ? 'back' : 'forward', conditional: action.guard !== undefined,
      });
    }
  };
  edges.push(structural('start', resolve(procedure.workflow.start)));
  for (const item of procedure.workflow.steps) {
    if (item.kind !== 'parallel') {
      addActions(item);
      continue;
    }
    for (const b of item.branches) edges.push(structural(`fork:${item.id}`, resolve(b.start, item.id)));
    for (const b of item.branches) for (const s of b.steps) addActions(s, item.id);
    edges.push(structural(`join:${item.id}`, resolve(item.next)));
  }

  return {
    code: procedure.code, version: procedure.version, title: procedure.title[lang], deadline: labels.term(procedure.deadline.term),
    start: 'start', nodes: orderNodes([...nodes.values()]), edges, groups, labels,
    roles: procedure.roles.map((r) => ({ id: r.id, title: r.title[lang], ...(r.agency ? { agency: r.agency } : {}) })),
    agencies: procedure.agencies.map((a) => ({ id: a.id, title: a.title[lang] })),
  };
}

/** Start first, then steps and groups in declaration order, outcomes last (result-ready at the end). */
function orderNodes(nodes: FlowNode[]): FlowNode[] {
  const weight = (n: FlowNode) => (n.kind === 'outcome' ? (n.outcome === 'result-ready' ? 2 : 1) : 0);
  return nodes.map((n, i) => ({ n, i })).sort((a, b) => weight(a.n) - weight(b.n) || a.i - b.i).map(({ n }) => n);
}
