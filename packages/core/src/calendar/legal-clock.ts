/**
 * The legal clock of one dossier: its due date and every change to it, as plain JSON-safe data.
 *
 * A clock is a value, not an object with methods: each operation returns a new clock and leaves the old
 * one untouched, so it can sit in an XState context and in the append-only log. Instants are ISO 8601
 * strings in the calendar's offset.
 *
 * - `startClock`: reception of a complete dossier starts the term.
 * - `pauseClock` / `resumeClock`: the `pause` policy for supplements — the due date moves later by the
 *   office time that passed while the clock was paused. (The production system of domain.md §3.4 adds
 *   calendar time and then moves the date off days off; counting office time keeps a pause from Friday
 *   evening to Monday morning, when nobody works, from pushing the due date two and a half days later.)
 * - `restartClock`: the `restart` policy — the term is counted again from the start once the complete
 *   dossier is received (Decree 61/2018 Art. 19(4)).
 * - `extendDueDate`: the one re-set of the return date, with an apology letter (Decree 61/2018 Art. 19(9)).
 */
import type { LegalBasis } from './calendar-data.js';
import type { CalendarEngine } from './calendar-engine.js';
import { type LocalDate, isLocalDate, parseLocalDate } from './day-number.js';
import { type DeadlineTerm, type TrailDay, buildTrail, runClock, termValue } from './deadline.js';
import { DeadlineError } from './deadline-error.js';
import { type Instant, type IsoDateTime, formatInstant, toEpochMs } from './instant.js';
import { type WorkingCalendar, defaultWorkingCalendar, engineOf } from './working-calendar.js';

/** What changed the due date. */
export type DueDateChangeKind = 'started' | 'paused' | 'resumed' | 'restarted' | 'extended';

/** One entry of a clock's history: an event for the audit trail. */
export interface DueDateChange {
  readonly kind: DueDateChangeKind;
  /** When the change happened (the event's time, not the wall clock). */
  readonly at: IsoDateTime;
  /** The due date after the change. */
  readonly dueAt: IsoDateTime;
  readonly previousDueAt?: IsoDateTime;
  /** For extensions: the reason given in the apology letter. */
  readonly reason?: string;
  /** For `resumed`: office time that passed while paused, in milliseconds. */
  readonly pausedOfficeMs?: number;
  readonly legalBasis?: readonly LegalBasis[];
  /** For `started` and `restarted`: the day-by-day explanation of the new due date. */
  readonly trail?: readonly TrailDay[];
}

/** The legal clock of one dossier. */
export interface LegalClock {
  readonly calendarId: string;
  readonly term: DeadlineTerm;
  /** First reception of the dossier. */
  readonly receivedAt: IsoDateTime;
  /** The instant the current count runs from (the reception, or the complete dossier after a restart). */
  readonly countedFrom: IsoDateTime;
  /** The current due date. While paused it is provisional: resuming moves it. */
  readonly dueAt: IsoDateTime;
  readonly pausedAt: IsoDateTime | null;
  /** Number of extensions granted: 0 or 1. */
  readonly extensions: number;
  readonly history: readonly DueDateChange[];
}

/** Options shared by clock operations. */
export interface ClockOptions {
  /** When the operation happens. */
  readonly at: Instant;
  /** The calendar the clock was started with; defaults to Vietnam's. */
  readonly calendar?: WorkingCalendar;
}

/** Options of {@link resumeClock}. */
export interface ResumeOptions extends ClockOptions {
  /**
   * `close-of-day` (default for day terms) moves a shifted due date to the close of its day, so day terms
   * stay due at closing time; `none` (default for `working-hours`) keeps the exact instant.
   */
  readonly rounding?: 'close-of-day' | 'none';
}

/** Options of {@link extendDueDate}: give `to` (a new due date or day) or `by` (a term added to the due date). */
export interface ExtendOptions extends ClockOptions {
  /** New due date; a `YYYY-MM-DD` day means the close of office hours that day, which must be a working day. */
  readonly to?: LocalDate | Instant;
  /** Term added to the current due date, e.g. `{ unit: 'working-days', value: 5 }`. */
  readonly by?: DeadlineTerm;
  /** The reason, as stated in the apology letter. */
  readonly reason: string;
}

const DECREE_61 = 'Nghị định 61/2018/NĐ-CP';

/**
 * Starts the clock for a dossier received at `receivedAt`.
 *
 * @example const clock = startClock({ receivedAt: '2025-04-24T09:00:00+07:00', term: { unit: 'working-days', value: 3 } });
 */
export function startClock(input: { receivedAt: Instant; term: DeadlineTerm; calendar?: WorkingCalendar }): LegalClock {
  const calendar = input.calendar ?? defaultWorkingCalendar();
  const engine = engineOf(calendar);
  const receivedMs = toEpochMs(input.receivedAt);
  const run = runClock(engine, receivedMs, input.term);
  const offset = engine.cal.offsetMinutes;
  const receivedAt = formatInstant(receivedMs, offset);
  const dueAt = formatInstant(run.dueMs, offset);
  return {
    calendarId: calendar.id,
    term: input.term,
    receivedAt,
    countedFrom: receivedAt,
    dueAt,
    pausedAt: null,
    extensions: 0,
    history: [{ kind: 'started', at: receivedAt, dueAt, trail: buildTrail(engine, receivedMs, run, input.term) }],
  };
}

/**
 * Pauses the clock (supplement requested under the `pause` policy).
 *
 * @throws DeadlineError `clock-paused` if already paused, `time-reversed` if `at` is before reception.
 */
export function pauseClock(clock: LegalClock, options: ClockOptions): LegalClock {
  const { engine, atMs } = prepare(clock, options);
  if (clock.pausedAt !== null) throw new DeadlineError('clock-paused', `The clock is already paused since ${clock.pausedAt}`);
  if (atMs < toEpochMs(clock.countedFrom)) throw new DeadlineError('time-reversed', `Cannot pause at ${formatInstant(atMs, engine.cal.offsetMinutes)}, before the count began at ${clock.countedFrom}`);
  const at = formatInstant(atMs, engine.cal.offsetMinutes);
  return { ...clock, pausedAt: at, history: [...clock.history, { kind: 'paused', at, dueAt: clock.dueAt }] };
}

/**
 * Resumes a paused clock: the due date moves later by the office time elapsed while paused.
 *
 * @throws DeadlineError `clock-not-paused`, or `time-reversed` if `at` is before the pause.
 */
export function resumeClock(clock: LegalClock, options: ResumeOptions): LegalClock {
  const { engine, atMs } = prepare(clock, options);
  if (clock.pausedAt === null) throw new DeadlineError('clock-not-paused', 'The clock is not paused; only a paused clock can resume');
  const pausedMs = toEpochMs(clock.pausedAt);
  const offset = engine.cal.offsetMinutes;
  if (atMs < pausedMs) throw new DeadlineError('time-reversed', `Cannot resume at ${formatInstant(atMs, offset)}, before the pause at ${clock.pausedAt}`);
  const pausedOfficeMs = engine.officeTimeBetween(pausedMs, atMs);
  let dueMs = engine.addOfficeTime(toEpochMs(clock.dueAt), pausedOfficeMs);
  if ((options.rounding ?? (clock.term.unit === 'working-hours' ? 'none' : 'close-of-day')) === 'close-of-day') {
    dueMs = closeOfDay(engine, dueMs);
  }
  const at = formatInstant(atMs, offset);
  const dueAt = formatInstant(dueMs, offset);
  return {
    ...clock,
    dueAt,
    pausedAt: null,
    history: [...clock.history, { kind: 'resumed', at, dueAt, previousDueAt: clock.dueAt, pausedOfficeMs }],
  };
}

/**
 * Counts the term again from the start, from the complete dossier's arrival at `at` (the `restart` policy;
 * Decree 61/2018 Art. 19(4): "thời hạn giải quyết được tính lại từ đầu sau khi nhận đủ hồ sơ"). Clears a
 * pause. The extension count is kept: the one re-set is per dossier.
 */
export function restartClock(clock: LegalClock, options: ClockOptions): LegalClock {
  const { engine, atMs } = prepare(clock, options);
  if (atMs < toEpochMs(clock.receivedAt)) throw new DeadlineError('time-reversed', 'A restart cannot come before the first reception');
  const run = runClock(engine, atMs, clock.term);
  const offset = engine.cal.offsetMinutes;
  const at = formatInstant(atMs, offset);
  const dueAt = formatInstant(run.dueMs, offset);
  return {
    ...clock,
    countedFrom: at,
    dueAt,
    pausedAt: null,
    history: [...clock.history, {
      kind: 'restarted', at, dueAt, previousDueAt: clock.dueAt,
      legalBasis: [{ instrument: DECREE_61, article: 'Điều 19 khoản 4' }],
      trail: buildTrail(engine, atMs, run, clock.term),
    }],
  };
}

/**
 * Re-sets the due date once, to a later date (Decree 61/2018 Art. 19(9)). The apology letter must reach
 * the applicant at least one day before the due date; scheduling that is the caller's job (see
 * `classifyDueness`).
 *
 * @throws DeadlineError `extension-limit` on a second extension, `extension-not-later`,
 *   `not-a-working-day`, `missing-reason`, `clock-paused`, `invalid-term`.
 */
export function extendDueDate(clock: LegalClock, options: ExtendOptions): LegalClock {
  const { engine, atMs } = prepare(clock, options);
  if (clock.extensions >= 1) {
    throw new DeadlineError('extension-limit', `Decree 61/2018 Art. 19(9): the return date may be re-set only once; it was already re-set to ${clock.dueAt}`);
  }
  if (clock.pausedAt !== null) throw new DeadlineError('clock-paused', 'Resume or restart the clock before extending it');
  if (typeof options.reason !== 'string' || options.reason.trim() === '') {
    throw new DeadlineError('missing-reason', 'An extension needs the reason stated in the apology letter');
  }
  const offset = engine.cal.offsetMinutes;
  const currentMs = toEpochMs(clock.dueAt);
  let dueMs: number;
  if (options.to !== undefined) {
    dueMs = dueInstant(engine, options.to);
  } else if (options.by !== undefined) {
    dueMs = addTerm(engine, currentMs, options.by);
  } else {
    throw new DeadlineError('invalid-term', 'Give the new due date as `to`, or the added term as `by`');
  }
  if (dueMs <= currentMs) {
    throw new DeadlineError('extension-not-later', `The new due date ${formatInstant(dueMs, offset)} must be later than ${clock.dueAt}`);
  }
  const at = formatInstant(atMs, offset);
  const dueAt = formatInstant(dueMs, offset);
  return {
    ...clock,
    dueAt,
    extensions: clock.extensions + 1,
    history: [...clock.history, {
      kind: 'extended', at, dueAt, previousDueAt: clock.dueAt, reason: options.reason,
      legalBasis: [{ instrument: DECREE_61, article: 'Điều 19 khoản 9' }],
    }],
  };
}

function prepare(clock: LegalClock, options: ClockOptions): { engine: CalendarEngine; atMs: number } {
  const calendar = options.calendar ?? defaultWorkingCalendar();
  if (calendar.id !== clock.calendarId) {
    throw new DeadlineError('calendar-mismatch', `The clock runs on calendar "${clock.calendarId}", not "${calendar.id}"`);
  }
  return { engine: engineOf(calendar), atMs: toEpochMs(options.at) };
}

function dueInstant(engine: CalendarEngine, to: LocalDate | Instant): number {
  const isDay = typeof to === 'string' && isLocalDate(to);
  const ms = isDay ? 0 : toEpochMs(to);
  const day = isDay ? parseLocalDate(to) : engine.dayOf(ms);
  if (!engine.isWorking(day)) {
    throw new DeadlineError('not-a-working-day', `${String(to)} is not on a working day; choose a working day for the new due date`);
  }
  return isDay ? engine.midnight(day) + engine.hours(day).close : ms;
}

/** Adds a term to a due date: N working days after its day (at closing), or N hours of office time. */
function addTerm(engine: CalendarEngine, fromMs: number, term: DeadlineTerm): number {
  const value = termValue(term);
  if (term.unit === 'working-hours') return engine.addOfficeTime(fromMs, Math.round(value * 3_600_000));
  if (term.unit === 'same-day') throw new DeadlineError('invalid-term', 'An extension `by` needs working days or working hours, not same-day');
  let day = engine.dayOf(fromMs);
  for (let n = value; n > 0; n--) day = engine.nextWorking(day);
  return engine.midnight(day) + engine.hours(day).close;
}

function closeOfDay(engine: CalendarEngine, epochMs: number): number {
  const day = engine.dayOf(epochMs);
  return Math.max(epochMs, engine.midnight(day) + engine.hours(day).close);
}
