/**
 * `createSqlStore`: the `DossierStore` over any `SqlClient` (PGlite now, PostgreSQL through `pg` next),
 * with parameterised SQL only. Concurrency comes from the database, never from in-process locks:
 * versioned writes for dossiers (`UPDATE … WHERE version = $expected`), an upsert for the daily counters,
 * and a primary key for idempotency keys.
 */
import type { AuditRecord } from '@motcua/core';
import { formatDossierCode, receiptDay } from './dossier-code.js';
import type { ChainVerification, DossierPosition, DossierStore, InboxQuery, InsertOutcome, NewDossier, StoredDossier } from './dossier-store.js';
import { GENESIS_HASH, hashEventRecord, toUtcIso, type EventRecord } from './hash-chain.js';
import type { SqlClient, SqlQueryable } from './sql-client.js';
import { ConflictError } from './store-errors.js';

type Row = Record<string, unknown>;
type LoggedEvent = EventRecord & { readonly prevHash: string; readonly hash: string };

const DOSSIER_COLUMNS = 'id, code, procedure_key, agency_code, access_token_hash, snapshot, state, status, closed, due_at, version, created_at, updated_at';

/** A `DossierStore` over `client`; the schema must be migrated (`runMigrations`). */
export function createSqlStore(client: SqlClient): DossierStore {
  const store: DossierStore = {
    async insertDossier(dossier: NewDossier): Promise<InsertOutcome> {
      return client.transaction(async (tx) => {
        const { rows } = await tx.query<{ last: number }>(
          `INSERT INTO dossier_counters (agency_code, day, last) VALUES ($1, $2, 1)
           ON CONFLICT (agency_code, day) DO UPDATE SET last = dossier_counters.last + 1 RETURNING last`,
          [dossier.agencyCode, receiptDay(dossier.at)],
        );
        const code = formatDossierCode(dossier.agencyCode, receiptDay(dossier.at), Number(rows[0]!.last));
        const at = dossier.at.toISOString();
        const inserted = await tx.query<Row>(
          `INSERT INTO dossiers (${DOSSIER_COLUMNS})
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1, $11, $11) RETURNING ${DOSSIER_COLUMNS}`,
          [dossier.id, code, dossier.procedureKey, dossier.agencyCode, dossier.accessTokenHash, JSON.stringify(dossier.snapshot),
            dossier.state, dossier.status, dossier.closed, dossier.dueAt, at],
        );
        await insertEvents(tx, dossier.id, 0, GENESIS_HASH, dossier.records);
        if (dossier.idempotency) {
          const claimed = await tx.query(
            `INSERT INTO idempotency_keys (key_hash, dossier_id, response, created_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (key_hash) DO NOTHING RETURNING key_hash`,
            [dossier.idempotency.keyHash, dossier.id, JSON.stringify(dossier.idempotency.response(code)), at],
          );
          // A concurrent request with the same key committed first: undo everything, answer with its response.
          if (claimed.rows.length === 0) throw new IdempotentReplay();
        }
        return { inserted: true as const, dossier: toDossier(inserted.rows[0]!) };
      }).catch(async (error: unknown) => {
        if (!(error instanceof IdempotentReplay)) throw error;
        return { inserted: false as const, response: await store.findIdempotent(dossier.idempotency!.keyHash) };
      });
    },

    async findIdempotent(keyHash: string): Promise<unknown | null> {
      const { rows } = await client.query<{ response: unknown }>('SELECT response FROM idempotency_keys WHERE key_hash = $1', [keyHash]);
      return rows[0]?.response ?? null;
    },

    async findByCode(code: string): Promise<StoredDossier | null> {
      const { rows } = await client.query<Row>(`SELECT ${DOSSIER_COLUMNS} FROM dossiers WHERE code = $1`, [code]);
      return rows[0] ? toDossier(rows[0]) : null;
    },

    async appendEvents(dossierId, expectedVersion, position, records, within): Promise<StoredDossier> {
      return client.transaction(async (tx) => {
        // The version check takes the row lock first, so two writers never interleave their events.
        const updated = await tx.query<Row>(
          `UPDATE dossiers SET snapshot = $3, state = $4, status = $5, closed = $6, due_at = $7, version = version + 1, updated_at = $8
           WHERE id = $1 AND version = $2 RETURNING ${DOSSIER_COLUMNS}`,
          [dossierId, expectedVersion, JSON.stringify(position.snapshot), position.state, position.status, position.closed,
            position.dueAt, toUtcIso(records.at(-1)?.at ?? new Date())],
        );
        if (updated.rows.length === 0) throw new ConflictError(dossierId, expectedVersion);
        const last = await tx.query<{ seq: number; hash: string }>(
          'SELECT seq, hash FROM dossier_events WHERE dossier_id = $1 ORDER BY seq DESC LIMIT 1', [dossierId]);
        await insertEvents(tx, dossierId, Number(last.rows[0]?.seq ?? 0), last.rows[0]?.hash ?? GENESIS_HASH, records);
        const saved = toDossier(updated.rows[0]!);
        if (within) await within(tx, saved);
        return saved;
      });
    },

    async listInbox(query: InboxQuery): Promise<StoredDossier[]> {
      const states = query.states ? [...query.states] : null;
      const { rows } = await client.query<Row>(
        `SELECT ${DOSSIER_COLUMNS} FROM dossiers
         WHERE agency_code = $1 AND NOT closed AND ($2::text[] IS NULL OR state = ANY($2::text[]))
         ORDER BY created_at, code LIMIT $3`,
        [query.agencyCode, states, Math.min(query.limit ?? 100, 500)],
      );
      return rows.map(toDossier);
    },

    async listEvents(dossierId: string): Promise<LoggedEvent[]> {
      const { rows } = await client.query<Row>(
        `SELECT dossier_id, seq, at, actor_id, actor_agency, role, type, payload, from_state, state, status, due_at, due_change, prev_hash, hash
         FROM dossier_events WHERE dossier_id = $1 ORDER BY seq`, [dossierId]);
      return rows.map(toEvent);
    },

    async verifyChain(dossierId: string): Promise<ChainVerification> {
      const events = await store.listEvents(dossierId);
      let prevHash = GENESIS_HASH;
      for (const [index, { prevHash: storedPrev, hash, ...record }] of events.entries()) {
        if (record.seq !== index + 1) return { valid: false, events: events.length, seq: record.seq, reason: 'gap' };
        if (storedPrev !== prevHash) return { valid: false, events: events.length, seq: record.seq, reason: 'broken-link' };
        if (hashEventRecord(prevHash, record) !== hash) return { valid: false, events: events.length, seq: record.seq, reason: 'hash-mismatch' };
        prevHash = hash;
      }
      return { valid: true, events: events.length };
    },

    close: () => client.close(),
  };
  return store;
}

/** Signals, inside the transaction, that the idempotency key was taken (rolls the transaction back). */
class IdempotentReplay extends Error {
  override readonly name = 'IdempotentReplayError';
}

async function insertEvents(tx: SqlQueryable, dossierId: string, lastSeq: number, lastHash: string, records: readonly AuditRecord[]): Promise<void> {
  let prevHash = lastHash;
  for (const [index, audit] of records.entries()) {
    const record: EventRecord = {
      dossierId, seq: lastSeq + index + 1, at: toUtcIso(audit.at)!, actorId: audit.actor.id, actorAgency: audit.actor.agency ?? null,
      role: audit.role, type: audit.type, payload: audit.payload, fromState: audit.fromState, state: audit.toState,
      status: audit.status, dueAt: toUtcIso(audit.dueAt), dueChange: audit.dueChange ?? null,
    };
    // Hash what the database hands back: JSON without `undefined` members.
    const stored = JSON.parse(JSON.stringify(record)) as EventRecord;
    const hash = hashEventRecord(prevHash, stored);
    await tx.query(
      `INSERT INTO dossier_events (dossier_id, seq, at, actor_id, actor_agency, role, type, payload, from_state, state, status, due_at, due_change, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [dossierId, stored.seq, stored.at, stored.actorId, stored.actorAgency, stored.role, stored.type, JSON.stringify(stored.payload),
        stored.fromState, stored.state, stored.status, stored.dueAt, stored.dueChange === null ? null : JSON.stringify(stored.dueChange), prevHash, hash],
    );
    prevHash = hash;
  }
}

function toDossier(row: Row): StoredDossier {
  return {
    id: String(row['id']), code: String(row['code']), procedureKey: String(row['procedure_key']), agencyCode: String(row['agency_code']),
    accessTokenHash: String(row['access_token_hash']), snapshot: row['snapshot'] as StoredDossier['snapshot'], state: String(row['state']),
    status: row['status'] === null ? null : Number(row['status']), closed: Boolean(row['closed']),
    dueAt: toUtcIso(row['due_at'] as Date | string | null), version: Number(row['version']),
    createdAt: toUtcIso(row['created_at'] as Date | string)!, updatedAt: toUtcIso(row['updated_at'] as Date | string)!,
  };
}

function toEvent(row: Row): LoggedEvent {
  return {
    dossierId: String(row['dossier_id']), seq: Number(row['seq']), at: toUtcIso(row['at'] as Date | string)!,
    actorId: String(row['actor_id']), actorAgency: (row['actor_agency'] as string | null) ?? null, role: String(row['role']),
    type: String(row['type']), payload: row['payload'], fromState: String(row['from_state']), state: String(row['state']),
    status: row['status'] === null ? null : Number(row['status']), dueAt: toUtcIso(row['due_at'] as Date | string | null),
    dueChange: row['due_change'] ?? null, prevHash: String(row['prev_hash']), hash: String(row['hash']),
  };
}
