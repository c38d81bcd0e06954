/**
 * `createPgliteStore`: the embedded dossier store — PostgreSQL compiled to WebAssembly, no installation —
 * used by `npm start` and the tests. One connection (stack.md G8): PGlite queues transactions, so the
 * version checks still decide races exactly as on PostgreSQL.
 */
import { PGlite } from '@electric-sql/pglite';
import { createSqlStore, type SqlStoreOptions } from './create-sql-store.js';
import type { DossierStore } from './dossier-store.js';
import { runMigrations } from './migrations.js';
import type { SqlClient, SqlQueryable, SqlResult } from './sql-client.js';

/** Options of {@link createPgliteStore}. */
export interface PgliteStoreOptions {
  /** Directory of the database files; in memory when absent. */
  readonly dataDir?: string;
  /** How writes that arrive together share a statement (`SqlStoreOptions.writeBatch`). */
  readonly writeBatch?: SqlStoreOptions['writeBatch'];
}

/** The embedded store, with its SQL client for maintenance and tests. */
export interface PgliteStore extends DossierStore {
  readonly sql: SqlClient;
}

/**
 * Opens (creating when needed) an embedded database and runs the migrations.
 * Start-up takes seconds (stack.md G8): open one store per process, or per test file.
 * @example const store = await createPgliteStore({ dataDir: '.motcua/data' });
 */
export async function createPgliteStore(options: PgliteStoreOptions = {}): Promise<PgliteStore> {
  const db = options.dataDir === undefined ? new PGlite() : new PGlite(options.dataDir);
  await db.waitReady;
  const sql = toSqlClient(db);
  await runMigrations(sql);
  return { ...createSqlStore(sql, options), sql };
}

/** `db` as a `SqlClient`. PGlite plans every statement when it runs, so `QueryOptions.freshPlan` always holds (and `planGeneration` has nothing to keep). */
function toSqlClient(db: PGlite): SqlClient {
  const run = async <TRow>(target: Pick<PGlite, 'query'>, text: string, params?: readonly unknown[]): Promise<SqlResult<TRow>> => {
    const result = await target.query<TRow>(text, params ? [...params] : []);
    return { rows: result.rows, affectedRows: result.affectedRows ?? 0 };
  };
  return {
    query: (text, params) => run(db, text, params),
    transaction: (work) => db.transaction((tx) => {
      const queryable: SqlQueryable = { query: (text, params) => run(tx, text, params) };
      return work(queryable);
    }),
    exec: async (text) => { await db.exec(text); },
    close: () => db.close(),
  };
}
