/**
 * `createPgSqlClient`: the `SqlClient` over a `pg` pool, so `createSqlStore` runs on PostgreSQL with the
 * statements it runs on PGlite. Each transaction checks out its own connection; plain queries take any
 * idle one, so concurrent requests really run side by side and the database decides every race.
 */
import type { Pool, PoolClient, QueryResult, QueryResultRow } from 'pg';
import type { QueryOptions, SqlClient, SqlQueryable, SqlResult } from './sql-client.js';

/**
 * A `SqlClient` over `pool`; `close()` ends the pool.
 * @example const sql = createPgSqlClient(new pg.Pool({ connectionString: process.env.DATABASE_URL }));
 */
export function createPgSqlClient(pool: Pool): SqlClient {
  return {
    ...on(pool),
    transaction: (work) => withPgTransaction(pool, (connection) => work(on(connection))),
    exec: async (text) => { await pool.query(text); },
    close: () => pool.end(),
  };
}

/**
 * A `SqlClient` bound to one connection that is already inside a transaction: its `transaction` is a
 * savepoint, `exec` and `query` join the open transaction, and `close` does nothing (the owner ends it).
 * Used to run `runMigrations` wholly under one transaction-scoped advisory lock.
 */
export function createPgTransactionClient(connection: PoolClient): SqlClient {
  let savepoints = 0;
  return {
    ...on(connection),
    transaction: async (work) => {
      const name = `motcua_sp_${++savepoints}`;
      await connection.query(`SAVEPOINT ${name}`);
      try {
        const result = await work(on(connection));
        await connection.query(`RELEASE SAVEPOINT ${name}`);
        return result;
      } catch (error) {
        await connection.query(`ROLLBACK TO SAVEPOINT ${name}`);
        throw error;
      }
    },
    exec: async (text) => { await connection.query(text); },
    close: async () => {},
  };
}

/**
 * Runs `work` on one pooled connection between BEGIN and COMMIT, with ROLLBACK when it throws. A
 * connection whose ROLLBACK fails is broken: it goes back to the pool marked so, and the pool drops it.
 */
export async function withPgTransaction<T>(pool: Pool, work: (connection: PoolClient) => Promise<T>): Promise<T> {
  const connection = await pool.connect();
  let isBroken = false;
  try {
    await connection.query('BEGIN');
    const result = await work(connection);
    await connection.query('COMMIT');
    return result;
  } catch (error) {
    isBroken = await connection.query('ROLLBACK').then(() => false, () => true);
    throw error;
  } finally {
    connection.release(isBroken);
  }
}

/** Queries on `target`: the pool (any idle connection) or one checked-out connection. */
function on(target: Pool | PoolClient): SqlQueryable {
  return { query: (text, params, options) => run(target, text, params, options) };
}

async function run<TRow>(target: Pool | PoolClient, text: string, params?: readonly unknown[], options?: QueryOptions): Promise<SqlResult<TRow>> {
  const name = params === undefined || options?.freshPlan ? undefined : statementName(text, options?.planGeneration ?? 0);
  const result: QueryResult<QueryResultRow> = await target.query(name === undefined
    ? { text, values: params ? [...params] : [] }
    : { name, text, values: [...params!] });
  return { rows: result.rows as TRow[], affectedRows: result.rowCount ?? 0 };
}

/**
 * Parameterised statements run as named prepared statements: each connection parses (and, once
 * PostgreSQL settles on a generic plan, plans) a statement once instead of on every call. In the load
 * benchmark parse and plan were a large share of PostgreSQL's CPU per request. The store's statements
 * are constant texts, so the names stay few; past `MAX_NAMED` texts (SQL built on the fly), the rest
 * run unnamed as before rather than fill every connection's statement cache; so do statements asked to
 * be planned afresh (`QueryOptions.freshPlan`), which an unnamed statement always is. A text run in another
 * `QueryOptions.planGeneration` gets another name, so PostgreSQL plans it once more. Named statements need a
 * session per connection: behind PgBouncer, use session pooling (or 1.21+ with prepared-statement support).
 */
const MAX_NAMED = 200;
const names = new Map<string, string>();

function statementName(text: string, generation: number): string | undefined {
  const key = generation === 0 ? text : `${generation}\n${text}`;
  let name = names.get(key);
  if (name === undefined && names.size < MAX_NAMED) names.set(key, (name = `motcua_${names.size + 1}`));
  return name;
}
