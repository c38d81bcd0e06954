/**
 * `enqueueStatusChange`: writes a status change to the `outbox` for the National Public Service Portal,
 * and `sweepOutbox`, which re-derives outbox rows from the event log (the truth) so that no change is
 * lost even when a writer stopped between committing its events and enqueuing them. Both are idempotent:
 * a change is one row per (dossier, status, instant).
 */
import type { AuditRecord, StatusCode } from '@motcua/core';
import { toVietnamIso } from '../store/dossier-code.js';
import type { OutboxRow, StoredDossier } from '../store/dossier-store.js';
import type { SqlQueryable } from '../store/sql-client.js';
import type { PortalStatusPush } from './national-portal-adapter.js';

/** The outbox kind of a portal status push. */
export const STATUS_CHANGE = 'portal-status';

/** The dossier fields a push needs. */
export type OutboxDossier = Pick<StoredDossier, 'id' | 'code' | 'procedureKey'>;

/**
 * Enqueues `record`'s status for the portal, on `client` — pass the transaction that wrote the record
 * to make both atomic. A record without a status enqueues nothing; a repeat is ignored.
 * @returns whether a row was added.
 */
export async function enqueueStatusChange(client: SqlQueryable, dossier: OutboxDossier, record: Pick<AuditRecord, 'at' | 'status' | 'dueAt'>): Promise<boolean> {
  const row = statusChangeRow(dossier, record);
  if (row === null) return false;
  const { rows } = await client.query(
    `INSERT INTO outbox (dossier_id, kind, status, event_at, payload, next_attempt_at) VALUES ($1, $2, $3, $4, $5, $4)
     ON CONFLICT (dossier_id, kind, status, event_at) DO NOTHING RETURNING id`,
    [dossier.id, row.kind, row.status, row.eventAt, JSON.stringify(row.payload)],
  );
  return rows.length > 0;
}

/** The outbox row of `record`'s status push, or null for a record without a status. */
export function statusChangeRow(dossier: OutboxDossier, record: Pick<AuditRecord, 'at' | 'status' | 'dueAt'>): OutboxRow | null {
  if (record.status === null) return null;
  const push: PortalStatusPush = {
    dossierCode: dossier.code, procedureCode: dossier.procedureKey.split('@')[0]!, status: record.status, at: record.at, dueAt: record.dueAt,
  };
  return { kind: STATUS_CHANGE, status: record.status, eventAt: record.at, payload: push };
}

/**
 * The outbox rows of one append: its records whose status differs from the one before (`previousStatus`
 * is the dossier's status before the append). Hand them to `appendEvents` (`AppendOptions.outbox`) to
 * write them in the append's own statement.
 */
export function statusChangeRows(dossier: OutboxDossier, records: readonly AuditRecord[], previousStatus: number | null): OutboxRow[] {
  const rows: OutboxRow[] = [];
  let previous = previousStatus;
  for (const record of records) {
    const row = record.status !== previous ? statusChangeRow(dossier, record) : null;
    if (row !== null) rows.push(row);
    if (record.status !== null) previous = record.status;
  }
  return rows;
}

/**
 * Enqueues the records of one append whose status differs from the one before (`previousStatus` is the
 * dossier's status before the append), on `client`. @returns how many rows were added.
 */
export async function enqueueStatusChanges(
  client: SqlQueryable, dossier: OutboxDossier, records: readonly AuditRecord[], previousStatus: number | null,
): Promise<number> {
  let added = 0;
  let previous = previousStatus;
  for (const record of records) {
    if (record.status !== null && record.status !== previous && (await enqueueStatusChange(client, dossier, record))) added += 1;
    if (record.status !== null) previous = record.status;
  }
  return added;
}

/**
 * Adds outbox rows for status changes logged since `since` that have none yet. A safety net: every write
 * of the store enqueues its changes in its own statement (the submission's and each action's), so this
 * finds only rows written otherwise (by an older version, or straight into the log). @returns how many
 * rows were added.
 */
export async function sweepOutbox(client: SqlQueryable, since: Date): Promise<number> {
  const { rows } = await client.query<{ id: string; code: string; procedure_key: string; status: number; at: Date | string; due_at: Date | string | null }>(
    `SELECT d.id, d.code, d.procedure_key, e.status, e.at, e.due_at
     FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id
     WHERE e.at >= $1 AND e.status IS NOT NULL
       AND e.status IS DISTINCT FROM (SELECT p.status FROM dossier_events p
         WHERE p.dossier_id = e.dossier_id AND p.seq < e.seq AND p.status IS NOT NULL ORDER BY p.seq DESC LIMIT 1)
       AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.dossier_id = e.dossier_id AND o.kind = $2 AND o.status = e.status AND o.event_at = e.at)
     ORDER BY e.at, e.dossier_id, e.seq`,
    [since.toISOString(), STATUS_CHANGE],
  );
  let added = 0;
  for (const row of rows) {
    const dossier = { id: row.id, code: row.code, procedureKey: row.procedure_key };
    const record = { status: Number(row.status) as StatusCode, at: toIso(row.at)!, dueAt: toIso(row.due_at) };
    if (await enqueueStatusChange(client, dossier, record)) added += 1;
  }
  return added;
}

/** The runtime writes instants in Vietnam time; the sweep does the same so pushes look alike. */
function toIso(value: Date | string | null): string | null {
  return value === null ? null : toVietnamIso(new Date(value));
}
