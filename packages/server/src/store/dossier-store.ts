/**
 * `DossierStore`: where dossiers live — the snapshot (a cache), the hash-chained event log (the truth),
 * the per-agency daily counters and the idempotency keys. Implemented over SQL by `createSqlStore`.
 */
import type { SqlQueryable } from './sql-client.js';
import type { AuditRecord, DossierSnapshot } from '@motcua/core';
import type { EventRecord } from './hash-chain.js';

/**
 * A dossier row as the store hands it back. From a read it is a {@link StoredDossier}; from a write the
 * snapshot is what the writer passed in — the object, or the JSON text of `runtime.toSnapshotJson`, which
 * is not parsed back (`restore` takes either).
 */
export interface DossierRow {
  readonly id: string;
  readonly code: string;
  readonly procedureKey: string;
  readonly agencyCode: string;
  /** sha-256 (hex) of the access token; the token itself is never stored. */
  readonly accessTokenHash: string;
  readonly snapshot: DossierSnapshot | string;
  readonly state: string;
  readonly status: number | null;
  readonly closed: boolean;
  readonly dueAt: string | null;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  /**
   * The last event of the log (`seq` 0 and the genesis hash before any), read with `version`: hand it back
   * to `appendEvents` (`AppendOptions.chainHead`) to chain the new events without reading the log again.
   */
  readonly chainHead?: ChainHead;
  /**
   * Whether the row keeps the application data in its own column (`DossierPosition.data`), so a write
   * whose data did not change may leave it out. False for a row written before migration 9, whose
   * snapshot still holds the data: its next write must give the data.
   */
  readonly dataKeptApart: boolean;
  /**
   * From a read: the application data kept apart (`null` when the snapshot holds it), to hand to
   * `runtime.restore(snapshot, { data })`. A write does not hand it back (the writer has it).
   */
  readonly data?: Readonly<Record<string, unknown>> | null;
}

/** A dossier row read from the database: the snapshot is the object. */
export interface StoredDossier extends DossierRow {
  readonly snapshot: DossierSnapshot;
  readonly data: Readonly<Record<string, unknown>> | null;
}

/** Where a dossier's hash chain ends: the last event's `seq` and `hash`. */
export interface ChainHead {
  readonly seq: number;
  readonly hash: string;
}

/** A row for the `outbox`, written by `appendEvents` in the same statement as the events. */
export interface OutboxRow {
  readonly kind: string;
  readonly status: number;
  /** The instant of the change (ISO); also the first attempt's instant. One row per (dossier, kind, status, eventAt). */
  readonly eventAt: string;
  readonly payload: unknown;
}

/** What `appendEvents` writes besides the events and the snapshot. */
export interface AppendOptions {
  /**
   * The chain head read with the dossier at `expectedVersion` (`StoredDossier.chainHead`). The write checks
   * it with the version (a different head is a ConflictError); when absent the store reads it first.
   */
  readonly chainHead?: ChainHead;
  /** Outbox rows, written atomically with the events; a repeat of an existing row is ignored. */
  readonly outbox?: readonly OutboxRow[];
}

/** Runs inside the append's transaction after the write (the slower path: the append becomes a transaction). */
export type AppendHook = (tx: SqlQueryable, saved: DossierRow) => Promise<unknown>;

/** Where a dossier stands after an event batch: what the snapshot columns hold. */
export interface DossierPosition {
  /**
   * The snapshot, or its JSON text (`runtime.toSnapshotJson`: written as is, made in one pass); without
   * the application data (`toSnapshotJson(state, { data: false })`) when `data` keeps it, or kept it before.
   */
  readonly snapshot: DossierSnapshot | string;
  /**
   * The application data (`state.context.data`), kept in its own column: give it when it changed, and on the
   * first write to a row that does not keep it apart yet (`DossierRow.dataKeptApart`); left out, the
   * column keeps what it holds. Officer actions leave the data as it is, so their writes need not carry it.
   */
  readonly data?: Readonly<Record<string, unknown>>;
  readonly state: string;
  readonly status: number | null;
  readonly closed: boolean;
  readonly dueAt: string | null;
  /**
   * The roles that can act on the dossier now (`runtime.availableActions` over the procedure's roles), so
   * the inbox filters by role in SQL. Absent: unknown (the inbox then restores the dossier to decide).
   */
  readonly openRoles?: readonly string[];
}

/** A new dossier, without its code (the store numbers it). */
export interface NewDossier extends DossierPosition {
  readonly id: string;
  readonly procedureKey: string;
  readonly agencyCode: string;
  readonly accessTokenHash: string;
  /** Receipt instant; its Vietnamese calendar day numbers the code. */
  readonly at: Date;
  readonly records: readonly AuditRecord[];
  /** Stored with the dossier in the same transaction; `response` gets the new dossier's code. */
  readonly idempotency?: {
    readonly keyHash: string;
    /** Binds the key to the request body it came with (see {@link IdempotentResponse}). */
    readonly fingerprint?: string;
    readonly response: (code: string) => unknown;
  };
  /** The outbox rows of its status changes, given its new code: written in the same statement (`statusChangeRows`). */
  readonly outbox?: (code: string) => readonly OutboxRow[];
}

/** What an idempotency key stored: the first response, and the fingerprint of the request it answered (null for keys stored before migration 6). */
export interface IdempotentResponse {
  readonly response: unknown;
  readonly fingerprint: string | null;
}

/** What `insertDossier` did. */
export type InsertOutcome =
  | { readonly inserted: true; readonly dossier: DossierRow }
  /** The idempotency key was already used: nothing was written; `response` is what was stored then. */
  | ({ readonly inserted: false } & IdempotentResponse);

/** The outcome of `verifyChain`. */
export type ChainVerification =
  | { readonly valid: true; readonly events: number }
  | { readonly valid: false; readonly events: number; readonly seq: number; readonly reason: 'hash-mismatch' | 'broken-link' | 'gap' };

/** Officer inbox filter. */
export interface InboxQuery {
  readonly agencyCode: string;
  /** Only dossiers in one of these states (a step id, `submitted`, `resultReady`, …). */
  readonly states?: readonly string[];
  /** Only dossiers this role can act on now (or whose open roles are unknown). */
  readonly role?: string;
  readonly limit?: number;
}

/** Storage of dossiers and their event logs. Every method is safe under concurrency without in-process locks. */
export interface DossierStore {
  /**
   * Numbers and inserts a dossier with its first events: two statements, the number (which commits on
   * its own) and then the dossier with its events and key. With `idempotency`, a key already used takes
   * no number, writes nothing and hands back the stored response.
   */
  insertDossier(dossier: NewDossier): Promise<InsertOutcome>;
  /** The stored response of an idempotency key and its request fingerprint, or null. */
  findIdempotent(keyHash: string): Promise<IdempotentResponse | null>;
  findByCode(code: string): Promise<StoredDossier | null>;
  /**
   * Appends `records` (hash-chained), replaces the snapshot and writes `options.outbox` atomically, if the
   * dossier is still at `expectedVersion`: with `options.chainHead`, one statement (one round trip).
   * A hook function instead of options runs inside the same transaction after the write.
   * @returns the dossier after the write. @throws ConflictError otherwise.
   */
  appendEvents(
    dossierId: string, expectedVersion: number, position: DossierPosition, records: readonly AuditRecord[],
    within?: AppendHook | AppendOptions,
  ): Promise<DossierRow>;
  /** Open dossiers of an agency, oldest first. */
  listInbox(query: InboxQuery): Promise<StoredDossier[]>;
  /** The event log of a dossier, in order. */
  listEvents(dossierId: string): Promise<(EventRecord & { readonly prevHash: string; readonly hash: string })[]>;
  /** Recomputes the hash chain of a dossier's log. */
  verifyChain(dossierId: string): Promise<ChainVerification>;
  close(): Promise<void>;
}
