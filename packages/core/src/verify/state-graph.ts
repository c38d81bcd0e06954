/**
 * The explored state space of a dossier machine as a plain directed graph, and the few graph
 * algorithms the checks need: breadth-first shortest paths (the witnesses), backward reachability
 * (can a final state still be reached?) and the bottom strongly connected components (traps).
 */
import type { SnapshotFrom } from 'xstate';
import type { DossierMachine } from '../compile/index.js';

/** A snapshot of a compiled procedure's machine. */
export type DossierSnapshot = SnapshotFrom<DossierMachine>;

/** One explored state (a vertex: states with the same value, and the same return point when awaiting, are one). */
export interface ExploredState {
  readonly key: string;
  /** `draft`, `submitted`, a step id, a parallel group id, or a built-in state (`awaitingSupplement`, `resultReady`, …). */
  readonly name: string;
  /** Steps open for action here: the reception step while `submitted`, each open branch step of a parallel group. */
  readonly steps: readonly string[];
  /** For `awaitingSupplement` and `awaitingPayment`: the steps the dossier returns to. */
  readonly resumeSteps: readonly string[];
  /** A readable name: `appraisal`, `group[a, b]`, `awaitingSupplement[appraisal]`. */
  readonly label: string;
  /** `returned`, `refused`, `withdrawn` or `stopped`. */
  readonly final: boolean;
  readonly snapshot: DossierSnapshot;
}

/** A transition actually taken (guards passed) that leads to another state. */
export interface StateEdge {
  readonly from: string;
  readonly to: string;
  readonly event: string;
}

/** The reachable state space, as explored from the initial state. */
export interface StateGraph {
  readonly initial: string;
  readonly states: ReadonlyMap<string, ExploredState>;
  readonly edges: readonly StateEdge[];
  readonly outgoing: ReadonlyMap<string, readonly StateEdge[]>;
  /** False when the exploration stopped at its limit: the graph is then only a part of the state space. */
  readonly complete: boolean;
}

/** Which states and edges a walk may use. */
export interface WalkFilter {
  readonly state?: (state: ExploredState) => boolean;
  readonly edge?: (edge: StateEdge) => boolean;
}

/** Shortest paths (fewest events) from one state: how each reached state was first reached. */
export interface PathTree {
  readonly from: string;
  readonly parent: ReadonlyMap<string, { readonly previous: string; readonly event: string } | null>;
}

/** Breadth-first search from `from`, in the order events were explored, so witnesses are stable. */
export function shortestPaths(graph: StateGraph, from: string = graph.initial, filter: WalkFilter = {}): PathTree {
  const parent = new Map<string, { previous: string; event: string } | null>([[from, null]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const key = queue[i]!;
    for (const edge of graph.outgoing.get(key) ?? []) {
      if (parent.has(edge.to) || (filter.edge && !filter.edge(edge))) continue;
      const target = graph.states.get(edge.to)!;
      if (filter.state && !filter.state(target)) continue;
      parent.set(edge.to, { previous: key, event: edge.event });
      queue.push(edge.to);
    }
  }
  return { from, parent };
}

/** The events from the tree's root to `key`, or null when the tree does not reach it. */
export function pathTo(tree: PathTree, key: string): string[] | null {
  if (!tree.parent.has(key)) return null;
  const events: string[] = [];
  for (let step = tree.parent.get(key); step; step = tree.parent.get(step.previous)) events.push(step.event);
  return events.reverse();
}

/** Of the states matching `predicate`, the one the tree reaches in fewest events, with its path. */
export function nearest(graph: StateGraph, tree: PathTree, predicate: (state: ExploredState) => boolean): { state: ExploredState; path: string[] } | null {
  let best: { state: ExploredState; path: string[] } | null = null;
  for (const state of graph.states.values()) {
    if (!predicate(state)) continue;
    const path = pathTo(tree, state.key);
    if (path && (!best || path.length < best.path.length)) best = { state, path };
  }
  return best;
}

/** The states from which some state in `goals` can be reached (the goals included), walking edges backwards. */
export function canReach(graph: StateGraph, goals: Iterable<string>, filter: WalkFilter = {}): Set<string> {
  const incoming = new Map<string, StateEdge[]>();
  for (const edge of graph.edges) {
    if (filter.edge && !filter.edge(edge)) continue;
    const list = incoming.get(edge.to);
    if (list) list.push(edge); else incoming.set(edge.to, [edge]);
  }
  const seen = new Set(goals);
  const queue = [...seen];
  for (let i = 0; i < queue.length; i++) {
    for (const edge of incoming.get(queue[i]!) ?? []) {
      if (!seen.has(edge.from)) { seen.add(edge.from); queue.push(edge.from); }
    }
  }
  return seen;
}

/**
 * The bottom strongly connected components of the subgraph induced by `keys`: groups of states that
 * reach each other and have no edge leaving the group (inside the subgraph). Tarjan's algorithm,
 * iterative so that deep graphs cannot overflow the stack.
 */
export function bottomComponents(graph: StateGraph, keys: ReadonlySet<string>, filter: WalkFilter = {}): string[][] {
  const successors = (key: string) => (graph.outgoing.get(key) ?? [])
    .filter((e) => keys.has(e.to) && e.to !== key && (!filter.edge || filter.edge(e)))
    .map((e) => e.to);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const root of keys) {
    if (index.has(root)) continue;
    const work: { key: string; next: string[] }[] = [];
    const open = (key: string) => {
      index.set(key, counter); low.set(key, counter); counter++;
      stack.push(key); onStack.add(key);
      work.push({ key, next: successors(key) });
    };
    open(root);
    while (work.length) {
      const frame = work[work.length - 1]!;
      const child = frame.next.shift();
      if (child !== undefined) {
        if (!index.has(child)) open(child);
        else if (onStack.has(child)) low.set(frame.key, Math.min(low.get(frame.key)!, index.get(child)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.key, Math.min(low.get(parent.key)!, low.get(frame.key)!));
      if (low.get(frame.key) === index.get(frame.key)) {
        const component: string[] = [];
        let member: string;
        do { member = stack.pop()!; onStack.delete(member); component.push(member); } while (member !== frame.key);
        components.push(component);
      }
    }
  }
  return components.filter((component) => {
    const members = new Set(component);
    return component.every((key) => successors(key).every((to) => members.has(to)));
  });
}
