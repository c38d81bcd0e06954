/**
 * Types of the dossier runtime: dossier states, send results, audit records, queries, snapshots.
 */
import type { WorkingCalendar, Dueness } from '../calendar/index.js';
import type {
  ChannelKind, ComponentReport, DossierActor, DossierCommand, DossierContext, DossierStatus, DossierDueChange,
  EventDescriptor, Rejection, StatusCode,
} from '../compile/index.js';
import type { SnapshotFrom } from 'xstate';
import type { DossierMachine } from '../compile/index.js';
import type { FeesDue } from './compute-fees.js';

/** The XState snapshot of a dossier machine. */
export type DossierMachineSnapshot = SnapshotFrom<DossierMachine>;

/** A dossier at one moment. Immutable: `send` returns a new one and leaves this one as it was. */
export interface DossierState {
  readonly id: string;
  /** `code@version` of the procedure. */
  readonly procedure: string;
  readonly status: DossierStatus;
  /** The dossier's data, clock and history (the machine's context). */
  readonly context: DossierContext;
  readonly snapshot: DossierMachineSnapshot;
}

/** Input of `create`. */
export interface CreateDossierInput {
  /** Dossier id; generated when absent. */
  readonly id?: string;
  readonly channel: ChannelKind;
  /** When the draft was created: ISO 8601 with offset. */
  readonly at: string;
  readonly data?: Readonly<Record<string, unknown>>;
  readonly case?: string;
  readonly documents?: readonly string[];
  /** Form field paths filled from a national registry. */
  readonly prefilled?: readonly string[];
}

/** One record for the append-only audit log: who did what, when, and where it left the dossier. */
export interface AuditRecord {
  readonly type: string;
  readonly actor: DossierActor;
  readonly role: string;
  readonly at: string;
  /** What came with the event: reason, components, attachments, data, documents, new due date. */
  readonly payload: Readonly<Record<string, unknown>>;
  readonly fromState: string;
  readonly toState: string;
  readonly status: StatusCode | null;
  /** The due date after the event (null before reception). */
  readonly dueAt: string | null;
  /** When the event moved or stopped the clock: the change, with its reason. */
  readonly dueChange: DossierDueChange | null;
}

/** The outcome of `send`. */
export type SendResult =
  | { readonly ok: true; readonly state: DossierState; readonly events: readonly AuditRecord[] }
  | { readonly ok: false; readonly rejection: Rejection };

/** An action a role can take now. */
export interface AvailableAction extends EventDescriptor {
  /** For actions with a condition: whether it holds on the dossier as it is (data sent with the action can change that). */
  readonly conditionHolds?: boolean;
}

/** Where a dossier stands against its due date: `paused` while the clock stands still, null without a running clock. */
export type DossierDueness = Dueness | 'paused' | null;

/** A dossier as plain JSON, for storage. */
export interface DossierSnapshot {
  /** `motcua.dossier/1`, or `motcua.dossier/1-data-apart` when made without the application data (`toSnapshotJson`). */
  readonly format: 'motcua.dossier/1' | 'motcua.dossier/1-data-apart';
  /** `code@version` it was made under; restore refuses another. */
  readonly procedure: string;
  readonly id: string;
  /** XState's `getPersistedSnapshot()`. */
  readonly machine: unknown;
}

/** Options of `createDossierRuntime`. */
export interface DossierRuntimeOptions {
  /** Calendar for `dueness`; defaults to the compiled procedure's. */
  readonly calendar?: WorkingCalendar;
  /** Makes dossier ids when `create` gets none; defaults to `crypto.randomUUID()`. */
  readonly generateId?: () => string;
}

/** Runs dossiers of one compiled procedure. */
export interface DossierRuntime {
  /** `code@version` of the procedure. */
  readonly key: string;
  /**
   * A new dossier in `draft`. Draft answers are not checked until SUBMIT.
   * @throws RangeError for a channel the procedure does not offer, or an `at` that is not an ISO instant with offset.
   */
  create(input: CreateDossierInput): DossierState;
  /** Applies a command. Never throws on bad input; never mutates `state`. */
  send(state: DossierState, command: DossierCommand): SendResult;
  /** The events `role` can send now (structure, role, and — for EXTEND — whether a re-set is still possible). */
  /**
   * The actions `role` may take now. With `at` (ISO instant) time-dependent rules are judged then
   * (the extension's "one day before the due date"); without it, at the dossier's last event.
   */
  availableActions(state: DossierState, role: string, at?: string): AvailableAction[];
  /** Needed components not provided yet, and the waived ones with their reason. */
  missingComponents(state: DossierState): ComponentReport;
  /** Fees owed; `$today` is `at`, else the submission time, else the last event's time. */
  feesDue(state: DossierState, at?: string): FeesDue;
  /** The due date (ISO 8601, calendar offset), null before reception. */
  dueDate(state: DossierState): string | null;
  /** Standing against the due date at `at`. @throws RangeError for a malformed `at`. */
  dueness(state: DossierState, at: string): DossierDueness;
  /** State name, open steps and status code 1–10. */
  status(state: DossierState): DossierStatus;
  /** The dossier as plain JSON (procedure key + XState's persisted snapshot). */
  toSnapshot(state: DossierState): DossierSnapshot;
  /**
   * `JSON.stringify(toSnapshot(state))`, made in one pass: for a store that writes the text anyway
   * (no copy of the context, no parse back). With `{ data: false }` the application data
   * (`state.context.data`) is left out, for a store that keeps it apart: officer actions never change
   * it, so such a store writes it only when it changes and hands it back to `restore` (`RestoreOptions.data`).
   */
  toSnapshotJson(state: DossierState, options?: SnapshotJsonOptions): string;
  /** A dossier from `toSnapshot` or `toSnapshotJson` output (object or JSON text). @throws SnapshotError */
  restore(json: string | DossierSnapshot, options?: RestoreOptions): DossierState;
}

/** Options of `DossierRuntime.toSnapshotJson`. */
export interface SnapshotJsonOptions {
  /**
   * `false` leaves the application data out of the text (it is kept apart; see `RestoreOptions.data`), and
   * tags it `motcua.dossier/1-data-apart`, which runtimes from before this option refuse. Default `true`.
   */
  readonly data?: boolean;
}

/** Options of `DossierRuntime.restore`. */
export interface RestoreOptions {
  /**
   * The application data of a snapshot made with `toSnapshotJson(state, { data: false })` (tagged
   * `motcua.dossier/1-data-apart`): required for such a snapshot, unused for one that holds its data.
   */
  readonly data?: Readonly<Record<string, unknown>> | null;
}
