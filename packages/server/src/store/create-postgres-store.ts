/**
 * `createPostgresStore`: the dossier store on PostgreSQL (production, `DATABASE_URL`), with the schema and
 * SQL of the embedded store (`createSqlStore`, `MIGRATIONS`). Several server instances may share one
 * database: every race is decided by the database (versioned updates, counter upserts, primary keys),
 * never by an in-process lock, and migrations run under a transaction-scoped advisory lock.
 */
import pg from 'pg';
import { createSqlStore, type SqlStoreOptions } from './create-sql-store.js';
import type { DossierStore } from './dossier-store.js';
import { MIGRATIONS, runMigrations, type Migration } from './migrations.js';
import { createPgSqlClient, createPgTransactionClient, withPgTransaction } from './pg-sql-client.js';
import type { SqlClient } from './sql-client.js';

/**
 * The advisory-lock key that serialises migrations across every process on one database: the bytes of
 * "motcua:m" read as a 64-bit integer, so it does not collide with another application's small keys.
 */
export const MIGRATION_LOCK_KEY = '7885649443068918381';

/** Options of {@link createPostgresStore}. */
export interface PostgresStoreOptions {
  /** `postgres://user@host:port/database`, as in `DATABASE_URL`. */
  readonly connectionString: string;
  /** Connections in the pool (10 by default): how many transactions this instance runs at once. */
  readonly maxConnections?: number;
  /** The schema steps; `MIGRATIONS` by default. */
  readonly migrations?: readonly Migration[];
  /** How writes that arrive together share a statement (`SqlStoreOptions.writeBatch`). */
  readonly writeBatch?: SqlStoreOptions['writeBatch'];
}

/** The PostgreSQL store, with its SQL client for maintenance and tests. */
export interface PostgresStore extends DossierStore {
  readonly sql: SqlClient;
  /** The versions this instance applied when it opened (empty when another instance had already). */
  readonly appliedMigrations: readonly number[];
}

/**
 * Connects a pool and brings the schema up to date. Instances that open at once queue on the advisory
 * lock; the first applies the migrations, the others then find nothing left to do.
 * @example const store = await createPostgresStore({ connectionString: process.env.DATABASE_URL! });
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.maxConnections ?? 10 });
  // An idle connection that the server drops (restart, admin kill) emits 'error' on the pool; without a
  // listener Node would crash the process. The pool discards that connection and opens a new one later.
  pool.on('error', () => {});
  const sql = createPgSqlClient(pool);
  try {
    const appliedMigrations = await withPgTransaction(pool, async (connection) => {
      // Held until COMMIT, so the whole of runMigrations, `CREATE TABLE IF NOT EXISTS schema_migrations`
      // included (which races on PostgreSQL's catalog otherwise), runs for one instance at a time.
      await connection.query('SELECT pg_advisory_xact_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
      return runMigrations(createPgTransactionClient(connection), options.migrations ?? MIGRATIONS);
    });
    return { ...createSqlStore(sql, options), sql, appliedMigrations };
  } catch (error) {
    await pool.end();
    throw error;
  }
}
