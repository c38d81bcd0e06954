/**
 * `runOutbox`: delivers pending outbox rows to the National Public Service Portal. Rows are claimed with
 * `FOR UPDATE SKIP LOCKED`, so several server instances share the work without sending a row twice; a
 * row is only marked sent after the portal took it, and a failure keeps it with its error and a later
 * attempt time (exponential backoff), so nothing is lost. Changes of one dossier go out in order: a row
 * waits while an earlier row of its dossier is unsent.
 */
import { sweepOutbox, STATUS_CHANGE } from './enqueue-status-change.js';
import type { NationalPortalAdapter, PortalStatusPush } from './national-portal-adapter.js';
import type { SqlBacked } from '../jobs/run-deadline-scan.js';

/** Options of {@link runOutbox}. */
export interface OutboxOptions {
  readonly portal: NationalPortalAdapter;
  /** The run's instant (injected). */
  readonly now: Date;
  /** Attempts after which a row is left for an operator (default 10); it and its dossier's later rows stay unsent. */
  readonly maxAttempts?: number;
  /** Delay before attempt `attempts + 1`, in ms (default 30 s × 2^(attempts − 1), at most one hour). */
  readonly backoff?: (attempts: number) => number;
  /** Rows claimed per transaction (default 50). */
  readonly batchSize?: number;
  /** Re-derive rows from the event log for changes since this instant first (see `sweepOutbox`). */
  readonly sweepSince?: Date;
}

/** What one run did. */
export interface OutboxRun {
  readonly sent: number;
  readonly failed: number;
}

const defaultBackoff = (attempts: number): number => Math.min(30_000 * 2 ** (attempts - 1), 3_600_000);

/**
 * Delivers every row due at `now`, batch by batch, until none is left that can go.
 * @example await runOutbox(store, { portal, now: new Date() });
 */
export async function runOutbox(store: SqlBacked, options: OutboxOptions): Promise<OutboxRun> {
  const maxAttempts = options.maxAttempts ?? 10;
  const backoff = options.backoff ?? defaultBackoff;
  const batchSize = Math.max(1, Math.min(options.batchSize ?? 50, 500));
  const now = options.now.toISOString();
  if (options.sweepSince) {
    const since = options.sweepSince;
    await store.sql.transaction((tx) => sweepOutbox(tx, since));
  }
  let sent = 0;
  let failed = 0;
  const tried = new Set<string>();
  for (;;) {
    const batch = await store.sql.transaction(async (tx) => {
      // Only the head of each dossier's queue is claimable, so order holds across instances too.
      const { rows } = await tx.query<{ id: string; payload: PortalStatusPush; attempts: number }>(
        `SELECT o.id, o.payload, o.attempts FROM outbox o
         WHERE o.sent_at IS NULL AND o.kind = $1 AND o.next_attempt_at <= $2 AND o.attempts < $3
           AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.dossier_id = o.dossier_id AND p.sent_at IS NULL
             AND (p.event_at < o.event_at OR (p.event_at = o.event_at AND p.id < o.id)))
         ORDER BY o.event_at, o.id LIMIT $4 FOR UPDATE SKIP LOCKED`,
        [STATUS_CHANGE, now, maxAttempts, batchSize],
      );
      const fresh = rows.filter((row) => !tried.has(String(row.id)));
      for (const row of fresh) {
        tried.add(String(row.id));
        try {
          // The push runs while the row is locked: another instance skips it rather than send it twice.
          await options.portal.pushStatus(row.payload);
          await tx.query('UPDATE outbox SET sent_at = $2, attempts = attempts + 1, last_error = NULL WHERE id = $1', [row.id, now]);
          sent += 1;
        } catch (error) {
          const attempts = Number(row.attempts) + 1;
          const retryAt = new Date(options.now.getTime() + backoff(attempts)).toISOString();
          await tx.query('UPDATE outbox SET attempts = $2, next_attempt_at = $3, last_error = $4 WHERE id = $1',
            [row.id, attempts, retryAt, error instanceof Error ? error.message : String(error)]);
          failed += 1;
        }
      }
      return fresh.length;
    });
    if (batch === 0) return { sent, failed };
  }
}
