/**
 * `checkApproval`: when a procedure has approval (or signing) steps, no dossier gets a result without
 * passing one — computed on the explored graph with every state where such a step is open removed.
 */
import { listSteps, type CompiledProcedure } from '../compile/index.js';
import { createFinding } from './create-finding.js';
import { pathTo, shortestPaths, type StateGraph } from './state-graph.js';
import type { Finding } from './types.js';

const APPROVING_KINDS: ReadonlySet<string> = new Set(['approval', 'signing']);

/** Reports the shortest path to `resultReady` that passes no approval or signing step. */
export function checkApproval(compiled: CompiledProcedure, graph: StateGraph): Finding[] {
  const approving = new Set(listSteps(compiled.procedure).filter((s) => APPROVING_KINDS.has(s.kind)).map((s) => s.id));
  if (approving.size === 0) return [];
  const tree = shortestPaths(graph, graph.initial, { state: (s) => !s.steps.some((step) => approving.has(step)) });
  let witness: string[] | null = null;
  for (const state of graph.states.values()) {
    if (state.name !== 'resultReady') continue;
    const path = pathTo(tree, state.key);
    if (path && (!witness || path.length < witness.length)) witness = path;
  }
  if (!witness) return [];
  const steps = [...approving].map((s) => `"${s}"`).join(', ');
  return [createFinding('verify.result-without-approval', 'error', {
    vi: `Hồ sơ có thể tới "resultReady" mà không qua bước phê duyệt hay ký nào (${steps}).`,
    en: `A dossier can reach "resultReady" without passing any approval or signing step (${steps}).`,
  }, witness, { states: ['resultReady'] })];
}
