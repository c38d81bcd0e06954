/**
 * The statements that write dossiers, shared verbatim by the embedded and the PostgreSQL store
 * (`createSqlStore`). Every write is ONE statement, atomic on its own in autocommit: the version-checked
 * dossier row, its hash-chained events and its outbox rows land together or not at all. Each statement
 * takes a batch: the writes of its kind that arrived together (`createWriteBatcher`), as a JSON array.
 */

/** The columns of a dossier row, the application data kept apart last (migration 9). */
export const DOSSIER_COLUMNS = 'id, code, procedure_key, agency_code, access_token_hash, snapshot, state, status, closed, due_at, version, created_at, updated_at, last_seq, last_hash, open_roles, data';

/**
 * What an append hands back of each row it wrote: what the writer does not know already (it wrote the
 * position, the chain head, the instant), and whether the row's `data` column holds the answers. The
 * writer has the rest; parsing it back (timestamps, the roles array) cost time under load.
 */
const APPENDED = 'id, code, procedure_key, agency_code, access_token_hash, version, created_at';
const APPENDED_RETURNING = `${APPENDED.split(', ').map((column) => `d.${column}`).join(', ')}, d.data IS NOT NULL AS data_has_column`;
/** The names of `APPENDED_RETURNING`, as the statement's last SELECT lists them. */
const APPENDED_COLUMNS = `${APPENDED}, data_has_column`;

/**
 * The events of one write, as `json_to_recordset` rows: the whole batch in one JSON value.
 * `json`, not `jsonb`: the batch is only taken apart, and `payload` / `due_change` go to `json` columns as
 * the text the app sent, never converted to `jsonb` and back.
 */
const eventRows = (value: string): string => `json_to_recordset(${value}::json) AS e(seq integer, at timestamptz, actor_id text, actor_agency text, role text, type text,
  payload json, from_state text, state text, status smallint, due_at timestamptz, due_change json, prev_hash text, hash text)`;
const EVENT_INSERT = `INSERT INTO dossier_events (dossier_id, seq, at, actor_id, actor_agency, role, type, payload, from_state, state, status, due_at, due_change, prev_hash, hash)`;
const EVENT_VALUES = `e.seq, e.at, e.actor_id, e.actor_agency, e.role, e.type, COALESCE(e.payload, 'null'::json), e.from_state, e.state, e.status, e.due_at, e.due_change, e.prev_hash, e.hash`;

/** The outbox rows of one write (status changes for the National Portal), as `json_to_recordset` rows. */
const outboxRows = (value: string) => `json_to_recordset(${value}::json) AS o(kind text, status smallint, event_at timestamptz, payload json)`;
const OUTBOX_INSERT = 'INSERT INTO outbox (dossier_id, kind, status, event_at, payload, next_attempt_at)';
const OUTBOX_VALUES = 'o.kind, o.status, o.event_at, o.payload, o.event_at';
const OUTBOX_CONFLICT = 'ON CONFLICT (dossier_id, kind, status, event_at) DO NOTHING';

/** Between a batch's snapshots in the one text the write statements take them as (`withSnapshots`): JSON text never holds it unescaped. */
export const SNAPSHOT_SEPARATOR = '\u0001';

/**
 * The elements of the JSON array `batch` as rows of `fields`, each with the snapshot at its position in
 * `snapshots`: the batch's snapshots as one text, in batch order, separated by `SNAPSHOT_SEPARATOR` (chr(1)).
 * A snapshot is the bulk of a write; inside the JSON array PostgreSQL would parse it twice, once with the
 * array and once more as a `json` value, and apart it is parsed once. Taking a batch of 25 actions apart
 * cost PostgreSQL 2.7 ms with the snapshots inside and 1.3 ms with them apart.
 */
function withSnapshots(batch: string, snapshots: string, alias: string, fields: string): string {
  const names = fields.split(',').map((field) => field.trim().split(' ')[0]).join(', ');
  return `ROWS FROM (json_to_recordset(${batch}::json) AS (${fields})) WITH ORDINALITY AS ${alias}(${names}, i)
    JOIN unnest(string_to_array(${snapshots}, chr(1))::json[]) WITH ORDINALITY AS s(snapshot, i) USING (i)`;
}

/**
 * Officer actions on several dossiers in ONE statement: `$1` is a JSON array of appends (`toAppendJson`), each
 * the new position of one dossier with the version and chain head it was computed from, its events and its
 * outbox rows, and `$3` their snapshots (`withSnapshots`). An append's application data is null unless it
 * changed, and null leaves the column as it is (`DossierPosition.data`). When given, it travels inside the
 * array and PostgreSQL parses it twice (see `withSnapshots`): that is rare (a supplement that corrects the
 * answers, or once per dossier written before migration 9). The UPDATE checks version and head per dossier;
 * an append whose check fails (another writer got there first) matches no row, so neither its events nor
 * its outbox rows are written and no row comes back for it, while the others land. One statement means one
 * commit and one round trip for the lot: on PostgreSQL with durable commits that is most of what an action
 * costs the database (BENCHMARKS.md).
 * The appends must name distinct dossiers (an UPDATE … FROM changes a row once, whichever match it takes),
 * and `$2` lists them: the planner guesses 100 rows for a JSON recordset whatever its length, and for 100
 * rows it would hash the batch and scan the whole table (3–9 ms on a few thousand dossiers, measured);
 * for an array of ids (counted in a fresh plan, taken as 10 in a kept one) it finds the rows through the
 * primary key. Its plan is kept per size of `dossiers` (`createPlanGeneration`).
 */
export const APPEND_SQL = `WITH b AS (
  SELECT * FROM ${withSnapshots('$1', '$3', 'b', `id text, expected_version integer, prev_seq integer, prev_hash text, state text, status smallint,
    closed boolean, due_at timestamptz, updated_at timestamptz, last_seq integer, last_hash text, open_roles text[], data json, events json, outbox json`)}
), upd AS (
  UPDATE dossiers d SET snapshot = b.snapshot, state = b.state, status = b.status, closed = b.closed, due_at = b.due_at, version = d.version + 1,
    updated_at = b.updated_at, last_seq = b.last_seq, last_hash = b.last_hash, open_roles = b.open_roles, data = COALESCE(b.data, d.data)
  FROM b
  WHERE d.id = ANY($2::text[]) AND d.id = b.id AND d.version = b.expected_version AND d.last_seq = b.prev_seq AND d.last_hash = b.prev_hash
  RETURNING ${APPENDED_RETURNING}, b.events AS new_events, b.outbox AS new_outbox
), ev AS (
  ${EVENT_INSERT}
  SELECT upd.id, ${EVENT_VALUES} FROM upd CROSS JOIN LATERAL ${eventRows('upd.new_events')}
), ob AS (
  ${OUTBOX_INSERT}
  SELECT upd.id, ${OUTBOX_VALUES} FROM upd CROSS JOIN LATERAL ${outboxRows('upd.new_outbox')}
  ${OUTBOX_CONFLICT}
)
SELECT ${APPENDED_COLUMNS} FROM upd`;

/**
 * The next numbers of agencies' days for several new dossiers in ONE statement: `$1` is a JSON array of
 * `{ id, agency_code, day, key_hash }`, and `$2` lists the keys (so they are looked up through the primary
 * key, not by hashing the whole table against a batch the planner guesses at 100 rows). One row comes
 * back per element, by `id`: its number (`last`), or —
 * when its idempotency key was used already — the response stored with the key and no number. Each
 * agency's day is counted up once by the dossiers of the batch that fall on it, which take its numbers in
 * order of `id`.
 *
 * The counter rows stay locked until the statement commits, and a commit that waits for its WAL flush
 * would hold every other submission of those agencies behind the disk; so this one commit does not wait
 * (`synchronous_commit` off, for this transaction only). That loses nothing: a dossier that uses a number
 * commits durably later, and flushing its commit record flushes the counter's before it, so no durable
 * dossier ever carries a number the counter could hand out again. The keys are only read here;
 * `INSERT_SQL` still claims them, so two racing requests with one key still make one dossier.
 */
export const NEXT_NUMBER_SQL = `WITH n AS (
  SELECT * FROM json_to_recordset($1::json) AS n(id text, agency_code text, day date, key_hash text)
), earlier AS (
  SELECT n.id, k.response, k.request_fingerprint FROM n JOIN idempotency_keys k ON k.key_hash = n.key_hash WHERE k.key_hash = ANY($2::text[])
), fresh AS (
  SELECT n.id, n.agency_code, n.day, row_number() OVER (PARTITION BY n.agency_code, n.day ORDER BY n.id) AS rank
  FROM n WHERE n.id NOT IN (SELECT id FROM earlier)
), counts AS (
  SELECT agency_code, day, count(*) AS taken FROM fresh GROUP BY agency_code, day
), numbered AS (
  INSERT INTO dossier_counters (agency_code, day, last)
  SELECT c.agency_code, c.day, c.taken FROM counts c CROSS JOIN (SELECT set_config('synchronous_commit', 'off', true) AS setting) AS relaxed
  WHERE relaxed.setting = 'off'
  ON CONFLICT (agency_code, day) DO UPDATE SET last = dossier_counters.last + excluded.last RETURNING agency_code, day, last
)
SELECT f.id, (nb.last - c.taken + f.rank)::integer AS last, NULL::jsonb AS response, NULL::text AS request_fingerprint
FROM fresh f JOIN counts c ON c.agency_code = f.agency_code AND c.day = f.day JOIN numbered nb ON nb.agency_code = f.agency_code AND nb.day = f.day
UNION ALL SELECT id, NULL, response, request_fingerprint FROM earlier`;

/**
 * New dossiers in ONE statement: `$1` is a JSON array of dossiers (`toNewDossierJson`), each numbered already
 * (`NEXT_NUMBER_SQL`), with its hash-chained events, its outbox rows and its idempotency key, if any, and `$2`
 * their snapshots (`withSnapshots`). The keys go first: a key already taken, or being taken by a concurrent
 * request, yields no row, so its dossier, events and outbox rows are not written and its id does not come
 * back, while the others land (the writer has the rest of the rows). Each dossier reaches the National
 * Portal's outbox as an officer action does, with no wait for the sweep. The foreign keys to `dossiers`
 * are checked at the end of the statement, when the rows exist.
 * The dossiers must carry distinct keys: two with one key would both lose to each other.
 */
export const INSERT_SQL = `WITH n AS (
  SELECT * FROM ${withSnapshots('$1', '$2', 'n', `id text, code text, procedure_key text, agency_code text, access_token_hash text, state text,
    status smallint, closed boolean, due_at timestamptz, at timestamptz, last_seq integer, last_hash text, open_roles text[], key_hash text,
    response jsonb, request_fingerprint text, data json, events json, outbox json`)}
), idem AS (
  INSERT INTO idempotency_keys (key_hash, dossier_id, response, created_at, request_fingerprint)
  SELECT n.key_hash, n.id, n.response, n.at, n.request_fingerprint FROM n WHERE n.key_hash IS NOT NULL
  ON CONFLICT (key_hash) DO NOTHING RETURNING dossier_id
), ins AS (
  INSERT INTO dossiers (${DOSSIER_COLUMNS})
  SELECT n.id, n.code, n.procedure_key, n.agency_code, n.access_token_hash, n.snapshot, n.state, n.status, n.closed, n.due_at, 1, n.at, n.at,
    n.last_seq, n.last_hash, n.open_roles, n.data
  FROM n WHERE n.key_hash IS NULL OR n.id IN (SELECT dossier_id FROM idem)
  RETURNING id
), ev AS (
  ${EVENT_INSERT}
  SELECT ins.id, ${EVENT_VALUES} FROM ins JOIN n ON n.id = ins.id CROSS JOIN LATERAL ${eventRows('n.events')}
), ob AS (
  ${OUTBOX_INSERT}
  SELECT ins.id, ${OUTBOX_VALUES} FROM ins JOIN n ON n.id = ins.id CROSS JOIN LATERAL ${outboxRows('n.outbox')}
  ${OUTBOX_CONFLICT}
)
SELECT id FROM ins`;
