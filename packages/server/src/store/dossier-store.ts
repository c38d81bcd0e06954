/**
 * `DossierStore`: where dossiers live — the snapshot (a cache), the hash-chained event log (the truth),
 * the per-agency daily counters and the idempotency keys. Implemented over SQL by `createSqlStore`.
 */
import type { SqlQueryable } from './sql-client.js';
import type { AuditRecord, DossierSnapshot } from '@motcua/core';
import type { EventRecord } from './hash-chain.js';

/** A dossier row. */
export interface StoredDossier {
  readonly id: string;
  readonly code: string;
  readonly procedureKey: string;
  readonly agencyCode: string;
  /** sha-256 (hex) of the access token; the token itself is never stored. */
  readonly accessTokenHash: string;
  readonly snapshot: DossierSnapshot;
  readonly state: string;
  readonly status: number | null;
  readonly closed: boolean;
  readonly dueAt: string | null;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Where a dossier stands after an event batch: what the snapshot columns hold. */
export interface DossierPosition {
  readonly snapshot: DossierSnapshot;
  readonly state: string;
  readonly status: number | null;
  readonly closed: boolean;
  readonly dueAt: string | null;
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
  readonly idempotency?: { readonly keyHash: string; readonly response: (code: string) => unknown };
}

/** What `insertDossier` did. */
export type InsertOutcome =
  | { readonly inserted: true; readonly dossier: StoredDossier }
  /** The idempotency key was already used: nothing was written; `response` is what was stored then. */
  | { readonly inserted: false; readonly response: unknown };

/** The outcome of `verifyChain`. */
export type ChainVerification =
  | { readonly valid: true; readonly events: number }
  | { readonly valid: false; readonly events: number; readonly seq: number; readonly reason: 'hash-mismatch' | 'broken-link' | 'gap' };

/** Officer inbox filter. */
export interface InboxQuery {
  readonly agencyCode: string;
  /** Only dossiers in one of these states (a step id, `submitted`, `resultReady`, …). */
  readonly states?: readonly string[];
  readonly limit?: number;
}

/** Storage of dossiers and their event logs. Every method is safe under concurrency without in-process locks. */
export interface DossierStore {
  /**
   * Numbers and inserts a dossier with its first events, in one transaction. With `idempotency`, a key
   * already used writes nothing and hands back the stored response.
   */
  insertDossier(dossier: NewDossier): Promise<InsertOutcome>;
  /** The stored response of an idempotency key, or null. */
  findIdempotent(keyHash: string): Promise<unknown | null>;
  findByCode(code: string): Promise<StoredDossier | null>;
  /**
   * Appends `records` and replaces the snapshot in one transaction, if the dossier is still at
   * `expectedVersion`. @returns the dossier after the write. @throws ConflictError otherwise.
   */
  appendEvents(
    dossierId: string, expectedVersion: number, position: DossierPosition, records: readonly AuditRecord[],
    /** Runs inside the same transaction after the write (e.g. the outbox rows of the status changes). */
    within?: (tx: SqlQueryable, saved: StoredDossier) => Promise<unknown>,
  ): Promise<StoredDossier>;
  /** Open dossiers of an agency, oldest first. */
  listInbox(query: InboxQuery): Promise<StoredDossier[]>;
  /** The event log of a dossier, in order. */
  listEvents(dossierId: string): Promise<(EventRecord & { readonly prevHash: string; readonly hash: string })[]>;
  /** Recomputes the hash chain of a dossier's log. */
  verifyChain(dossierId: string): Promise<ChainVerification>;
  close(): Promise<void>;
}
