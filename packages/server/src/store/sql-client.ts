/**
 * `SqlClient`: the few operations the stores need from a database connection, so one SQL store runs on
 * the embedded PGlite and (later) on PostgreSQL through `pg` with the same statements.
 */

/** Rows of a query. */
export interface SqlResult<TRow> {
  readonly rows: TRow[];
  /** Rows changed by INSERT/UPDATE/DELETE. */
  readonly affectedRows: number;
}

/** How to run one statement. */
export interface QueryOptions {
  /**
   * Plan the statement anew on every run instead of reusing a plan made once per connection. For
   * statements whose best plan depends on their parameters' sizes (a JSON batch of any length): a plan
   * made once, while a table was small, would scan that table whole for as long as the connection lives.
   */
  readonly freshPlan?: boolean;
  /**
   * Keep the plan made once per connection, but per generation: run with a new generation, the statement
   * is planned once more (and that plan kept). For statements whose best plan depends on a table's size,
   * whose caller starts a new generation when the table has grown enough to change it (`createPlanGeneration`).
   */
  readonly planGeneration?: number;
}

/** Runs parameterised SQL (`$1`, `$2`, …); never interpolate values into the text. */
export interface SqlQueryable {
  query<TRow = Record<string, unknown>>(sql: string, params?: readonly unknown[], options?: QueryOptions): Promise<SqlResult<TRow>>;
}

/** A connection or pool that can also run a transaction and be closed. */
export interface SqlClient extends SqlQueryable {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}
