/**
 * `buildMachineConfig`: the state tree of a procedure, as plain data (guards and actions by name, with
 * JSON params), ready for `setup(...).createMachine(...)`.
 *
 * ```
 * draft ─SUBMIT→ active ┬ submitted (1) ─reception action→ steps (2, then 4) … ─→ resultReady (9) ─HANDOVER→ returned (10)
 *                       ├ <step> … and <parallel group> (regions = branches, each ending in `branchDone`; onDone → next)
 *                       └ resume (deep history)
 *        active ─request-supplement→ awaitingSupplement (5) ─SUPPLEMENT→ active.resume (back to the step that asked)
 *        active ─request-payment→ awaitingPayment (6) ─PAY→ active.resume
 *        active | awaiting* ─WITHDRAW→ withdrawn (7);  actions → refused (3 / 10), stopped (8)
 * ```
 * Deep history restores every region of a parallel group, and XState persists it in
 * `getPersistedSnapshot().historyValue`, so a return survives a snapshot round-trip.
 */
import type { Parallel, Procedure, Step } from '../generated/procedure.types.js';
import type { EffectName } from './apply-effect.js';
import type { ProcedureRules } from './procedure-rules.js';
import type { StatusCode } from './types.js';

/** The machine's id; state ids are `dossier.<path>`. */
export const MACHINE_ID = 'dossier';
/** The final state every branch of a parallel group ends in (a name no step id can take). */
export const BRANCH_DONE = 'branchDone';
/** The deep history state inside `active` that supplements and payments return through. */
export const RESUME = 'resume';

/** The one action of a transition: its effects, applied in order by a single `assign` (one snapshot copy). */
export interface ApplyAction {
  readonly type: 'apply';
  readonly params: { readonly effects: readonly EffectName[] };
}

/** A transition as data. */
export interface TransitionData {
  readonly target?: string;
  readonly guard: { readonly type: 'allowed'; readonly params: { readonly event: string } };
  readonly actions: readonly [ApplyAction];
}

/** A state node as data. */
export interface StateNodeData {
  readonly id?: string;
  readonly type?: 'parallel' | 'final' | 'history';
  readonly history?: 'deep';
  readonly initial?: string;
  readonly meta?: { readonly status: StatusCode | null; readonly step?: string };
  readonly tags?: readonly string[];
  readonly on?: Readonly<Record<string, TransitionData>>;
  readonly states?: Readonly<Record<string, StateNodeData>>;
  readonly onDone?: { readonly target: string };
  readonly entry?: readonly [ApplyAction];
}

const BUILT_IN_TARGET: Readonly<Record<string, string>> = {
  'awaiting-supplement': `#${MACHINE_ID}.awaitingSupplement`,
  'awaiting-payment': `#${MACHINE_ID}.awaitingPayment`,
  'result-ready': `#${MACHINE_ID}.resultReady`,
  refused: `#${MACHINE_ID}.refused`,
  stopped: `#${MACHINE_ID}.stopped`,
};

const TARGET_EFFECTS: Readonly<Record<string, readonly EffectName[]>> = {
  'awaiting-supplement': ['record', 'requestSupplement'],
  'awaiting-payment': ['record', 'requestPayment'],
  'result-ready': ['record'],
  refused: ['record'],
  stopped: ['record'],
};

function allowed(event: string): TransitionData['guard'] {
  return { type: 'allowed', params: { event } };
}

function apply(...effects: EffectName[]): TransitionData['actions'] {
  return [{ type: 'apply', params: { effects } }];
}

/** The absolute id of a step state: top-level, or inside its branch. */
function stepPaths(procedure: Procedure): Map<string, string> {
  const paths = new Map<string, string>();
  for (const node of procedure.workflow.steps) {
    if (node.kind !== 'parallel') { paths.set(node.id, `${MACHINE_ID}.active.${node.id}`); continue; }
    paths.set(node.id, `${MACHINE_ID}.active.${node.id}`);
    for (const branch of (node as Parallel).branches) {
      paths.set(`${node.id}/${branch.id}`, `${MACHINE_ID}.active.${node.id}.${branch.id}`);
      for (const step of branch.steps) paths.set(step.id, `${MACHINE_ID}.active.${node.id}.${branch.id}.${step.id}`);
    }
  }
  return paths;
}

function actionTransitions(step: Step, paths: Map<string, string>, branchPath: string | null, atReception: boolean): Record<string, TransitionData> {
  const on: Record<string, TransitionData> = {};
  for (const action of step.actions) {
    const type = `${step.id}.${action.id}`;
    const builtIn = BUILT_IN_TARGET[action.target];
    const target = action.target === 'join' ? `#${branchPath}.${BRANCH_DONE}` : builtIn ?? `#${paths.get(action.target)}`;
    let effects: readonly EffectName[] = TARGET_EFFECTS[action.target] ?? ['record'];
    // Leaving `submitted` for processing is the reception (Decree 61/2018 Art. 17): the clock starts.
    if (atReception && (builtIn === undefined || action.target === 'result-ready')) effects = ['record', 'receive'];
    on[type] = { target, guard: allowed(type), actions: apply(...effects) };
  }
  return on;
}

function stepState(step: Step, paths: Map<string, string>, branchPath: string | null): StateNodeData {
  return { meta: { status: 4, step: step.id }, tags: ['step'], on: actionTransitions(step, paths, branchPath, false) };
}

function parallelState(group: Parallel, paths: Map<string, string>): StateNodeData {
  const states: Record<string, StateNodeData> = {};
  for (const branch of group.branches) {
    const branchPath = paths.get(`${group.id}/${branch.id}`)!;
    const children: Record<string, StateNodeData> = {};
    for (const step of branch.steps) children[step.id] = stepState(step, paths, branchPath);
    children[BRANCH_DONE] = { type: 'final', meta: { status: 4 } };
    states[branch.id] = { initial: branch.start, states: children };
  }
  const next = BUILT_IN_TARGET[group.next] ?? `#${paths.get(group.next)}`;
  return { type: 'parallel', meta: { status: 4, step: group.id }, tags: ['parallel'], states, onDone: { target: next } };
}

/** Steps some action leads to (the reception step only has a state of its own when sent back to). */
function targetedSteps(rules: ProcedureRules): Set<string> {
  return new Set(rules.events.map((e) => e.target));
}

/**
 * Builds the machine configuration of a procedure: every state with its status code in `meta`,
 * every officer action as `${stepId}.${actionId}` guarded by the named guard `allowed`.
 */
export function buildMachineConfig(rules: ProcedureRules): StateNodeData & { id: string } {
  const { procedure } = rules;
  const paths = stepPaths(procedure);
  const start = rules.steps.get(procedure.workflow.start)!;
  const targeted = targetedSteps(rules);
  const active: Record<string, StateNodeData> = {
    submitted: { meta: { status: 1, step: start.id }, on: actionTransitions(start, paths, null, true) },
  };
  for (const node of procedure.workflow.steps) {
    if (node.kind === 'parallel') active[node.id] = parallelState(node as Parallel, paths);
    else if (node.id !== start.id || targeted.has(node.id)) active[node.id] = stepState(node as Step, paths, null);
  }
  active[RESUME] = { type: 'history', history: 'deep' };
  const withdraw: TransitionData = { target: `#${MACHINE_ID}.withdrawn`, guard: allowed('WITHDRAW'), actions: apply('record') };
  // Processing ends on entering these states, however they are reached (a parallel group's `onDone`
  // included, whose event carries no time: `finish` reads the time `record` just stored).
  const finish = apply('finish');
  const resume = `#${MACHINE_ID}.active.${RESUME}`;
  return {
    id: MACHINE_ID,
    initial: 'draft',
    states: {
      draft: { meta: { status: null }, on: { SUBMIT: { target: 'active', guard: allowed('SUBMIT'), actions: apply('record', 'submit') } } },
      active: {
        initial: 'submitted',
        states: active,
        on: { WITHDRAW: withdraw, EXTEND: { guard: allowed('EXTEND'), actions: apply('record', 'extend') } },
      },
      awaitingSupplement: { meta: { status: 5 }, on: { SUPPLEMENT: { target: resume, guard: allowed('SUPPLEMENT'), actions: apply('record', 'supplied') }, WITHDRAW: withdraw } },
      awaitingPayment: { meta: { status: 6 }, on: { PAY: { target: resume, guard: allowed('PAY'), actions: apply('record', 'paid') }, WITHDRAW: withdraw } },
      resultReady: { meta: { status: 9 }, entry: finish, on: { HANDOVER: { target: 'returned', guard: allowed('HANDOVER'), actions: apply('record', 'handover') } } },
      returned: { type: 'final', meta: { status: 10 } },
      refused: { type: 'final', meta: { status: 3 }, entry: finish },
      withdrawn: { type: 'final', meta: { status: 7 }, entry: finish },
      stopped: { type: 'final', meta: { status: 8 }, entry: finish },
    },
  };
}
