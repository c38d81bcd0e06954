/**
 * `runMigrations`: brings a database to the current schema, recording each applied step in
 * `schema_migrations`. The SQL keeps to the PostgreSQL 15 subset (stack.md G8: PGlite is 18, production
 * may be older), so the embedded and PostgreSQL stores share it verbatim.
 */
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
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (done.has(migration.version)) continue;
    await client.transaction(async (tx) => {
      // Several instances may start at once on PostgreSQL: the primary key makes the loser fail and retry on restart.
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
