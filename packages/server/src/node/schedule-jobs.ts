/**
 * `scheduleJobs`: runs the background jobs — the deadline scan and the National Portal outbox — on an
 * interval in a Node server. Timers are unref'd (they never keep the process alive) and a tick is skipped
 * while the previous one still runs. Several instances may run their schedules against one PostgreSQL
 * database: both jobs claim rows with `FOR UPDATE SKIP LOCKED`, so no dossier is flagged or pushed twice.
 */
import type { WorkingCalendar } from '@motcua/core';
import type { NationalPortalAdapter } from '../adapters/national-portal-adapter.js';
import { runOutbox, type OutboxRun } from '../adapters/run-outbox.js';
import { runDeadlineScan, type RaisedFlag, type SqlBacked } from '../jobs/run-deadline-scan.js';

/** Options of {@link scheduleJobs}. */
export interface JobScheduleOptions {
  /** Milliseconds between runs (default 60 000). */
  readonly intervalMs?: number;
  /** Where status changes go; without one the outbox is not run (rows wait for an instance that has one). */
  readonly portal?: NationalPortalAdapter;
  readonly calendar?: WorkingCalendar;
  /** The clock (default: the wall clock, read here at the edge). */
  readonly now?: () => Date;
  /**
   * How far back each run re-derives missing outbox rows from the event log (default one hour). Every
   * write enqueues its own rows, so this is a safety net; each run scans this window of the log.
   */
  readonly sweepWindowMs?: number;
  /** Called with each run's results, or with the error of a run that failed (the schedule goes on). */
  readonly onRun?: (result: { flags: readonly RaisedFlag[]; outbox: OutboxRun | null } | { error: unknown }) => void;
}

/** A running schedule. */
export interface JobSchedule {
  /** Runs both jobs now (waits for a run in progress first). */
  runNow(): Promise<void>;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

const HOUR_MS = 3_600_000;

/**
 * Starts the schedule; the first run is one interval after the start.
 * @example const jobs = scheduleJobs(store, { portal, intervalMs: 30_000 }); … await jobs.stop();
 */
export function scheduleJobs(store: SqlBacked, options: JobScheduleOptions = {}): JobSchedule {
  const now = options.now ?? (() => new Date());
  let running: Promise<void> | null = null;
  let stopped = false;
  const runOnce = async (): Promise<void> => {
    try {
      const at = now();
      const flags = await runDeadlineScan(store, { now: at, ...(options.calendar ? { calendar: options.calendar } : {}) });
      const outbox = options.portal
        ? await runOutbox(store, { portal: options.portal, now: at, sweepSince: new Date(at.getTime() - (options.sweepWindowMs ?? HOUR_MS)) })
        : null;
      options.onRun?.({ flags, outbox });
    } catch (error) {
      options.onRun?.({ error });
    }
  };
  const tick = (): Promise<void> => {
    running ??= runOnce().finally(() => { running = null; });
    return running;
  };
  const timer = setInterval(() => { if (!stopped && running === null) void tick(); }, Math.max(10, options.intervalMs ?? 60_000));
  timer.unref();
  return {
    async runNow() {
      if (running) await running;
      await tick();
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      if (running) await running;
    },
  };
}
