/**
 * `runMigrations`: brings a database to the current schema, recording each applied step in
 * `schema_migrations`. The SQL keeps to the PostgreSQL 15 subset (stack.md G8: PGlite is 18, production
 * may be older), so the embedded and PostgreSQL stores share it verbatim.
 */
import { GENESIS_HASH } from './hash-chain.js';
import type { SqlClient } from './sql-client.js';

/** One schema step: applied once, in order of `version`. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * The schema. Instants are `timestamptz`; the event log keeps what the hash covers, and the hash chain
 * (`prev_hash` → `hash`) makes a changed, removed or reordered row detectable.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'dossiers, event log, daily counters, idempotency keys',
    sql: `
CREATE TABLE dossiers (
  id text PRIMARY KEY,
  code text NOT NULL UNIQUE,
  procedure_key text NOT NULL,
  agency_code text NOT NULL,
  access_token_hash text NOT NULL,
  snapshot jsonb NOT NULL,
  state text NOT NULL,
  status smallint,
  closed boolean NOT NULL DEFAULT false,
  due_at timestamptz,
  version integer NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX dossiers_inbox ON dossiers (agency_code, closed, state);
CREATE INDEX dossiers_due ON dossiers (due_at) WHERE NOT closed;

CREATE TABLE dossier_events (
  dossier_id text NOT NULL REFERENCES dossiers (id),
  seq integer NOT NULL,
  at timestamptz NOT NULL,
  actor_id text NOT NULL,
  actor_agency text,
  role text NOT NULL,
  type text NOT NULL,
  payload jsonb NOT NULL,
  from_state text NOT NULL,
  state text NOT NULL,
  status smallint,
  due_at timestamptz,
  due_change jsonb,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  PRIMARY KEY (dossier_id, seq)
);

CREATE TABLE dossier_counters (
  agency_code text NOT NULL,
  day date NOT NULL,
  last integer NOT NULL,
  PRIMARY KEY (agency_code, day)
);

CREATE TABLE idempotency_keys (
  key_hash text PRIMARY KEY,
  dossier_id text NOT NULL REFERENCES dossiers (id),
  response jsonb NOT NULL,
  created_at timestamptz NOT NULL
);
`,
  },
  {
    version: 2,
    name: 'deadline flags, national-portal outbox',
    sql: `
CREATE TABLE dossier_flags (
  dossier_id text NOT NULL REFERENCES dossiers (id),
  flag text NOT NULL,
  due_at timestamptz NOT NULL,
  raised_at timestamptz NOT NULL,
  PRIMARY KEY (dossier_id, flag, due_at)
);

CREATE TABLE outbox (
  id bigserial PRIMARY KEY,
  dossier_id text NOT NULL REFERENCES dossiers (id),
  kind text NOT NULL,
  status smallint NOT NULL,
  event_at timestamptz NOT NULL,
  payload jsonb NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  sent_at timestamptz,
  last_error text,
  UNIQUE (dossier_id, kind, status, event_at)
);
CREATE INDEX outbox_pending ON outbox (next_attempt_at) WHERE sent_at IS NULL;
CREATE INDEX outbox_per_dossier ON outbox (dossier_id, event_at, id) WHERE sent_at IS NULL;
CREATE INDEX dossier_events_status_at ON dossier_events (at) WHERE status IS NOT NULL
`,
  },
  {
    version: 3,
    name: 'uploaded documents',
    sql: `
CREATE TABLE dossier_documents (
  dossier_id text NOT NULL REFERENCES dossiers (id),
  component_id text NOT NULL,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size bigint NOT NULL CHECK (size > 0),
  media_type text NOT NULL,
  uploaded_at timestamptz NOT NULL,
  uploaded_by text NOT NULL,
  PRIMARY KEY (dossier_id, component_id, sha256)
);
CREATE INDEX dossier_documents_sha256 ON dossier_documents (sha256)
`,
  },
  {
    version: 4,
    name: 'chain head on the dossier row',
    // The last event's seq and hash beside `version`, so an append chains its events from the row it
    // version-checks, in one statement. Backfilled from the log; new rows get them from the store.
    sql: `
ALTER TABLE dossiers ADD COLUMN last_seq integer NOT NULL DEFAULT 0;
ALTER TABLE dossiers ADD COLUMN last_hash text NOT NULL DEFAULT '${GENESIS_HASH}';
UPDATE dossiers d SET last_seq = e.seq, last_hash = e.hash
FROM (SELECT DISTINCT ON (dossier_id) dossier_id, seq, hash FROM dossier_events ORDER BY dossier_id, seq DESC) e
WHERE e.dossier_id = d.id
`,
  },
  {
    version: 5,
    name: 'citizen feedback',
    // One rating per dossier, given once the result exists (Decree 61/2018 Arts. 27–29: citizens evaluate
    // the handling of their dossier, online among other channels; Decision 766/QĐ-TTg scores satisfaction).
    sql: `
CREATE TABLE dossier_feedback (
  dossier_id text PRIMARY KEY REFERENCES dossiers (id),
  rating text NOT NULL CHECK (rating IN ('very-satisfied', 'satisfied', 'dissatisfied')),
  comment text CHECK (comment IS NULL OR char_length(comment) <= 1000),
  given_at timestamptz NOT NULL
);
CREATE INDEX dossier_feedback_given_at ON dossier_feedback (given_at)
`,
  },
  {
    version: 6,
    name: 'idempotency request fingerprint',
    // A key bound to the body it was first used with: the same key with another body is refused.
    // NULL for keys stored before this migration (they replay as before).
    sql: `
ALTER TABLE idempotency_keys ADD COLUMN request_fingerprint text
`,
  },
  {
    version: 7,
    name: 'roles that can act now',
    // Written with each append, so the inbox filters by role in SQL. NULL (rows from before, or writers
    // that do not know) means "unknown": the inbox then decides by restoring the dossier, as before.
    sql: `
ALTER TABLE dossiers ADD COLUMN open_roles text[];
CREATE INDEX dossiers_open_roles ON dossiers USING gin (open_roles) WHERE NOT closed
`,
  },
  {
    version: 8,
    name: 'per-action JSON stored verbatim',
    // The columns every officer action writes become `json`: PostgreSQL checks the text is JSON and keeps it
    // as sent, instead of converting it to `jsonb` on every insert. Nothing queries inside them (no jsonb
    // operator, index or equality on any), they are only written and handed back whole; the event hash is
    // over the app's canonical JSON of the parsed values, so it holds whichever form the text comes back in.
    // `idempotency_keys.response` (once per submission) stays `jsonb`. Rewrites the three tables once.
    sql: `
ALTER TABLE dossiers ALTER COLUMN snapshot TYPE json USING snapshot::json;
ALTER TABLE dossier_events ALTER COLUMN payload TYPE json USING payload::json, ALTER COLUMN due_change TYPE json USING due_change::json;
ALTER TABLE outbox ALTER COLUMN payload TYPE json USING payload::json
`,
  },
  {
    version: 9,
    name: 'application data kept apart from the snapshot',
    // The applicant's answers (`context.data`, about half a snapshot's text) are written at submission and
    // when a supplement changes them, not with every action (`DossierPosition.data`). NULL for rows written
    // before: their snapshot still holds the data, and their next write moves it here.
    // A nullable column with no default: no table rewrite.
    sql: `
ALTER TABLE dossiers ADD COLUMN data json
`,
  },
];

/**
 * Applies the migrations `client` has not seen, each in its own transaction.
 * @returns the versions applied now (empty when the schema was current).
 */
export async function runMigrations(client: SqlClient, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  await client.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`);
  const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
  const done = new Set(rows.map((row) => Number(row.version)));
  // A database that a newer motcua migrated holds rows this code may misread (migration 9's snapshots
  // without their answers, say): refuse it rather than serve them. There is no way back down.
  const known = Math.max(0, ...migrations.map((migration) => migration.version));
  const newer = [...done].filter((version) => version > known).sort((a, b) => a - b);
  if (newer.length > 0) {
    throw new Error(`The database has schema migrations ${newer.join(', ')}, newer than this server knows (up to ${known}): `
      + 'run the version of @motcua/server that applied them, or a later one');
  }
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (done.has(migration.version)) continue;
    await client.transaction(async (tx) => {
      // On PostgreSQL, createPostgresStore holds an advisory lock around this, so instances starting at once take turns.
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
    });
    applied.push(migration.version);
  }
  return applied;
}

/** Splits a migration into statements (ours hold no `;` inside literals or bodies). */
function splitStatements(sql: string): string[] {
  return sql.split(';').map((part) => part.trim()).filter((part) => part !== '');
}
