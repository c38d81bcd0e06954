/**
 * `computeStatistics`: the handling figures of a period per procedure or agency — received, finished
 * early / on time / late, in progress on time / overdue, withdrawn, the on-time rate, the Decision 766
 * progress score, the backlog, the average working time per step and the citizens' satisfaction. SQL picks the dossiers that can
 * matter; TypeScript replays each one's event log as of the report's end, so a past period reads the
 * same tomorrow as today (the log is the truth, the snapshot columns only say where a dossier is now).
 */
import { classifyCompletion, defaultWorkingCalendar, type WorkingCalendar } from '@motcua/core';
import type { SqlBacked } from '../jobs/run-deadline-scan.js';

/** Options of {@link computeStatistics}. */
export interface StatisticsQuery {
  /** Start of the period (inclusive). */
  readonly from: Date;
  /** End of the period (exclusive). A period reaching past `now` is reported as of `now`. */
  readonly to: Date;
  readonly groupBy: 'procedure' | 'agency';
  readonly now: Date;
  /** Only this agency's dossiers (an officer sees their own agency). */
  readonly agencyCode?: string;
  readonly calendar?: WorkingCalendar;
}

/** Average office time dossiers spent in one step. */
export interface StepTime {
  readonly step: string;
  /** Stays that ended before the report's end. */
  readonly stays: number;
  /** Mean office time per stay, in working hours (2 decimals). */
  readonly averageWorkingHours: number;
}

/** The figures of one group. */
export interface GroupStatistics {
  /** A procedure code (`1.001193`, all versions together) or an agency code. */
  readonly key: string;
  /** Dossiers received (reached status 2 or a later processing status) in the period. */
  readonly received: number;
  readonly finishedEarly: number;
  readonly finishedOnTime: number;
  readonly finishedLate: number;
  readonly inProgressOnTime: number;
  readonly inProgressOverdue: number;
  readonly withdrawn: number;
  /** (early + on time) ÷ finished, or null when nothing finished (domain.md §3.4). */
  readonly onTimeRate: number | null;
  /** Decision 766: (in progress within deadline + finished early or on time + withdrawn) ÷ received × 20 (2 decimals); null without dossiers. */
  readonly progressScore: number | null;
  /** Dossiers open at the report's end, whenever they were received. */
  readonly backlog: number;
  readonly steps: readonly StepTime[];
  readonly satisfaction: Satisfaction;
}

/**
 * Citizens' ratings given in the period (Decree 61/2018 Arts. 27–29; Decision 766/QĐ-TTg scores
 * satisfaction in its own group, whose sub-indicator weights are not confirmed: only the share is given).
 */
export interface Satisfaction {
  readonly responses: number;
  readonly verySatisfied: number;
  readonly satisfied: number;
  readonly dissatisfied: number;
  /** (very satisfied + satisfied) ÷ responses (4 decimals), or null without responses. */
  readonly share: number | null;
}

/** The report. */
export interface Statistics {
  readonly from: string;
  /** The instant the figures are as of: `to`, or `now` when earlier. */
  readonly asOf: string;
  readonly groupBy: 'procedure' | 'agency';
  readonly groups: readonly GroupStatistics[];
}

interface LoggedStep {
  readonly at: number;
  readonly state: string;
  readonly status: number | null;
  readonly dueAt: string | null;
}

// domain.md §3.1: 1 (submitted) and 3 (refused at reception) are not received; 7 is withdrawn/returned.
const RECEIVED = new Set([2, 4, 5, 6, 8, 9, 10]);
const FINISHED = new Set([9, 10]);

/**
 * Computes the report.
 * @example await computeStatistics(store, { from: new Date('2026-03-01T00:00:00+07:00'), to: new Date('2026-04-01T00:00:00+07:00'), groupBy: 'procedure', now: new Date() });
 */
export async function computeStatistics(store: SqlBacked, query: StatisticsQuery): Promise<Statistics> {
  const calendar = query.calendar ?? defaultWorkingCalendar();
  const from = query.from.getTime();
  const end = Math.min(query.to.getTime(), query.now.getTime());
  // A dossier closed before the period can be neither received in it nor open at its end.
  const { rows } = await store.sql.query<{ id: string; procedure_key: string; agency_code: string; at: Date | string; state: string; status: number | null; due_at: Date | string | null }>(
    `SELECT d.id, d.procedure_key, d.agency_code, e.at, e.state, e.status, e.due_at
     FROM dossiers d JOIN dossier_events e ON e.dossier_id = d.id
     WHERE d.created_at < $2 AND (NOT d.closed OR d.updated_at >= $1) AND e.at < $2 AND ($3::text IS NULL OR d.agency_code = $3)
     ORDER BY d.id, e.seq`,
    [new Date(from).toISOString(), new Date(end).toISOString(), query.agencyCode ?? null],
  );
  const logs = new Map<string, { key: string; steps: LoggedStep[] }>();
  for (const row of rows) {
    const key = query.groupBy === 'agency' ? row.agency_code : row.procedure_key.split('@')[0]!;
    const log = logs.get(row.id) ?? { key, steps: [] };
    log.steps.push({
      at: new Date(row.at).getTime(), state: row.state, status: row.status === null ? null : Number(row.status),
      dueAt: row.due_at === null ? null : new Date(row.due_at).toISOString(),
    });
    logs.set(row.id, log);
  }
  const groups = new Map<string, Tally>();
  const tallyOf = (key: string): Tally => {
    const tally = groups.get(key) ?? newTally(key);
    groups.set(key, tally);
    return tally;
  };
  for (const { key, steps } of logs.values()) tallyDossier(tallyOf(key), steps, from, end, calendar);
  await tallyFeedback(store, query, from, end, tallyOf);
  return {
    from: new Date(from).toISOString(), asOf: new Date(end).toISOString(), groupBy: query.groupBy,
    groups: [...groups.values()].filter((t) => t.received > 0 || t.backlog > 0 || t.ratings.size > 0).sort((a, b) => (a.key < b.key ? -1 : 1)).map(toGroup),
  };
}

interface Tally {
  key: string;
  received: number;
  finishedEarly: number;
  finishedOnTime: number;
  finishedLate: number;
  inProgressOnTime: number;
  inProgressOverdue: number;
  withdrawn: number;
  backlog: number;
  stepMs: Map<string, { stays: number; ms: number }>;
  ratings: Map<string, number>;
}

function newTally(key: string): Tally {
  return { key, received: 0, finishedEarly: 0, finishedOnTime: 0, finishedLate: 0, inProgressOnTime: 0, inProgressOverdue: 0, withdrawn: 0, backlog: 0, stepMs: new Map(), ratings: new Map() };
}

/** Counts the ratings given in [from, end) into their groups. */
async function tallyFeedback(store: SqlBacked, query: StatisticsQuery, from: number, end: number, tallyOf: (key: string) => Tally): Promise<void> {
  const { rows } = await store.sql.query<{ procedure_key: string; agency_code: string; rating: string; n: number }>(
    `SELECT d.procedure_key, d.agency_code, f.rating, count(*)::int AS n
     FROM dossier_feedback f JOIN dossiers d ON d.id = f.dossier_id
     WHERE f.given_at >= $1 AND f.given_at < $2 AND ($3::text IS NULL OR d.agency_code = $3)
     GROUP BY d.procedure_key, d.agency_code, f.rating`,
    [new Date(from).toISOString(), new Date(end).toISOString(), query.agencyCode ?? null],
  );
  for (const row of rows) {
    const tally = tallyOf(query.groupBy === 'agency' ? row.agency_code : row.procedure_key.split('@')[0]!);
    tally.ratings.set(row.rating, (tally.ratings.get(row.rating) ?? 0) + Number(row.n));
  }
}

function toSatisfaction(ratings: ReadonlyMap<string, number>): Satisfaction {
  const verySatisfied = ratings.get('very-satisfied') ?? 0;
  const satisfied = ratings.get('satisfied') ?? 0;
  const dissatisfied = ratings.get('dissatisfied') ?? 0;
  const responses = verySatisfied + satisfied + dissatisfied;
  return { responses, verySatisfied, satisfied, dissatisfied, share: responses === 0 ? null : round((verySatisfied + satisfied) / responses, 4) };
}

/** Adds one dossier's log (events before the report's end, in order) to its group. */
function tallyDossier(tally: Tally, steps: readonly LoggedStep[], from: number, end: number, calendar: WorkingCalendar): void {
  const reception = steps.find((step) => step.status !== null && RECEIVED.has(step.status));
  if (!reception) return;
  const current = steps[lastIndex(steps, (step) => step.status !== null)]!;
  const isOpen = !FINISHED.has(current.status!) && current.status !== 7 && current.status !== 3;
  if (isOpen) tally.backlog += 1;
  if (reception.at < from) return;
  tally.received += 1;
  if (FINISHED.has(current.status!)) {
    const finished = steps.find((step) => step.status !== null && FINISHED.has(step.status))!;
    // domain.md §3.4: compared by local date; no due date counts as on time.
    const completion = classifyCompletion(new Date(finished.at).toISOString(), finished.dueAt, { calendar });
    if (completion === 'early') tally.finishedEarly += 1;
    else if (completion === 'on-time') tally.finishedOnTime += 1;
    else tally.finishedLate += 1;
  } else if (current.status === 7) {
    tally.withdrawn += 1;
  } else if (isOpen) {
    const dueAt = steps[steps.length - 1]!.dueAt;
    // domain.md §3.4: in progress and overdue when the due date is before the report's end.
    if (dueAt !== null && Date.parse(dueAt) < end) tally.inProgressOverdue += 1;
    else tally.inProgressOnTime += 1;
  }
  for (const [index, step] of steps.entries()) {
    const next = steps[index + 1];
    if (!next || step.state === next.state) continue;
    const entered = lastIndex(steps.slice(0, index + 1), (earlier, i) => i === 0 || steps[i - 1]!.state !== earlier.state);
    const stay = tally.stepMs.get(step.state) ?? { stays: 0, ms: 0 };
    stay.stays += 1;
    stay.ms += calendar.officeTimeBetween(new Date(steps[entered]!.at).toISOString(), new Date(next.at).toISOString());
    tally.stepMs.set(step.state, stay);
  }
}

function toGroup(tally: Tally): GroupStatistics {
  const finished = tally.finishedEarly + tally.finishedOnTime + tally.finishedLate;
  const good = tally.inProgressOnTime + tally.finishedEarly + tally.finishedOnTime + tally.withdrawn;
  return {
    key: tally.key, received: tally.received, finishedEarly: tally.finishedEarly, finishedOnTime: tally.finishedOnTime, finishedLate: tally.finishedLate,
    inProgressOnTime: tally.inProgressOnTime, inProgressOverdue: tally.inProgressOverdue, withdrawn: tally.withdrawn,
    onTimeRate: finished === 0 ? null : round((tally.finishedEarly + tally.finishedOnTime) / finished, 4),
    progressScore: tally.received === 0 ? null : round((good / tally.received) * 20, 2),
    backlog: tally.backlog,
    steps: [...tally.stepMs.entries()].sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([step, { stays, ms }]) => ({ step, stays, averageWorkingHours: round(ms / stays / 3_600_000, 2) })),
    satisfaction: toSatisfaction(tally.ratings),
  };
}

/** `Array.prototype.findLastIndex` (ES2023; the packages target ES2022). */
function lastIndex<T>(items: readonly T[], test: (item: T, index: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!, i)) return i;
  return -1;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
