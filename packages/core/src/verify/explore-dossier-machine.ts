/**
 * `exploreDossierMachine`: the reachable state space of a compiled procedure, walked with
 * `@xstate/graph` on the real machine (its own transitions, parallel groups, deep history).
 *
 * Events: every event of `compiled.events`, offered only where the state handles it (`isEventOpen`),
 * each with a payload that meets its requirements — the right role, a reason, the missing components,
 * an attachment, a new due date after the current one, all of the dossier's components on SUBMIT and
 * SUPPLEMENT.
 *
 * Guards (over-approximation): the machine's one guard is replaced through `machine.provide` by the
 * real judge, `checkCommand`, with two outcomes forced to "yes": a procedure condition that reads the
 * dossier (answers, channel, documents, role, date) — some applicant's data can make it true, and the
 * walk still takes the other actions, so both sides of the condition are explored — and SUBMIT's
 * check of the form's answers (an applicant can always complete the form; `validateProcedure` checks
 * the form itself). A condition that reads nothing (`{"==": [1, 2]}`) is evaluated as it stands. A state
 * reported reachable may therefore need data that makes a guard on its path true.
 *
 * Serialization (stack.md G9): a state is its value, plus for `awaitingSupplement`/`awaitingPayment`
 * the deep-history configuration it returns to; never the context (answers, times, counters), so the
 * walk always terminates.
 */
import { getAdjacencyMap, type AdjacencyMap } from '@xstate/graph';
import {
  APPLICANT_ROLE, BRANCH_DONE, checkCommand, isEventOpen, MACHINE_ID, RESUME,
  type CompiledProcedure, type DossierContext, type DossierEvent, type DossierInput, type EventDescriptor,
} from '../compile/index.js';
import { collectReferences } from '../expression/index.js';
import type { DossierSnapshot, ExploredState, StateEdge, StateGraph } from './state-graph.js';

/** The final states of every dossier. */
export const FINAL_STATES: ReadonlySet<string> = new Set(['returned', 'refused', 'withdrawn', 'stopped']);
const AWAITING_STATES: ReadonlySet<string> = new Set(['awaitingSupplement', 'awaitingPayment']);
const RESUME_ID = `${MACHINE_ID}.active.${RESUME}`;

/** Options of {@link exploreDossierMachine}. */
export interface ExploreOptions {
  /** The most states to expand (default 10 000); beyond it the graph is partial (`complete: false`). */
  readonly limit?: number;
  /** The instant every event carries; it must lie in the calendar's years. */
  readonly at?: string;
}

/** The default instant of explored events: a Monday in office hours. */
export const DEFAULT_AT = '2026-03-02T09:00:00+07:00';

/** True when a condition reads something of the dossier, so its value depends on the applicant's data. */
export function isDataDependent(condition: unknown): boolean {
  const { fields, context } = collectReferences(condition);
  return fields.length > 0 || context.length > 0;
}

type MutableEvent = { -readonly [K in keyof DossierEvent]: DossierEvent[K] };

/** An event for each descriptor, with a payload that meets what the event requires. */
function createEvents(compiled: CompiledProcedure, at: string): { descriptor: EventDescriptor; event: DossierEvent }[] {
  const { procedure } = compiled;
  const roles = new Set([APPLICANT_ROLE, ...procedure.roles.map((r) => r.id)]);
  const components = procedure.components.map((c) => c.id);
  return compiled.events.filter((d) => d.roles.length > 0).map((descriptor) => {
    // A declared role when the action has one; an undeclared one is reported by the role check,
    // and the walk goes on so that one mistake does not hide the rest of the workflow.
    const role = descriptor.roles.find((r) => roles.has(r)) ?? descriptor.roles[0]!;
    const event: MutableEvent = { type: descriptor.type as DossierEvent['type'], actor: { id: 'verify', role }, at };
    for (const requirement of descriptor.requires) {
      if (requirement === 'reason') event.reason = 'verify';
      else if (requirement === 'attachment') event.attachments = ['verify.pdf'];
      else if (requirement === 'missing-components') event.missingComponents = components.slice(0, 1);
      else event.newDueDate = at.slice(0, 10);
    }
    if (descriptor.kind === 'submit' || descriptor.kind === 'supplement') event.documents = components;
    return { descriptor, event };
  });
}

/** EXTEND's new due date: the working day after the current due date (within any `extension.max`). */
function withNewDueDate(compiled: CompiledProcedure, event: DossierEvent, context: DossierContext): DossierEvent {
  const clock = context.clock;
  if (clock === null) return event;
  const { calendar } = compiled.rules;
  return { ...event, newDueDate: calendar.nextWorkingDay(calendar.toLocalDate(clock.dueAtMs)) };
}

/** The machine with its guard made optimistic about data-dependent conditions (see the module comment). */
function optimisticMachine(compiled: CompiledProcedure) {
  const { rules } = compiled;
  const dataGuarded = new Set(compiled.events.filter((e) => e.guard !== undefined && isDataDependent(e.guard)).map((e) => e.type));
  return compiled.machine.provide({
    guards: {
      allowed: ({ context, event }, params: { event: string }) => {
        const descriptor = rules.eventsByType.get(params.event);
        if (descriptor === undefined) return false;
        const rejection = checkCommand(rules, context, event, descriptor, '');
        if (rejection === null) return true;
        if (rejection.code === 'guard-false') return dataGuarded.has(descriptor.type);
        return descriptor.kind === 'submit' && rejection.code === 'invalid-data';
      },
    },
  });
}

/** A state's key: its value, plus where an awaiting dossier returns to. */
export function stateKey(snapshot: DossierSnapshot): string {
  const value = JSON.stringify(snapshot.value);
  if (typeof snapshot.value !== 'string' || !AWAITING_STATES.has(snapshot.value)) return value;
  return `${value}|${resumeNodeIds(snapshot).join(',')}`;
}

function resumeNodeIds(snapshot: DossierSnapshot): string[] {
  return (snapshot.historyValue[RESUME_ID] ?? []).map((node) => node.id).sort();
}

function describeState(compiled: CompiledProcedure, key: string, snapshot: DossierSnapshot): ExploredState {
  const status = compiled.statusOf(snapshot);
  const start = compiled.procedure.workflow.start;
  // Where an awaiting dossier returns: the states' own names in the label (`submitted` is not the
  // reception step's state of its own), step ids in `resumeSteps`.
  const resume = AWAITING_STATES.has(status.state)
    ? resumeNodeIds(snapshot).map((id) => id.slice(id.lastIndexOf('.') + 1)).filter((s) => s !== BRANCH_DONE)
    : [];
  const resumeSteps = resume.map((s) => (s === 'submitted' ? start : s));
  const inner = (snapshot.value as { active?: unknown }).active;
  const label = resume.length
    ? `${status.state}[${resume.join(', ')}]`
    : typeof inner === 'object' && inner !== null ? `${status.state}[${status.steps.join(', ')}]` : status.state;
  return { key, name: status.state, steps: status.steps, resumeSteps, label, final: FINAL_STATES.has(status.state), snapshot };
}

/**
 * Explores a compiled procedure's machine from a new dossier (the procedure's first channel, its first
 * case) and returns the reachable states and the transitions taken between them.
 */
export function exploreDossierMachine(compiled: CompiledProcedure, options: ExploreOptions = {}): StateGraph {
  const limit = options.limit ?? 10_000;
  const at = options.at ?? DEFAULT_AT;
  const events = createEvents(compiled, at);
  const { procedure } = compiled;
  const input: DossierInput = {
    dossierId: 'verify',
    procedure: compiled.key,
    channel: procedure.channels[0]?.kind ?? 'in-person',
    at,
    case: procedure.cases?.[0]?.id ?? null,
  };
  let expanded = 0;
  let complete = true;
  const adjacency: AdjacencyMap<DossierSnapshot, DossierEvent> = getAdjacencyMap(optimisticMachine(compiled), {
    input,
    serializeState: stateKey,
    // A backstop only: the state count below stops the walk first (stack.md G9).
    limit: (limit + 1) * (events.length + 1),
    events: (snapshot: DossierSnapshot) => {
      if (++expanded > limit) { complete = false; return []; }
      const status = compiled.statusOf(snapshot);
      return events
        .filter(({ descriptor }) => isEventOpen(descriptor, status))
        .map(({ descriptor, event }) => (descriptor.type === 'EXTEND' ? withNewDueDate(compiled, event, snapshot.context) : event));
    },
  });

  const states = new Map<string, ExploredState>();
  const edges: StateEdge[] = [];
  const outgoing = new Map<string, StateEdge[]>();
  for (const [key, { state, transitions }] of Object.entries(adjacency)) {
    states.set(key, describeState(compiled, key, state));
    const out: StateEdge[] = [];
    // The keys are branded strings, which `Object.values` does not see through.
    for (const { event, state: next } of Object.values(transitions) as { event: DossierEvent; state: DossierSnapshot }[]) {
      if (next === state) continue; // the guard said no: nothing happened
      const to = stateKey(next);
      if (to !== key) out.push({ from: key, to, event: event.type });
    }
    outgoing.set(key, out);
    edges.push(...out);
  }
  const initial = Object.keys(adjacency)[0]!;
  return { initial, states, edges, outgoing, complete };
}
