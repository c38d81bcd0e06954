/**
 * `runDeadlineScan`: the background job that flags dossiers whose legal clock is about to run out or has
 * run out, and raises the apology reminder of Decree 61/2018 Art. 19(9). Each flag is recorded once per
 * due date in `dossier_flags`; a re-set due date (the one extension the Decree allows) can be flagged again.
 * Several server instances may run it at once: candidates are claimed with `FOR UPDATE SKIP LOCKED`, and
 * the flags' primary key decides any remaining race.
 */
import { classifyDueness, defaultWorkingCalendar, type WorkingCalendar } from '@motcua/core';
import type { SqlClient } from '../store/sql-client.js';

/** A flag the scan raises. */
export type DeadlineFlag = 'due-soon' | 'overdue' | 'apology-needed';

/** One flag raised by a scan. */
export interface RaisedFlag {
  readonly dossierId: string;
  readonly code: string;
  readonly flag: DeadlineFlag;
  /** The due date the flag is about (UTC ISO). */
  readonly dueAt: string;
  readonly raisedAt: string;
}

/** Options of {@link runDeadlineScan}. */
export interface DeadlineScanOptions {
  /** The scan's instant (injected; never read from the wall here). */
  readonly now: Date;
  readonly calendar?: WorkingCalendar;
  /** Most dossiers claimed per call (default 200); call again while it returns a full batch. */
  readonly batchSize?: number;
}

/** What the job needs from a store: its SQL client. */
export interface SqlBacked {
  readonly sql: SqlClient;
}

// Pre-filter in SQL: a due date more than this far ahead cannot be one working day away, even across Tết.
const LOOKAHEAD_MS = 21 * 24 * 3_600_000;

/**
 * Claims open dossiers with a running clock that are due soon or overdue and have not yet been flagged
 * for their current due date, and records the flags in one transaction.
 * @returns the flags raised now (none twice across calls or instances).
 * @example const raised = await runDeadlineScan(store, { now: new Date() });
 */
export async function runDeadlineScan(store: SqlBacked, options: DeadlineScanOptions): Promise<RaisedFlag[]> {
  const calendar = options.calendar ?? defaultWorkingCalendar();
  const now = options.now;
  const raisedAt = now.toISOString();
  return store.sql.transaction(async (tx) => {
    // Nearest due date first: once a candidate is not yet due soon, none after it is.
    const { rows } = await tx.query<{ id: string; code: string; due_at: Date | string }>(
      `SELECT d.id, d.code, d.due_at FROM dossiers d
       WHERE NOT d.closed AND d.due_at IS NOT NULL AND d.due_at <= $1
         AND NOT EXISTS (SELECT 1 FROM dossier_flags f WHERE f.dossier_id = d.id AND f.due_at = d.due_at AND f.flag = 'overdue')
         AND (d.due_at < $2 OR (SELECT count(*) FROM dossier_flags f
           WHERE f.dossier_id = d.id AND f.due_at = d.due_at AND f.flag IN ('due-soon', 'apology-needed')) < 2)
       ORDER BY d.due_at, d.id LIMIT $3 FOR UPDATE SKIP LOCKED`,
      [new Date(now.getTime() + LOOKAHEAD_MS).toISOString(), raisedAt, Math.max(1, Math.min(options.batchSize ?? 200, 1000))],
    );
    const raised: RaisedFlag[] = [];
    for (const row of rows) {
      const dueAt = new Date(row.due_at).toISOString();
      for (const flag of flagsFor(now, dueAt, calendar)) {
        const inserted = await tx.query(
          `INSERT INTO dossier_flags (dossier_id, flag, due_at, raised_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (dossier_id, flag, due_at) DO NOTHING RETURNING flag`,
          [row.id, flag, dueAt, raisedAt],
        );
        if (inserted.rows.length > 0) raised.push({ dossierId: row.id, code: row.code, flag, dueAt, raisedAt });
      }
    }
    return raised;
  });
}

/** The flags a dossier due at `dueAt` deserves at `now`. */
function flagsFor(now: Date, dueAt: string, calendar: WorkingCalendar): DeadlineFlag[] {
  const dueness = classifyDueness(now.toISOString(), dueAt, { calendar });
  if (dueness === 'overdue') return ['overdue'];
  const flags: DeadlineFlag[] = dueness === 'due-soon' ? ['due-soon'] : [];
  // Decree 61/2018 Art. 19(9): at least one day before the due date the applicant must get an apology
  // letter and a new date, so remind once the due date falls on or before the next working day.
  const today = calendar.toLocalDate(now.toISOString());
  if (calendar.toLocalDate(dueAt) <= calendar.nextWorkingDay(today)) flags.push('apology-needed');
  return flags;
}
