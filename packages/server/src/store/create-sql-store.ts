/**
 * `createSqlStore`: the `DossierStore` over any `SqlClient` (the embedded PGlite, PostgreSQL through `pg`),
 * with parameterised SQL only (`dossier-sql.ts`). Concurrency comes from the database, never from
 * in-process locks: versioned writes for dossiers (`UPDATE … WHERE version = $expected`), an upsert for
 * the daily counters, and a primary key for idempotency keys. Writes of one kind that arrive together
 * (numbers, new dossiers, officer actions) go in one statement (`createWriteBatcher`).
 */
import { SNAPSHOT_FORMAT_DATA_APART, type AuditRecord } from '@motcua/core';
import { formatDossierCode, receiptDay } from './dossier-code.js';
import { formatUtcIso } from './format-utc-iso.js';
import { APPEND_SQL, DOSSIER_COLUMNS, INSERT_SQL, NEXT_NUMBER_SQL, SNAPSHOT_SEPARATOR } from './dossier-sql.js';
import type {
  AppendOptions, ChainHead, ChainVerification, DossierPosition, DossierRow, DossierStore, IdempotentResponse, InboxQuery, InsertOutcome, NewDossier, OutboxRow,
  StoredDossier,
} from './dossier-store.js';
import { GENESIS_HASH, hashEventRecord, toUtcIso, type EventRecord } from './hash-chain.js';
import { createPlanGeneration } from './plan-generation.js';
import type { QueryOptions, SqlClient, SqlQueryable } from './sql-client.js';
import { ConflictError } from './store-errors.js';
import { createWriteBatcher } from './write-batcher.js';

type Row = Record<string, unknown>;
type LoggedEvent = EventRecord & { readonly prevHash: string; readonly hash: string };

/** The head of a log with no event yet. */
const GENESIS_HEAD: ChainHead = { seq: 0, hash: GENESIS_HASH };

/** One dossier's write as an element of a batch statement (`NEXT_NUMBER_SQL`, `INSERT_SQL`, `APPEND_SQL`). */
interface PendingWrite {
  /** The dossier the write is about: the row that comes back for it has this id. */
  readonly id: string;
  /** Two writes with one key never share a statement (the dossier's id, or a new dossier's idempotency key). */
  readonly key: string;
  /** The element, as JSON text. */
  readonly json: string;
  /** The dossier's snapshot as JSON text, for the statements that write one (`withSnapshots`). */
  readonly snapshot?: string;
  /** The idempotency key the statement looks up for it, if any. */
  readonly lookup?: string;
}

/** Options of {@link createSqlStore}. */
export interface SqlStoreOptions {
  /**
   * How writes are batched, for officer actions and for new dossiers each: at most `maxSize` of them in
   * one statement (32 by default), at most `maxInFlight` such statements at once (1 by default; each
   * holds a connection). A write waits only while earlier ones are on their way; `{ maxSize: 1 }` writes
   * each on its own.
   */
  readonly writeBatch?: { readonly maxSize?: number; readonly maxInFlight?: number };
}

/** A `DossierStore` over `client`; the schema must be migrated (`runMigrations`). */
export function createSqlStore(client: SqlClient, options: SqlStoreOptions = {}): DossierStore {
  const batched = (write: (batch: readonly PendingWrite[]) => Promise<(Row | null)[]>) =>
    createWriteBatcher<PendingWrite, Row | null>({ ...options.writeBatch, keyOf: (pending) => pending.key, write });
  // The append finds its dossiers, and the numbering its idempotency keys, by primary key in tables that grow:
  // their plans are kept per size of the table (`createPlanGeneration`). The insert looks nothing up in a
  // table; its plan is kept once per connection.
  const appendPlan = createPlanGeneration(client, { table: 'dossiers' });
  const numberPlan = createPlanGeneration(client, { table: 'idempotency_keys' });
  const append = batched((batch) => writeAppends(client, batch, appendPlan(batch.length)));
  const number = batched((batch) => writeBatch(client, NEXT_NUMBER_SQL, batch, [batch.flatMap((pending) => pending.lookup ?? [])], numberPlan(batch.length)));
  const insert = batched((batch) => writeBatch(client, INSERT_SQL, batch, [joinSnapshots(batch)]));
  const store: DossierStore = {
    async insertDossier(dossier: NewDossier): Promise<InsertOutcome> {
      // Two round trips, no transaction held open, each shared with the other new dossiers that came
      // meanwhile: the number (or the key's earlier response) first, the counter row locked only for that
      // statement; then the dossier, its events and the key in one statement.
      const { idempotency } = dossier;
      const key = idempotency?.keyHash ?? dossier.id;
      const day = receiptDay(dossier.at);
      // Before the number, so that a refused snapshot or due date takes none. The due date is written in the
      // UTC form the row is handed back in, so a read finds what the write handed back.
      const snapshot = toSnapshotText(dossier.snapshot);
      const dueAt = toUtcIso(dossier.dueAt);
      const numbered = await number({
        id: dossier.id, key, json: JSON.stringify({ id: dossier.id, agency_code: dossier.agencyCode, day, key_hash: idempotency?.keyHash ?? null }),
        ...(idempotency ? { lookup: idempotency.keyHash } : {}),
      });
      if (numbered === null) throw new Error(`The numbering statement answered no row for dossier ${dossier.id}`);
      if (numbered['last'] === null) return { inserted: false, response: numbered['response'], fingerprint: (numbered['request_fingerprint'] as string | null) ?? null };
      const code = formatDossierCode(dossier.agencyCode, day, Number(numbered['last']));
      const events = chainEvents(dossier.id, GENESIS_HEAD, dossier.records);
      const chainHead = headOf(events, GENESIS_HEAD);
      const inserted = await insert({ id: dossier.id, key, json: toNewDossierJson(dossier, code, events, { dueAt, chainHead }), snapshot });
      if (inserted === null) {
        // No row: the idempotency key was taken (by a concurrent request that committed first). Nothing was
        // written; its number stays unused, the one gap numbering allows.
        const earlier = await store.findIdempotent(idempotency!.keyHash);
        return { inserted: false as const, response: earlier?.response ?? null, fingerprint: earlier?.fingerprint ?? null };
      }
      const at = formatUtcIso(dossier.at.getTime());
      return {
        inserted: true,
        dossier: {
          id: dossier.id, code, procedureKey: dossier.procedureKey, agencyCode: dossier.agencyCode, accessTokenHash: dossier.accessTokenHash,
          snapshot: dossier.snapshot, state: dossier.state, status: dossier.status, closed: dossier.closed, dueAt,
          version: 1, createdAt: at, updatedAt: at, chainHead, dataKeptApart: dossier.data != null && isDataApart(dossier.snapshot),
        },
      };
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
      // The new events' hashes are computed here from the head read with the dossier. The UPDATE checks
      // version and head together, so they only land if nobody appended since (the row lock serialises
      // writers; a loser re-checks the WHERE after the winner commits and matches no row).
      const prepare = async (sql: SqlQueryable) => {
        const head = options.chainHead ?? (await readChainHead(sql, dossierId, expectedVersion));
        const events = chainEvents(dossierId, head, records);
        // The last event's instant, in UTC ISO form from chaining; the due date written in the form it is handed back in.
        const written = {
          updatedAt: (events.at(-1)?.['at'] as string | undefined) ?? formatUtcIso(Date.now()), dueAt: toUtcIso(position.dueAt), chainHead: headOf(events, head),
        };
        const write: PendingWrite = {
          id: dossierId, key: dossierId, json: toAppendJson(dossierId, expectedVersion, head, position, events, written, options.outbox ?? []),
          snapshot: toSnapshotText(position.snapshot),
        };
        return { write, ...written };
      };
      /** The row after the write: what the statement handed back (`APPEND_SQL`), and the rest as written. */
      const saved = (row: Row | null, { updatedAt, dueAt, chainHead }: Awaited<ReturnType<typeof prepare>>): DossierRow => {
        if (row === null) throw new ConflictError(dossierId, expectedVersion);
        return {
          id: dossierId, code: String(row['code']), procedureKey: String(row['procedure_key']), agencyCode: String(row['agency_code']),
          accessTokenHash: String(row['access_token_hash']), snapshot: position.snapshot, state: position.state, status: position.status,
          closed: position.closed, dueAt, version: Number(row['version']), createdAt: toUtcIso(row['created_at'] as Date | string)!, updatedAt, chainHead,
          dataKeptApart: Boolean(row['data_has_column']) && isDataApart(position.snapshot),
        };
      };
      if (typeof within !== 'function') {
        const prepared = await prepare(client);
        return saved(await append(prepared.write), prepared);
      }
      return client.transaction(async (tx) => {
        const prepared = await prepare(tx);
        const [row] = await writeAppends(tx, [prepared.write], appendPlan(1));
        const after = saved(row!, prepared);
        await within(tx, after);
        return after;
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

/**
 * Writes `batch` (distinct keys) in one statement `text`, whose `$1` is the JSON array of its elements.
 * @returns per write, the dossier row it wrote, or null when it wrote nothing (a failed check, a used key).
 */
async function writeBatch(
  sql: SqlQueryable, text: string, batch: readonly PendingWrite[], params: readonly unknown[], plan?: QueryOptions,
): Promise<(Row | null)[]> {
  const { rows } = await sql.query<Row>(text, [`[${batch.map((pending) => pending.json).join(',')}]`, ...params], plan);
  const written = new Map(rows.map((row) => [String(row['id']), row]));
  return batch.map((pending) => written.get(pending.id) ?? null);
}

/** `APPEND_SQL` over `batch` (distinct dossiers), which also lists the dossiers' ids as `$2` and their snapshots as `$3`. */
function writeAppends(sql: SqlQueryable, batch: readonly PendingWrite[], plan: QueryOptions): Promise<(Row | null)[]> {
  return writeBatch(sql, APPEND_SQL, batch, [batch.map((pending) => pending.id), joinSnapshots(batch)], plan);
}

/** The snapshots of `batch`, in its order, as the one text `withSnapshots` takes apart. */
function joinSnapshots(batch: readonly PendingWrite[]): string {
  return batch.map((pending) => pending.snapshot).join(SNAPSHOT_SEPARATOR);
}

/**
 * A numbered new dossier as an `INSERT_SQL` element: its row, its events chained from the genesis hash,
 * its outbox rows and its idempotency key with the response to hand back for it.
 */
function toNewDossierJson(
  dossier: NewDossier, code: string, events: readonly (ChainHead & Row)[], written: { readonly dueAt: string | null; readonly chainHead: ChainHead },
): string {
  const { dueAt, chainHead: head } = written;
  const { idempotency } = dossier;
  return JSON.stringify({
    id: dossier.id, code, procedure_key: dossier.procedureKey, agency_code: dossier.agencyCode, access_token_hash: dossier.accessTokenHash,
    state: dossier.state, status: dossier.status, closed: dossier.closed, due_at: dueAt, at: formatUtcIso(dossier.at.getTime()),
    last_seq: head.seq, last_hash: head.hash, open_roles: toRolesParam(dossier.openRoles), key_hash: idempotency?.keyHash ?? null,
    response: idempotency ? idempotency.response(code) : null, request_fingerprint: idempotency?.fingerprint ?? null,
    data: dossier.data ?? null, events, outbox: toOutboxRecordset(dossier.outbox?.(code) ?? []),
  });
}

/** Where the chain ends after `events` (chained onto `head`). */
function headOf(events: readonly (ChainHead & Row)[], head: ChainHead): ChainHead {
  const last = events.at(-1);
  return last === undefined ? head : { seq: last.seq, hash: last.hash };
}

/**
 * One append as an `APPEND_SQL` element: the position, the version and head it was computed from, the
 * events hash-chained after `head` and the outbox rows.
 */
function toAppendJson(
  dossierId: string, expectedVersion: number, head: ChainHead, position: DossierPosition, events: readonly (ChainHead & Row)[],
  written: { readonly updatedAt: string; readonly dueAt: string | null; readonly chainHead: ChainHead }, outbox: readonly OutboxRow[],
): string {
  const next = written.chainHead;
  return JSON.stringify({
    id: dossierId, expected_version: expectedVersion, prev_seq: head.seq, prev_hash: head.hash, state: position.state, status: position.status,
    closed: position.closed, due_at: written.dueAt, updated_at: written.updatedAt, last_seq: next.seq, last_hash: next.hash,
    open_roles: toRolesParam(position.openRoles), data: position.data ?? null, events, outbox: toOutboxRecordset(outbox),
  });
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
    // The canonical JSON is the same before and after the trip through the database (canonicalJson).
    const hash = hashEventRecord(prevHash, record);
    const row = {
      seq: record.seq, at: record.at, actor_id: record.actorId, actor_agency: record.actorAgency, role: record.role, type: record.type,
      payload: record.payload ?? null, from_state: record.fromState, state: record.state, status: record.status, due_at: record.dueAt,
      due_change: record.dueChange, prev_hash: prevHash, hash,
    };
    prevHash = hash;
    return row;
  });
}

/** Outbox rows in the `json_to_recordset` shape of the write statements, without repeats of one key. */
function toOutboxRecordset(outbox: readonly OutboxRow[]): Row[] {
  const seen = new Set<string>();
  return outbox.flatMap((row) => {
    const key = `${row.kind}\n${row.status}\n${new Date(row.eventAt).getTime()}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ kind: row.kind, status: row.status, event_at: row.eventAt, payload: row.payload ?? null }];
  });
}

/**
 * The snapshot parameter: JSON text as given, an object stringified.
 * @throws RangeError when the text holds U+0001 unescaped: it is not JSON, and it would split the batch's snapshots wrongly.
 */
function toSnapshotText(snapshot: DossierPosition['snapshot']): string {
  if (typeof snapshot !== 'string') return JSON.stringify(snapshot);
  if (snapshot.includes(SNAPSHOT_SEPARATOR)) throw new RangeError('The snapshot is not JSON text: it holds the control character U+0001 unescaped (JSON writes it as \\u0001)');
  return snapshot;
}

/** `open_roles` as a parameter: a text[] literal, or null for "unknown". */
function toRolesParam(roles: readonly string[] | undefined): string[] | null {
  return roles === undefined ? null : [...roles];
}

/** How `runtime.toSnapshotJson(state, { data: false })` begins. */
const DATA_APART_TEXT = `{"format":${JSON.stringify(SNAPSHOT_FORMAT_DATA_APART)}`;

/**
 * Whether `snapshot` was made without the application data. JSON text from elsewhere that does not begin
 * as `toSnapshotJson` writes it counts as holding its data: the next write then gives the data again,
 * which costs a write and loses nothing.
 */
function isDataApart(snapshot: DossierPosition['snapshot']): boolean {
  return typeof snapshot === 'string' ? snapshot.startsWith(DATA_APART_TEXT) : snapshot.format === SNAPSHOT_FORMAT_DATA_APART;
}

/** A row read whole (`DOSSIER_COLUMNS`). */
function toDossier(row: Row): StoredDossier {
  const data = row['data'] ?? null;
  return {
    id: String(row['id']), code: String(row['code']), procedureKey: String(row['procedure_key']), agencyCode: String(row['agency_code']),
    accessTokenHash: String(row['access_token_hash']), snapshot: row['snapshot'] as StoredDossier['snapshot'], state: String(row['state']),
    status: row['status'] === null ? null : Number(row['status']), closed: Boolean(row['closed']),
    dueAt: toUtcIso(row['due_at'] as Date | string | null), version: Number(row['version']),
    createdAt: toUtcIso(row['created_at'] as Date | string)!, updatedAt: toUtcIso(row['updated_at'] as Date | string)!,
    chainHead: { seq: Number(row['last_seq']), hash: String(row['last_hash']) },
    dataKeptApart: data !== null && isDataApart(row['snapshot'] as StoredDossier['snapshot']),
    data: data as StoredDossier['data'],
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
