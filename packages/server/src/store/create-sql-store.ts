/**
 * `createSqlStore`: the `DossierStore` over any `SqlClient` (PGlite now, PostgreSQL through `pg` next),
 * with parameterised SQL only. Concurrency comes from the database, never from in-process locks:
 * versioned writes for dossiers (`UPDATE … WHERE version = $expected`), an upsert for the daily counters,
 * and a primary key for idempotency keys.
 */
import type { AuditRecord } from '@motcua/core';
import { formatDossierCode, receiptDay } from './dossier-code.js';
import type {
  AppendOptions, ChainHead, ChainVerification, DossierPosition, DossierRow, DossierStore, IdempotentResponse, InboxQuery, InsertOutcome, NewDossier, OutboxRow,
  StoredDossier,
} from './dossier-store.js';
import { GENESIS_HASH, hashEventRecord, toUtcIso, type EventRecord } from './hash-chain.js';
import type { SqlClient, SqlQueryable } from './sql-client.js';
import { ConflictError } from './store-errors.js';

type Row = Record<string, unknown>;
type LoggedEvent = EventRecord & { readonly prevHash: string; readonly hash: string };

const DOSSIER_COLUMNS = 'id, code, procedure_key, agency_code, access_token_hash, snapshot, state, status, closed, due_at, version, created_at, updated_at, last_seq, last_hash, open_roles';
/** The columns a write hands back: the row without the snapshot (the caller has it; parsing it back cost time). */
const WRITTEN_COLUMNS = DOSSIER_COLUMNS.replace(' snapshot,', '');

/**
 * The events of one write, as `json_to_recordset` rows (`$n::json`): the whole batch in one parameter.
 * `json`, not `jsonb`: the batch is only taken apart, and `payload` / `due_change` go to `json` columns as
 * the text the app sent, never converted to `jsonb` and back.
 */
const eventRows = (param: string): string => `json_to_recordset(${param}::json) AS e(seq integer, at timestamptz, actor_id text, actor_agency text, role text, type text,
  payload json, from_state text, state text, status smallint, due_at timestamptz, due_change json, prev_hash text, hash text)`;
const EVENT_INSERT = `INSERT INTO dossier_events (dossier_id, seq, at, actor_id, actor_agency, role, type, payload, from_state, state, status, due_at, due_change, prev_hash, hash)`;
const EVENT_VALUES = `e.seq, e.at, e.actor_id, e.actor_agency, e.role, e.type, COALESCE(e.payload, 'null'::json), e.from_state, e.state, e.status, e.due_at, e.due_change, e.prev_hash, e.hash`;

/** The outbox rows of one write (status changes for the National Portal), as `json_to_recordset` rows: `$n::json`. */
const outboxRows = (param: string) => `json_to_recordset(${param}::json) AS o(kind text, status smallint, event_at timestamptz, payload json)`;
const OUTBOX_INSERT = 'INSERT INTO outbox (dossier_id, kind, status, event_at, payload, next_attempt_at)';
const OUTBOX_VALUES = 'o.kind, o.status, o.event_at, o.payload, o.event_at';
const OUTBOX_CONFLICT = 'ON CONFLICT (dossier_id, kind, status, event_at) DO NOTHING';

/**
 * An officer action in ONE statement (atomic on its own in autocommit): the version- and chain-checked
 * snapshot UPDATE, the hash-chained events and the outbox rows. The inserts read from `upd`, so when the
 * check fails (another writer got there first) nothing is written and no row comes back.
 */
const APPEND_SQL = `WITH upd AS (
  UPDATE dossiers SET snapshot = $3, state = $4, status = $5, closed = $6, due_at = $7, version = version + 1, updated_at = $8,
    last_seq = $11, last_hash = $12, open_roles = $15
  WHERE id = $1 AND version = $2 AND last_seq = $9 AND last_hash = $10
  RETURNING ${WRITTEN_COLUMNS}
), ev AS (
  ${EVENT_INSERT}
  SELECT upd.id, ${EVENT_VALUES} FROM upd CROSS JOIN ${eventRows('$13')}
), ob AS (
  ${OUTBOX_INSERT}
  SELECT upd.id, ${OUTBOX_VALUES} FROM upd CROSS JOIN ${outboxRows('$14')}
  ${OUTBOX_CONFLICT}
)
SELECT ${WRITTEN_COLUMNS} FROM upd`;

/**
 * The next number of an agency's day — or, when the idempotency key `$3` was used already, the response
 * stored with it and no number (one row either way: `last`, or `response` and `request_fingerprint`).
 * The counter row stays locked until the statement commits, and a commit that waits for its WAL flush
 * would hold every other submission of that agency behind the disk; so this one commit does not wait
 * (`synchronous_commit` off, for this transaction only). That loses nothing: the dossier that uses the
 * number commits durably later, and flushing its commit record flushes the counter's before it, so no
 * durable dossier ever carries a number the counter could hand out again. The key is only read here;
 * `INSERT_SQL` still claims it, so two racing requests with one key still make one dossier.
 */
const NEXT_NUMBER_SQL = `WITH earlier AS (
  SELECT response, request_fingerprint FROM idempotency_keys WHERE key_hash = $3::text
), numbered AS (
  INSERT INTO dossier_counters (agency_code, day, last)
  SELECT $1, $2::date, 1 FROM (SELECT set_config('synchronous_commit', 'off', true) AS setting) AS relaxed
  WHERE relaxed.setting = 'off' AND NOT EXISTS (SELECT 1 FROM earlier)
  ON CONFLICT (agency_code, day) DO UPDATE SET last = dossier_counters.last + 1 RETURNING last
)
SELECT last, NULL::jsonb AS response, NULL::text AS request_fingerprint FROM numbered
UNION ALL SELECT NULL, response, request_fingerprint FROM earlier`;

/**
 * A new dossier in ONE statement: the idempotency key first (a key already taken, or being taken by a
 * concurrent request, yields no row and so writes nothing), then the dossier row, its hash-chained
 * events and the outbox row of its first status, so the submission reaches the National Portal as an
 * officer action does, with no wait for the sweep. The foreign keys to `dossiers` are checked at the end
 * of the statement, when the row exists.
 */
const INSERT_SQL = `WITH idem AS (
  INSERT INTO idempotency_keys (key_hash, dossier_id, response, created_at, request_fingerprint)
  SELECT $15::text, $1::text, $16::jsonb, $11::timestamptz, $18::text WHERE $15::text IS NOT NULL
  ON CONFLICT (key_hash) DO NOTHING RETURNING key_hash
), ins AS (
  INSERT INTO dossiers (${DOSSIER_COLUMNS})
  SELECT $1::text, $2::text, $3::text, $4::text, $5::text, $6::json, $7::text, $8::smallint, $9::boolean, $10::timestamptz, 1,
    $11::timestamptz, $11::timestamptz, $12::integer, $13::text, $17::text[]
  WHERE $15::text IS NULL OR EXISTS (SELECT 1 FROM idem)
  RETURNING ${WRITTEN_COLUMNS}
), ev AS (
  ${EVENT_INSERT}
  SELECT ins.id, ${EVENT_VALUES} FROM ins CROSS JOIN ${eventRows('$14')}
), ob AS (
  ${OUTBOX_INSERT}
  SELECT ins.id, ${OUTBOX_VALUES} FROM ins CROSS JOIN ${outboxRows('$19')}
  ${OUTBOX_CONFLICT}
)
SELECT ${WRITTEN_COLUMNS} FROM ins`;

/** A `DossierStore` over `client`; the schema must be migrated (`runMigrations`). */
export function createSqlStore(client: SqlClient): DossierStore {
  const store: DossierStore = {
    async insertDossier(dossier: NewDossier): Promise<InsertOutcome> {
      // Two round trips, no transaction held open: the number (or the key's earlier response) first, the
      // counter row locked only for that statement; then the dossier, its events and the key in one statement.
      const idempotency = dossier.idempotency;
      const { rows } = await client.query<{ last: number | null; response: unknown; request_fingerprint: string | null }>(
        NEXT_NUMBER_SQL, [dossier.agencyCode, receiptDay(dossier.at), idempotency?.keyHash ?? null]);
      const numbered = rows[0]!;
      if (numbered.last === null) return { inserted: false, response: numbered.response, fingerprint: numbered.request_fingerprint ?? null };
      const code = formatDossierCode(dossier.agencyCode, receiptDay(dossier.at), Number(numbered.last));
      const at = dossier.at.toISOString();
      const events = chainEvents(dossier.id, { seq: 0, hash: GENESIS_HASH }, dossier.records);
      const head = events.at(-1) ?? { seq: 0, hash: GENESIS_HASH };
      const inserted = await client.query<Row>(INSERT_SQL, [
        dossier.id, code, dossier.procedureKey, dossier.agencyCode, dossier.accessTokenHash, toSnapshotText(dossier.snapshot),
        dossier.state, dossier.status, dossier.closed, dossier.dueAt, at, head.seq, head.hash, JSON.stringify(events),
        idempotency?.keyHash ?? null, idempotency ? JSON.stringify(idempotency.response(code)) : null,
        toRolesParam(dossier.openRoles), idempotency?.fingerprint ?? null, JSON.stringify(toOutboxRecordset(dossier.outbox?.(code) ?? [])),
      ]);
      if (inserted.rows.length === 0) {
        // No row: the idempotency key was taken (by a concurrent request that committed first). Nothing was
        // written; its number stays unused, the one gap numbering allows.
        const earlier = await store.findIdempotent(idempotency!.keyHash);
        return { inserted: false as const, response: earlier?.response ?? null, fingerprint: earlier?.fingerprint ?? null };
      }
      return { inserted: true, dossier: { ...toDossier(inserted.rows[0]!), snapshot: dossier.snapshot } };
    },

    async findIdempotent(keyHash: string): Promise<IdempotentResponse | null> {
      const { rows } = await client.query<{ response: unknown; request_fingerprint: string | null }>(
        'SELECT response, request_fingerprint FROM idempotency_keys WHERE key_hash = $1', [keyHash]);
      return rows[0] ? { response: rows[0].response, fingerprint: rows[0].request_fingerprint ?? null } : null;
    },

    async findByCode(code: string): Promise<StoredDossier | null> {
      const { rows } = await client.query<Row>(`SELECT ${DOSSIER_COLUMNS} FROM dossiers WHERE code = $1`, [code]);
      return rows[0] ? toDossier(rows[0]) : null;
    },

    async appendEvents(dossierId, expectedVersion, position, records, within): Promise<DossierRow> {
      const options: AppendOptions = typeof within === 'function' ? {} : within ?? {};
      const write = async (sql: SqlQueryable): Promise<DossierRow> => {
        // The new events' hashes are computed here from the head read with the dossier. The UPDATE checks
        // version and head together, so they only land if nobody appended since (the row lock serialises
        // writers; a loser re-checks the WHERE after the winner commits and matches no row).
        const head = options.chainHead ?? (await readChainHead(sql, dossierId, expectedVersion));
        const events = chainEvents(dossierId, head, records);
        const next = events.at(-1) ?? head;
        const { rows } = await sql.query<Row>(APPEND_SQL, [
          dossierId, expectedVersion, toSnapshotText(position.snapshot), position.state, position.status, position.closed,
          position.dueAt, toUtcIso(records.at(-1)?.at ?? new Date()), head.seq, head.hash, next.seq, next.hash,
          JSON.stringify(events), JSON.stringify(toOutboxRecordset(options.outbox ?? [])), toRolesParam(position.openRoles),
        ]);
        if (rows.length === 0) throw new ConflictError(dossierId, expectedVersion);
        return { ...toDossier(rows[0]!), snapshot: position.snapshot };
      };
      if (typeof within !== 'function') return write(client);
      return client.transaction(async (tx) => {
        const saved = await write(tx);
        await within(tx, saved);
        return saved;
      });
    },

    async listInbox(query: InboxQuery): Promise<StoredDossier[]> {
      const states = query.states ? [...query.states] : null;
      const { rows } = await client.query<Row>(
        `SELECT ${DOSSIER_COLUMNS} FROM dossiers
         WHERE agency_code = $1 AND NOT closed AND ($2::text[] IS NULL OR state = ANY($2::text[]))
           AND ($4::text IS NULL OR open_roles IS NULL OR $4::text = ANY(open_roles))
         ORDER BY created_at, code LIMIT $3`,
        [query.agencyCode, states, Math.min(query.limit ?? 100, 500), query.role ?? null],
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

/** The head of the log of `dossierId` at `expectedVersion`. @throws ConflictError when it is not at that version. */
async function readChainHead(sql: SqlQueryable, dossierId: string, expectedVersion: number): Promise<ChainHead> {
  const { rows } = await sql.query<Row>('SELECT last_seq, last_hash FROM dossiers WHERE id = $1 AND version = $2', [dossierId, expectedVersion]);
  if (!rows[0]) throw new ConflictError(dossierId, expectedVersion);
  return { seq: Number(rows[0]['last_seq']), hash: String(rows[0]['last_hash']) };
}

/** `records` as hash-chained event rows after `head`, in the `json_to_recordset` shape of `eventRows`. */
function chainEvents(dossierId: string, head: ChainHead, records: readonly AuditRecord[]): (ChainHead & Row)[] {
  let prevHash = head.hash;
  return records.map((audit, index) => {
    const record: EventRecord = {
      dossierId, seq: head.seq + index + 1, at: toUtcIso(audit.at)!, actorId: audit.actor.id, actorAgency: audit.actor.agency ?? null,
      role: audit.role, type: audit.type, payload: audit.payload, fromState: audit.fromState, state: audit.toState,
      status: audit.status, dueAt: toUtcIso(audit.dueAt), dueChange: audit.dueChange ?? null,
    };
    // Hash what the database hands back: JSON without `undefined` members.
    const stored = JSON.parse(JSON.stringify(record)) as EventRecord;
    const hash = hashEventRecord(prevHash, stored);
    const row = {
      seq: stored.seq, at: stored.at, actor_id: stored.actorId, actor_agency: stored.actorAgency, role: stored.role, type: stored.type,
      payload: stored.payload ?? null, from_state: stored.fromState, state: stored.state, status: stored.status, due_at: stored.dueAt,
      due_change: stored.dueChange ?? null, prev_hash: prevHash, hash,
    };
    prevHash = hash;
    return row;
  });
}

/** Outbox rows in the `json_to_recordset` shape of `APPEND_SQL`, without repeats of one key. */
function toOutboxRecordset(outbox: readonly OutboxRow[]): Row[] {
  const seen = new Set<string>();
  return outbox.flatMap((row) => {
    const key = `${row.kind}\n${row.status}\n${new Date(row.eventAt).getTime()}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ kind: row.kind, status: row.status, event_at: row.eventAt, payload: row.payload ?? null }];
  });
}

/** The snapshot parameter: JSON text as given, an object stringified. */
function toSnapshotText(snapshot: DossierPosition['snapshot']): string {
  return typeof snapshot === 'string' ? snapshot : JSON.stringify(snapshot);
}

/** `open_roles` as a parameter: a text[] literal, or null for "unknown". */
function toRolesParam(roles: readonly string[] | undefined): string[] | null {
  return roles === undefined ? null : [...roles];
}

function toDossier(row: Row): StoredDossier {
  return {
    id: String(row['id']), code: String(row['code']), procedureKey: String(row['procedure_key']), agencyCode: String(row['agency_code']),
    accessTokenHash: String(row['access_token_hash']), snapshot: row['snapshot'] as StoredDossier['snapshot'], state: String(row['state']),
    status: row['status'] === null ? null : Number(row['status']), closed: Boolean(row['closed']),
    dueAt: toUtcIso(row['due_at'] as Date | string | null), version: Number(row['version']),
    createdAt: toUtcIso(row['created_at'] as Date | string)!, updatedAt: toUtcIso(row['updated_at'] as Date | string)!,
    chainHead: { seq: Number(row['last_seq']), hash: String(row['last_hash']) },
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
