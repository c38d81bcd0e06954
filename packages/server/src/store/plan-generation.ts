/**
 * `createPlanGeneration`: how to run a statement whose best plan depends on the size of a growing table.
 *
 * PostgreSQL keeps the plan of a named statement per connection. Planning the write statements afresh on
 * every run cost 0.4–0.6 ms a statement, a fifth of PostgreSQL's CPU per request in the load benchmark
 * (BENCHMARKS.md). But a plan kept from when a table was small scans that table whole for as long as the
 * connection lives: made at a few hundred dossiers, the append kept doing so at several thousand (3–9 ms a
 * statement), because nothing told the planner that the table had grown. So a kept plan is tied to the
 * table's size: its generation is ⌊log2(pages)⌋, and the table doubling starts a new generation, planned
 * once more per connection. A kept plan is thus never for a table less than half the size it has now, and
 * what a plan chosen for the smaller table can lose on the larger one is bounded by that factor. Below
 * `minPages`, where a whole scan costs less than planning, every run is planned. A connection holds at most
 * one plan per doubling: sixteen from 128 kB to 8 GB.
 */
import type { QueryOptions, SqlQueryable } from './sql-client.js';

const FRESH: QueryOptions = { freshPlan: true };

/** Options of {@link createPlanGeneration}. */
export interface PlanGenerationOptions {
  /** The growing table whose size decides (default `dossiers`). */
  readonly table?: string;
  /** The size is read at the first run and again once `checkEvery` more rows were written (default 512). */
  readonly checkEvery?: number;
  /** Below this many 8 kB pages, plan on every run (default 16, 128 kB: a few dozen dossiers). */
  readonly minPages?: number;
}

/**
 * Tracks `table`'s size on `sql` and answers, per statement run, the `QueryOptions` to run it with.
 * The size is read in the background, one read at a time; until the first read answers, and when a read
 * fails, statements are planned afresh (never wrong, only slower).
 * @returns a function to call once per run of a size-dependent statement, with the number of rows it writes.
 */
export function createPlanGeneration(sql: SqlQueryable, options: PlanGenerationOptions = {}): (rows: number) => QueryOptions {
  const { table = 'dossiers', checkEvery = 512, minPages = 16 } = options;
  let current = FRESH;
  let untilRead = 0;
  let isReading = false;
  const read = async () => {
    isReading = true;
    try {
      const { rows } = await sql.query<{ bytes: string | number }>('SELECT pg_relation_size($1::regclass) AS bytes', [table]);
      const pages = Number(rows[0]?.bytes ?? 0) / 8192;
      current = pages < minPages ? FRESH : { planGeneration: Math.floor(Math.log2(pages)) };
    } catch {
      current = FRESH;
    } finally {
      isReading = false;
    }
  };
  return (rows) => {
    untilRead -= rows;
    if (untilRead < 0 && !isReading) {
      untilRead = checkEvery;
      void read();
    }
    return current;
  };
}
