/**
 * `createDossierRuntime`: runs dossiers of one compiled procedure — create, send commands, ask where a
 * dossier stands, persist and restore. Time is always injected (`at`); nothing here reads the clock.
 */
import { classifyDueness } from '../calendar/index.js';
import { evaluateCondition } from '../expression/index.js';
import {
  checkCommand, clockPolicy, isExtensionTooLate, createRejection, dossierEnvironment, isEventOpen, listMissingComponents,
  type CompiledProcedure, type DossierCommand, type Rejection,
} from '../compile/index.js';
import { parseInstant } from '../compile/parse-instant.js';
import { checkCommandShape } from './check-command-shape.js';
import { computeFees } from './compute-fees.js';
import { createActorPool, type DossierActorRef } from './create-actor-pool.js';
import { persistMachineSnapshot } from './persist-machine-snapshot.js';
import { SNAPSHOT_FORMAT, SNAPSHOT_FORMAT_DATA_APART, SnapshotError, parseDossierSnapshot } from './snapshot-error.js';
import { toAuditRecord, toDossierEvent } from './to-audit-record.js';
import type { AvailableAction, DossierRuntime, DossierRuntimeOptions, DossierSnapshot, DossierState, SendResult, SnapshotJsonOptions } from './types.js';

function defaultId(): string {
  // Web Crypto is in every browser and in Node ≥ 19; `lib` here has no DOM types, hence the cast.
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (crypto?.randomUUID === undefined) throw new TypeError('No crypto.randomUUID here: pass `generateId` to createDossierRuntime, or an `id` to create');
  return crypto.randomUUID();
}

/**
 * Creates the runtime of a compiled procedure.
 *
 * `send` never throws on bad input and never mutates the state it is given: it returns either the new
 * state with the audit records to append, or a rejection (`unknown-action`, `not-allowed-in-state`,
 * `wrong-role`, `missing-requirement`, `guard-false`, `missing-components`, `invalid-data`,
 * `extension-used`, `dossier-closed`) and nothing changes.
 *
 * @example
 * const runtime = createDossierRuntime(compileProcedure(procedure));
 * let state = runtime.create({ channel: 'online', at: '2026-03-02T08:00:00+07:00', data });
 * const r = runtime.send(state, { type: 'SUBMIT', actor: { id: 'c1', role: 'applicant' }, at: '2026-03-02T08:05:00+07:00', documents: ['to-khai'] });
 * if (r.ok) { state = r.state; log.append(...r.events); } else console.log(r.rejection.message.vi);
 */
export function createDossierRuntime(compiled: CompiledProcedure, options: DossierRuntimeOptions = {}): DossierRuntime {
  const { rules, key } = compiled;
  const calendar = options.calendar ?? rules.calendar;
  const generateId = options.generateId ?? defaultId;
  const pool = createActorPool(compiled.machine);

  const wrap = (actor: DossierActorRef): DossierState => {
    const snapshot = actor.getSnapshot();
    const state: DossierState = {
      id: snapshot.context.dossierId,
      procedure: key,
      status: compiled.statusOf(snapshot),
      context: snapshot.context,
      snapshot,
    };
    return Object.freeze(pool.attach(state, actor));
  };

  const transition = (state: DossierState, command: DossierCommand): SendResult => {
    const shapeProblem = checkCommandShape(command);
    if (shapeProblem) return { ok: false, rejection: shapeProblem };
    const { type } = command;
    const { status, context } = state;
    if (status.closed) return fail(createRejection('dossier-closed', type, { state: status.state }));
    const descriptor = rules.eventsByType.get(type);
    if (descriptor === undefined) return fail(createRejection('unknown-action', type, { state: status.state }));
    if (!isEventOpen(descriptor, status)) return fail(createRejection('not-allowed-in-state', type, { state: status.state }));
    const event = toDossierEvent(command);
    const actor = pool.acquire(state);
    actor.send(event);
    const next = actor.getSnapshot();
    if (next.status === 'error') {
      // An action failed (e.g. a date outside the calendar's years): report it as bad data; the actor is dropped.
      return fail(createRejection('invalid-data', type, { state: status.state, issues: [{ path: '', message: { vi: String(next.error), en: String(next.error) } }] }));
    }
    if (next.context === context) {
      // No transition: the guard said no. Ask the same judge why (it runs once on the happy path).
      return fail(checkCommand(rules, context, event, descriptor, status.state)
        ?? createRejection('guard-false', type, { state: status.state, condition: descriptor.guard }));
    }
    const after = wrap(actor);
    return { ok: true, state: after, events: [toAuditRecord(event, state, after)] };
  };

  const toSnapshotJson = (state: DossierState, options?: SnapshotJsonOptions): string => {
    const machine = persistMachineSnapshot(compiled.machine, state.snapshot);
    if (options?.data !== false) return JSON.stringify({ format: SNAPSHOT_FORMAT, procedure: key, id: state.id, machine });
    // Left out as JSON.stringify leaves out an undefined member: the text is the whole snapshot's but for the tag and `data`.
    const lean = { ...machine, context: { ...machine.context, data: undefined } };
    return JSON.stringify({ format: SNAPSHOT_FORMAT_DATA_APART, procedure: key, id: state.id, machine: lean });
  };

  const env = (state: DossierState, at: string | null, role: string | null) =>
    dossierEnvironment(rules.procedure, rules.calendar, state.context, at, role);

  return {
    key,
    create(input) {
      const channel = input.channel;
      parseInstant(input.at); // throws RangeError: a dossier needs a real creation time
      if (!rules.procedure.channels.some((c) => c.kind === channel)) {
        throw new RangeError(`Channel ${JSON.stringify(channel)} is not offered by ${key}; use one of ${rules.procedure.channels.map((c) => c.kind).join(', ')}`);
      }
      return wrap(pool.create({
        dossierId: input.id ?? generateId(),
        procedure: key,
        channel,
        at: input.at,
        case: input.case ?? null,
        ...(input.data !== undefined ? { data: input.data } : {}),
        ...(input.documents !== undefined ? { documents: input.documents } : {}),
        ...(input.prefilled !== undefined ? { prefilled: input.prefilled } : {}),
      }));
    },
    send(state, command) {
      try {
        return transition(state, command);
      } catch (error) {
        // Bad input must never escape as an exception (a forged command, a state from elsewhere).
        const type = typeof (command as { type?: unknown } | null)?.type === 'string' ? (command as { type: string }).type : '';
        return fail(createRejection('invalid-data', type, { issues: [{ path: '', message: { vi: String(error), en: String(error) } }] }));
      }
    },
    availableActions(state, role, at) {
      const facts = env(state, at ?? state.context.updatedAt, role);
      const { clock, channel } = state.context;
      // Decree 61/2018 Art. 19(9): one re-set, of a running clock, where the procedure allows it, in time.
      const canExtend = clock !== null && clock.pausedAt === null && !clock.extensionUsed && clockPolicy(rules.procedure, channel).extension.allowed
        && (at === undefined || !isExtensionTooLate(clock, parseInstant(at), calendar));
      return rules.events
        .filter((d) => d.roles.includes(role) && isEventOpen(d, state.status) && (d.kind !== 'extend' || canExtend))
        .map((d): AvailableAction => (d.guard === undefined ? d : { ...d, conditionHolds: evaluateCondition(d.guard, facts) }));
    },
    missingComponents: (state) => listMissingComponents(rules.procedure, env(state, state.context.updatedAt, null), state.context.documents),
    feesDue: (state, at) => computeFees(rules.procedure, env(state, at ?? state.context.submittedAt ?? state.context.updatedAt, null), state.context.channel),
    dueDate: (state) => state.context.clock?.dueAt ?? null,
    dueness(state, at) {
      const clock = state.context.clock;
      if (clock === null || state.context.finishedAt !== null || state.status.closed) return null;
      if (clock.pausedAt !== null) return 'paused';
      return classifyDueness(at, clock.dueAt, { calendar });
    },
    status: (state) => state.status,
    toSnapshot: (state) => JSON.parse(toSnapshotJson(state)) as ReturnType<DossierRuntime['toSnapshot']>,
    toSnapshotJson,
    restore(json, options) {
      const parsed = withData(parseDossierSnapshot(json, key), options?.data);
      let actor: DossierActorRef;
      try {
        actor = pool.restore(parsed.machine);
      } catch (error) {
        throw new SnapshotError('invalid-snapshot', `The snapshot does not fit the machine of ${key}: ${(error as Error).message}`);
      }
      const snapshot = actor.getSnapshot();
      if (snapshot.status === 'error' || snapshot.context?.procedure !== key) {
        throw new SnapshotError('invalid-snapshot', `The snapshot's dossier does not belong to ${key}`);
      }
      return wrap(actor);
    },
  };
}

/**
 * `snapshot` (a private copy) with the application data kept apart put back, when it was made without it.
 * @throws SnapshotError when no data is given for it: restoring it without would lose the answers.
 */
function withData(snapshot: DossierSnapshot, data: Readonly<Record<string, unknown>> | null | undefined): DossierSnapshot {
  const context = (snapshot.machine as { context?: unknown }).context;
  // A malformed machine is left to XState, whose refusal `restore` reports.
  if (snapshot.format !== SNAPSHOT_FORMAT_DATA_APART || typeof context !== 'object' || context === null) return snapshot;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new SnapshotError('invalid-snapshot', 'The snapshot holds no application data: pass it as restore(snapshot, { data })');
  }
  (context as { data?: unknown }).data = JSON.parse(JSON.stringify(data)) as unknown; // a private copy, as the snapshot is
  return snapshot;
}

function fail(rejection: Rejection): SendResult {
  return { ok: false, rejection };
}
