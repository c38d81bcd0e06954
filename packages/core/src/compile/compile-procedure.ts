/**
 * `compileProcedure`: a procedure definition in, an XState v5 machine and its event descriptors out.
 */
import { defaultWorkingCalendar, type WorkingCalendar } from '../calendar/index.js';
import type { ValidationIssue } from '../definition/index.js';
import { validateProcedure } from '../definition/index.js';
import { ExpressionError } from '../expression/index.js';
import type { Procedure } from '../generated/procedure.types.js';
import { createDossierMachine, type DossierMachine } from './create-dossier-machine.js';
import { createProcedureRules, type ProcedureRules } from './procedure-rules.js';
import { type DossierStatus, type StatusSource, statusOf } from './status-of.js';
import type { EventDescriptor } from './types.js';

/** Options of {@link compileProcedure}. */
export interface CompileOptions {
  /** The working calendar of the legal clock; defaults to Vietnam's civil-service calendar. */
  readonly calendar?: WorkingCalendar;
  /** Check the procedure with `validateProcedure` first (default true). Turn off only for a procedure already checked. */
  readonly validate?: boolean;
}

/** A procedure compiled to a machine. */
export interface CompiledProcedure {
  /** `code@version`: a dossier runs under exactly this version. */
  readonly key: string;
  readonly procedure: Procedure;
  readonly machine: DossierMachine;
  /** Every event the machine accepts, for tools. */
  readonly events: readonly EventDescriptor[];
  /** The indexed procedure the guards and actions share (used by the runtime). */
  readonly rules: ProcedureRules;
  /** The status of a snapshot of this machine: state name, open steps, code 1–10. */
  statusOf(snapshot: StatusSource): DossierStatus;
}

/** Thrown when a procedure cannot be compiled: it is not valid. `issues` lists why. */
export class ProcedureCompileError extends Error {
  override readonly name = 'ProcedureCompileError';
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    const first = issues[0];
    super(`The procedure is not valid (${issues.length} issue${issues.length === 1 ? '' : 's'})${first ? `: ${first.pointer || '(root)'} ${first.message.en}` : ''}`);
    this.issues = issues;
  }
}

/**
 * Compiles a procedure into an XState v5 machine.
 *
 * States: `draft`, `active` (holding `submitted`, the steps and the parallel groups, and a deep history
 * state), `awaitingSupplement`, `awaitingPayment`, `resultReady`, and the finals `returned`, `refused`,
 * `withdrawn`, `stopped`; each carries its status code in `meta.status`. Events: one per officer action
 * (`${stepId}.${actionId}`) plus SUBMIT, SUPPLEMENT, PAY, WITHDRAW, HANDOVER and EXTEND.
 *
 * @throws ProcedureCompileError when the procedure is not valid.
 * @example
 * const compiled = compileProcedure(procedure);
 * const actor = createActor(compiled.machine, { input: { dossierId: 'd1', procedure: compiled.key, channel: 'online', at: '2026-03-02T09:00:00+07:00' } }).start();
 */
export function compileProcedure(procedure: Procedure, options: CompileOptions = {}): CompiledProcedure {
  if (options.validate !== false) {
    const result = validateProcedure(procedure);
    if (!result.valid) throw new ProcedureCompileError(result.errors);
  }
  let rules: ProcedureRules;
  try {
    rules = createProcedureRules(procedure, options.calendar ?? defaultWorkingCalendar());
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    throw new ProcedureCompileError([{ code: error.code, pointer: error.pointer, message: { vi: error.message, en: error.message } }]);
  }
  const machine = createDossierMachine(rules);
  const start = procedure.workflow.start;
  return {
    key: rules.key,
    procedure,
    machine,
    events: rules.events,
    rules,
    statusOf: (snapshot) => statusOf(snapshot, start),
  };
}

/**
 * A key for `@xstate/graph` (`serializeState`) that ignores the unbounded parts of the context —
 * answers, timestamps, due dates, counters — so a graph walk over a dossier machine terminates
 * (stack.md G9).
 *
 * @example getShortestPaths(compiled.machine, { serializeState: serializeDossierState, events, limit: 10_000 })
 */
export function serializeDossierState(snapshot: StatusSource): string {
  const { context } = snapshot;
  const clock = context.clock === null ? '-' : `${context.clock.pausedAt === null ? 'run' : 'stop'}${context.clock.extensionUsed ? '+x' : ''}`;
  return `${JSON.stringify(snapshot.value)}|${context.request?.kind ?? '-'}|${clock}|${context.justReceived ? 'r' : ''}`;
}
