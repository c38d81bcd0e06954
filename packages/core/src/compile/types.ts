/**
 * Types of a compiled procedure: the dossier's context (everything the machine knows, as plain JSON),
 * the events it accepts, the descriptors tools read, and the rejections a command can meet.
 *
 * The context is data only — timestamps, the legal clock, the dossier's answers — so that
 * `getPersistedSnapshot()` captures a dossier completely (stack.md G7: XState does not persist timers).
 */
import type { Term } from '../generated/procedure.types.js';
import type { Message } from '../types.js';

/** How a dossier was filed (Decree 61/2018 Art. 16). */
export type ChannelKind = 'in-person' | 'online' | 'postal';

/** Dossier status codes used in practice (domain.md §3.1): 1 submitted … 10 result handed over. */
export type StatusCode = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

/** The built-in dossier states every procedure shares (design.md "Built-in dossier states"). */
export type BuiltInStateName =
  | 'draft' | 'submitted' | 'awaitingSupplement' | 'awaitingPayment' | 'resultReady'
  | 'returned' | 'refused' | 'withdrawn' | 'stopped';

/** What an officer action must come with (`action.requires` in the procedure). */
export type Requirement = 'reason' | 'missing-components' | 'attachment' | 'new-due-date';

/** The role citizen events must carry. */
export const APPLICANT_ROLE = 'applicant';

/** Who acts: an officer (role from the procedure) or the applicant (role `applicant`). */
export interface DossierActor {
  readonly id: string;
  readonly role: string;
  readonly agency?: string;
}

/** The events every procedure has besides its officer actions. */
export type BuiltInEventType = 'SUBMIT' | 'SUPPLEMENT' | 'PAY' | 'WITHDRAW' | 'HANDOVER' | 'EXTEND';

/** An officer action is `${stepId}.${actionId}`. */
export type OfficerEventType = `${string}.${string}`;

/** A command sent to a dossier: an event plus who sent it, when, and what came with it. */
export interface DossierCommand {
  readonly type: BuiltInEventType | OfficerEventType;
  readonly actor: DossierActor;
  /** When it happened: ISO 8601 with an offset. Injected, never read from the wall clock. */
  readonly at: string;
  readonly reason?: string;
  /** For a supplement request: every missing component, at once (Decree 61/2018 Art. 15(3)). */
  readonly missingComponents?: readonly string[];
  /** References to files the officer attaches (a report, drawings, a payment receipt). */
  readonly attachments?: readonly string[];
  /** Form answers to merge into the dossier (objects merge deeply; other values replace). */
  readonly data?: Readonly<Record<string, unknown>>;
  /** Ids of dossier components now provided. */
  readonly documents?: readonly string[];
  /** Form field paths whose values came from a national registry (`$prefilled.<path>`). */
  readonly prefilled?: readonly string[];
  /** For EXTEND: the new due date, a working day `YYYY-MM-DD` (close of office hours) or an instant. */
  readonly newDueDate?: string;
}

/** The events of the machine: commands, typed by their `type`. */
export type DossierEvent = DossierCommand;

/** Which rule set the term in force. */
export type TermSource = 'procedure' | 'channel' | `override:${number}`;

/** One change of the due date, kept for the audit trail with its reason. */
export interface DossierDueChange {
  readonly kind: 'started' | 'paused' | 'resumed' | 'restarted' | 'extended' | 'term-changed';
  readonly at: string;
  readonly previousDueAt: string | null;
  readonly dueAt: string;
  readonly reason: Message;
  /** The article that drives the change, e.g. `Nghị định 61/2018/NĐ-CP Điều 19 khoản 9`. */
  readonly legalBasis?: string;
}

/** The legal clock of a dossier, as data (design.md "The legal clock"; never an XState timer). */
export interface DossierClock {
  readonly term: Term;
  readonly termSource: TermSource;
  /** What happens to the term when a supplement is asked for after reception. */
  readonly onSupplement: 'restart' | 'pause';
  /** The instant the term counts from: reception, or the complete dossier after a restart. */
  readonly countedFrom: string;
  readonly dueAt: string;
  readonly dueAtMs: number;
  /** Set while the clock stands still (supplement or payment awaited). */
  readonly pausedAt: string | null;
  /** Office time spent paused since `countedFrom`, in milliseconds (the `pause` policy). */
  readonly pausedOfficeMs: number;
  /** Decree 61/2018 Art. 19(9): the return date may be re-set once. */
  readonly extensionUsed: boolean;
  /** The extended due date while it holds (a restart counts afresh and clears it). */
  readonly extendedTo: string | null;
  readonly lastChange: DossierDueChange;
}

/** An open request to the applicant: supplement the dossier, or pay. */
export interface OpenRequest {
  readonly kind: 'supplement' | 'payment';
  /** The step that asked; the dossier returns there. */
  readonly step: string;
  readonly at: string;
  readonly by: DossierActor;
  readonly reason: string | null;
  /** For supplements: the components asked for. */
  readonly components: readonly string[];
  /** Whether the clock had started when the request was made (false at reception). */
  readonly afterReception: boolean;
}

/** The last accepted event, for display and for the audit trail. */
export interface LastAction {
  readonly type: string;
  readonly actor: DossierActor;
  readonly at: string;
  readonly reason: string | null;
}

/** Everything a dossier knows. Plain JSON; never mutated (every change builds a new object). */
export interface DossierContext {
  readonly dossierId: string;
  /** `code@version` of the procedure the dossier runs under. */
  readonly procedure: string;
  readonly channel: ChannelKind;
  /** The case (trường hợp) chosen; when null, the first case whose `when` holds applies. */
  readonly case: string | null;
  readonly data: Readonly<Record<string, unknown>>;
  /** Component ids provided, sorted. */
  readonly documents: readonly string[];
  /** Form field paths filled from a national registry, sorted. */
  readonly prefilled: readonly string[];
  readonly createdAt: string;
  readonly submittedAt: string | null;
  readonly receivedAt: string | null;
  /** When processing ended: result ready, refused, stopped or withdrawn. */
  readonly finishedAt: string | null;
  readonly returnedAt: string | null;
  /** Time of the last accepted event; later events may not go back before it. */
  readonly updatedAt: string;
  readonly clock: DossierClock | null;
  readonly request: OpenRequest | null;
  readonly supplementRounds: number;
  /** True from reception until the next officer action (status 2, "được tiếp nhận"). */
  readonly justReceived: boolean;
  readonly lastAction: LastAction | null;
}

/** What `create` puts into a new dossier. */
export interface DossierInput {
  readonly dossierId: string;
  readonly procedure: string;
  readonly channel: ChannelKind;
  readonly at: string;
  readonly case?: string | null;
  readonly data?: Readonly<Record<string, unknown>>;
  readonly documents?: readonly string[];
  readonly prefilled?: readonly string[];
}

/** Who may send an event: citizens (the applicant) or officers. */
export type EventActorKind = 'citizen' | 'officer';

/** The kind of an event: the action kind for officer actions, else what the built-in event does. */
export type EventKind =
  | 'accept' | 'forward' | 'approve' | 'sign' | 'request-supplement' | 'refuse' | 'send-back' | 'stop'
  | 'request-payment' | 'complete' | 'submit' | 'supplement' | 'pay' | 'withdraw' | 'handover' | 'extend';

/** An event a compiled procedure accepts, described for tools (verify, diagrams, the UI). */
export interface EventDescriptor {
  readonly type: string;
  /** The step an officer action belongs to. */
  readonly step?: string;
  /** The action id within the step. */
  readonly action?: string;
  readonly kind: EventKind;
  readonly actor: EventActorKind;
  /** Roles that may send it. */
  readonly roles: readonly string[];
  readonly requires: readonly Requirement[];
  readonly title: Message;
  /** The step, parallel group or built-in target (`awaiting-supplement`, `join`, …) it leads to. */
  readonly target: string;
  /** The condition from the procedure, when there is one. */
  readonly guard?: unknown;
  readonly officialForm?: string;
}

/** Stable codes of rejected commands. */
export type RejectionCode =
  | 'unknown-action' | 'not-allowed-in-state' | 'wrong-role' | 'missing-requirement' | 'guard-false'
  | 'missing-components' | 'invalid-data' | 'extension-used' | 'extension-too-late' | 'dossier-closed';

/** A component the dossier lacks; for an alternative group, `alternatives` lists the choices. */
export interface MissingComponent {
  readonly id: string;
  readonly title: Message;
  readonly alternatives?: readonly { readonly id: string; readonly title: Message }[];
}

/** A component not asked for because a national database holds it (Decree 104/2022). */
export interface WaivedComponent {
  readonly id: string;
  readonly title: Message;
  readonly source: string;
  readonly reason: Message;
}

/** One problem with submitted data, located by a dot path. */
export interface DataIssue {
  readonly path: string;
  readonly message: Message;
}

/** Why a command was refused. Nothing changed. */
export interface Rejection {
  readonly code: RejectionCode;
  readonly message: Message;
  readonly event: string;
  /** The dossier state when the command arrived. */
  readonly state?: string;
  /** For `missing-requirement`: which requirement. */
  readonly requirement?: Requirement;
  /** For `wrong-role`: the roles that may act. */
  readonly allowedRoles?: readonly string[];
  /** For `guard-false`: the condition that did not hold (the expression, or a named rule). */
  readonly condition?: unknown;
  /** For `missing-components`: what is still missing. */
  readonly components?: readonly MissingComponent[];
  /** For `invalid-data` and `missing-requirement`: the details. */
  readonly issues?: readonly DataIssue[];
}
