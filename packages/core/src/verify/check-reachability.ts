/**
 * `checkReachability`: every state the procedure can use is reached by some path — each step, each
 * parallel group, and each built-in state its actions name — and some step can ask for a supplement.
 */
import { listSteps, type CompiledProcedure } from '../compile/index.js';
import type { Parallel } from '../generated/procedure.types.js';
import { createFinding } from './create-finding.js';
import { nearest, type ExploredState, type PathTree, type StateGraph } from './state-graph.js';
import type { Finding } from './types.js';

/** Action targets that are built-in states, by state name. */
const BUILT_IN_STATES: Readonly<Record<string, string>> = {
  'awaiting-supplement': 'awaitingSupplement',
  'awaiting-payment': 'awaitingPayment',
  'result-ready': 'resultReady',
  refused: 'refused',
  stopped: 'stopped',
};

/** A place of the workflow: a step, a parallel group or a built-in state, and what leads to it. */
interface Place {
  readonly id: string;
  readonly kind: 'step' | 'group' | 'state';
  /** Places with a transition to this one, each with the events of that transition (empty: not an event). */
  readonly from: Map<string, string[]>;
}

function listPlaces(compiled: CompiledProcedure): Map<string, Place> {
  const { procedure } = compiled;
  const places = new Map<string, Place>();
  const add = (id: string, kind: Place['kind']) => places.get(id) ?? places.set(id, { id, kind, from: new Map() }).get(id)!;
  const link = (from: string, to: string, event?: string) => {
    const place = places.get(to);
    if (!place) return;
    const events = place.from.get(from) ?? [];
    if (event) events.push(event);
    place.from.set(from, events);
  };
  for (const id of ['draft', 'submitted']) add(id, 'state');
  const groups = procedure.workflow.steps.filter((n): n is Parallel => n.kind === 'parallel');
  for (const step of listSteps(procedure)) add(step.id, 'step');
  for (const group of groups) add(group.id, 'group');
  // Built-in states the procedure uses: those its actions name, and those every dossier has.
  for (const e of compiled.events) if (e.step !== undefined && BUILT_IN_STATES[e.target]) add(BUILT_IN_STATES[e.target]!, 'state');
  for (const id of ['resultReady', 'returned', 'withdrawn']) add(id, 'state');

  link('draft', 'submitted', 'SUBMIT');
  link('resultReady', 'returned', 'HANDOVER');
  link('submitted', 'withdrawn', 'WITHDRAW');
  for (const e of compiled.events) if (e.step !== undefined) link(e.step, BUILT_IN_STATES[e.target] ?? e.target, e.type);
  for (const group of groups) {
    for (const branch of group.branches) link(group.id, branch.start);
    link(group.id, BUILT_IN_STATES[group.next] ?? group.next);
  }
  return places;
}

function isAt(state: ExploredState, place: Place): boolean {
  return place.kind === 'step' ? state.steps.includes(place.id) : state.name === place.id;
}

const NOUN = { step: ['Bước', 'Step'], group: ['Nhóm song song', 'Parallel group'], state: ['Trạng thái', 'State'] } as const;

function unreachable(graph: StateGraph, tree: PathTree, place: Place, places: Map<string, Place>): Finding {
  const [vi, en] = NOUN[place.kind];
  let best: { from: Place; events: string[]; path: string[] } | null = null;
  for (const [id, events] of place.from) {
    const from = places.get(id);
    const reached = from && nearest(graph, tree, (s) => isAt(s, from));
    if (from && reached && (!best || reached.path.length < best.path.length)) best = { from, events, path: reached.path };
  }
  if (!best) {
    const why = place.from.size === 0
      ? { vi: 'không thao tác nào dẫn tới đó', en: 'no action leads there' }
      : { vi: `những nơi dẫn tới đó (${[...place.from.keys()].join(', ')}) cũng không tới được`, en: `what leads there (${[...place.from.keys()].join(', ')}) is unreachable too` };
    return createFinding('verify.unreachable-state', 'error', {
      vi: `${vi} "${place.id}" không bao giờ tới được: ${why.vi}.`,
      en: `${en} "${place.id}" is never reached: ${why.en}.`,
    }, [], { states: [place.id], noPath: true });
  }
  const via = best.events.length ? best.events.join(', ') : null;
  return createFinding('verify.unreachable-state', 'error', {
    vi: `${vi} "${place.id}" không bao giờ tới được. Nơi gần nhất dẫn tới nó và tới được là "${best.from.id}", nhưng ${via ? `thao tác ${via} không bao giờ thực hiện được (điều kiện luôn sai hoặc thiếu vai trò)` : 'chuyển tiếp từ đó không bao giờ xảy ra'}.`,
    en: `${en} "${place.id}" is never reached. Its nearest reachable predecessor is "${best.from.id}", but ${via ? `its action ${via} can never be taken (a condition that never holds, or no role to take it)` : 'the transition from it never happens'}.`,
  }, best.path, { states: [place.id] });
}

/** Reports unreachable steps, groups and built-in states, and a workflow with no supplement request. */
export function checkReachability(compiled: CompiledProcedure, graph: StateGraph, tree: PathTree): Finding[] {
  const places = listPlaces(compiled);
  const findings: Finding[] = [];
  const states = [...graph.states.values()];
  for (const place of places.values()) {
    if (!states.some((s) => isAt(s, place))) findings.push(unreachable(graph, tree, place, places));
  }
  if (!states.some((s) => s.name === 'awaitingSupplement')) {
    // Decree 61/2018 Art. 15(3): an incomplete dossier gets one request listing everything missing;
    // Art. 19(4): the term counts again from the complete dossier. A workflow needs a step that can ask.
    findings.push(createFinding('verify.no-supplement-path', 'warning', {
      vi: 'Không bước nào có thể yêu cầu bổ sung hồ sơ (Nghị định 61/2018 Điều 15 khoản 3, Điều 19 khoản 4): hồ sơ thiếu chỉ có thể bị từ chối. Thêm thao tác "request-supplement" (đích "awaiting-supplement"), ít nhất ở bước tiếp nhận.',
      en: 'No step can request a supplement (Decree 61/2018 Art. 15(3), 19(4)): an incomplete dossier can only be refused. Add a "request-supplement" action (target "awaiting-supplement"), at least at reception.',
    }, [], { noPath: true }));
  }
  return findings;
}
