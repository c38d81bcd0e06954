/**
 * `computeDueDate`: when a legal term runs out, and why.
 *
 * Semantics (design.md "The legal clock"; domain.md §3.3):
 * - **Clock start.** A dossier received inside office hours on a working day starts the clock at once.
 *   Received before opening, it starts at opening; during the midday break, when the afternoon opens
 *   (as the production system in domain.md §3.3 does). Received after closing or on a non-working day, it
 *   counts as received at the opening of the next working day.
 * - **Cut-off.** For `same-day` terms a request received after the cut-off (15:00, strictly later than
 *   15:00:00) counts from the next working day (Decree 23/2015 Art. 7; the civil-status and secured-
 *   transaction rules in domain.md §3.3). Other terms ignore the cut-off unless `applyCutOff` is set.
 * - **`working-days` N.** Due at the close of office hours of the Nth working day after the day the
 *   clock starts (that day itself is not counted).
 * - **`working-hours` N.** N hours of office time counted from the clock start; due the moment they run
 *   out, which can be an interval's end (11:30, 17:00).
 * - **`same-day`.** Due at the close of the day the clock starts.
 *
 * The trail lists every local day from the day of receipt to the due day with what it counted for, so
 * an audit can read why the date fell where it did.
 */
import type { LocalizedText } from './calendar-data.js';
import type { CalendarEngine } from './calendar-engine.js';
import { type LocalDate, DAY_MS, formatLocalDate, isoWeekday } from './day-number.js';
import { DeadlineError } from './deadline-error.js';
import { type DayKind, KIND, KIND_NAMES } from './holidays.js';
import { type Instant, type IsoDateTime, formatInstant, toEpochMs } from './instant.js';
import { type WorkingCalendar, defaultWorkingCalendar, engineOf } from './working-calendar.js';

/** How a legal term is measured. */
export type DeadlineUnit = 'working-days' | 'working-hours' | 'calendar-days' | 'same-day';

/** A legal term, e.g. `{ unit: 'working-days', value: 3 }` or `{ unit: 'same-day' }`. */
export interface DeadlineTerm {
  readonly unit: DeadlineUnit;
  /** Whole working or calendar days (≥ 0), or working hours (≥ 0, fractions allowed). Ignored for `same-day`. */
  readonly value?: number;
  /** Whether receipt after the cut-off counts from the next working day. Default: only for `same-day`. */
  readonly applyCutOff?: boolean;
}

/** Why the clock started when it did. */
export type ClockStartReason =
  | 'within-office-hours'
  | 'before-office-hours'
  | 'between-office-hours'
  | 'after-office-hours'
  | 'after-cut-off'
  | 'non-working-day';

/** What a day of the trail counted for. */
export type TrailStep = 'received' | 'skipped' | 'clock-start' | 'counted';

/** One local day of a due-date explanation. */
export interface TrailDay {
  readonly date: LocalDate;
  readonly weekday: number;
  readonly kind: DayKind;
  readonly step: TrailStep;
  /** For `working-days` terms: which working day this is (1 … N). */
  readonly ordinal?: number;
  /** For `working-hours` terms: office time counted on this day, in milliseconds. */
  readonly countedMs?: number;
  /** Holiday or schedule name for non-working (and make-up) days. */
  readonly title?: LocalizedText;
  /** Official notice behind a scheduled day. */
  readonly reference?: string;
  /** False for a scheduled day whose official notice was not found. */
  readonly confirmed?: boolean;
}

/** A computed due date with its explanation. */
export interface DueDate {
  readonly calendarId: string;
  readonly term: DeadlineTerm;
  readonly receivedAt: IsoDateTime;
  /** When the clock started counting (see {@link ClockStartReason}). */
  readonly clockStartsAt: IsoDateTime;
  readonly clockStartReason: ClockStartReason;
  readonly dueAt: IsoDateTime;
  /** `dueAt` as epoch milliseconds, for storage and comparison. */
  readonly dueAtMs: number;
  /** The local day the term runs out. */
  readonly dueDate: LocalDate;
  /** Every day from receipt to the due day; empty when `explain` is false. */
  readonly trail: readonly TrailDay[];
}

/** Input of {@link computeDueDate}. */
export interface ComputeDueDateInput {
  /** When the dossier was received (`Date`, epoch ms, or ISO 8601 with offset). */
  readonly receivedAt: Instant;
  readonly term: DeadlineTerm;
  /** Defaults to Vietnam's civil-service calendar. */
  readonly calendar?: WorkingCalendar;
  /** Build the day-by-day trail (default true). Turn off in bulk work, or use {@link computeDueAtMs}. */
  readonly explain?: boolean;
}

/**
 * Computes when a legal term runs out.
 *
 * @example
 * // Received Thursday 24/04/2025 09:00, 3 working days: Fri 25, Sat 26 (make-up day), Mon 28.
 * computeDueDate({ receivedAt: '2025-04-24T09:00:00+07:00', term: { unit: 'working-days', value: 3 } }).dueAt
 * // '2025-04-28T17:00:00+07:00'
 * @throws DeadlineError (`invalid-term`) for a malformed term; RangeError for a malformed instant or one
 *   outside the calendar's dates.
 */
export function computeDueDate(input: ComputeDueDateInput): DueDate {
  const calendar = input.calendar ?? defaultWorkingCalendar();
  const engine = engineOf(calendar);
  const receivedMs = toEpochMs(input.receivedAt);
  const run = runClock(engine, receivedMs, input.term);
  const offset = engine.cal.offsetMinutes;
  const dueAt = formatInstant(run.dueMs, offset);
  return {
    calendarId: engine.cal.id,
    term: input.term,
    receivedAt: formatInstant(receivedMs, offset),
    clockStartsAt: formatInstant(run.startMs, offset),
    clockStartReason: run.reason,
    dueAt,
    dueAtMs: run.dueMs,
    dueDate: dueAt.slice(0, 10),
    trail: input.explain === false ? [] : buildTrail(engine, receivedMs, run, input.term),
  };
}

/**
 * The due date alone, as epoch milliseconds: the same computation as {@link computeDueDate} without the
 * strings, the trail or any allocation beyond one small record. For bulk work (scans, reports,
 * simulations), where it runs several million times a second.
 *
 * @example computeDueAtMs(Date.parse('2025-04-24T02:00:00Z'), { unit: 'working-days', value: 3 }) // 1745834400000
 */
export function computeDueAtMs(receivedAt: Instant, term: DeadlineTerm, calendar?: WorkingCalendar): number {
  return runClock(engineOf(calendar ?? defaultWorkingCalendar()), toEpochMs(receivedAt), term).dueMs;
}

/** The clock's start and end for one term; internal, shared with the legal clock. */
export interface ClockRun {
  readonly startMs: number;
  readonly startDay: number;
  readonly reason: ClockStartReason;
  readonly dueMs: number;
}

/** Runs a term from a receipt instant. Internal: no formatting, no trail. */
export function runClock(engine: CalendarEngine, receivedMs: number, term: DeadlineTerm): ClockRun {
  const value = termValue(term);
  const day = engine.dayOf(receivedMs);
  const reason = startReason(engine, day, receivedMs - engine.midnight(day), term);
  let startDay = day;
  let startMs = receivedMs;
  if (reason === 'before-office-hours' || reason === 'between-office-hours') {
    startMs = engine.nextOpening(receivedMs);
  } else if (reason !== 'within-office-hours') {
    // After closing, after the cut-off or on a day off: counts as received at the next working day's opening.
    startDay = engine.nextWorking(day);
    startMs = engine.midnight(startDay) + engine.hours(startDay).open;
  }
  let dueMs: number;
  if (term.unit === 'working-hours') {
    dueMs = engine.addOfficeTime(startMs, Math.round(value * 3_600_000));
  } else if (term.unit === 'calendar-days') {
    // "N ngày" counts every day; Civil Code 2015 Art. 148(5): a term whose last day is a weekly
    // rest day or a holiday ends at the close of the next working day.
    let dueDay = startDay + value;
    if (!engine.isWorking(dueDay)) dueDay = engine.nextWorking(dueDay);
    dueMs = engine.midnight(dueDay) + engine.hours(dueDay).close;
  } else {
    let dueDay = startDay;
    for (let n = term.unit === 'working-days' ? value : 0; n > 0; n--) dueDay = engine.nextWorking(dueDay);
    dueMs = engine.midnight(dueDay) + engine.hours(dueDay).close;
  }
  return { startMs, startDay, reason, dueMs };
}

function startReason(engine: CalendarEngine, day: number, msOfDay: number, term: DeadlineTerm): ClockStartReason {
  if (!engine.isWorking(day)) return 'non-working-day';
  const h = engine.hours(day);
  if (msOfDay >= h.close) return 'after-office-hours';
  // Decree 23/2015 Art. 7 and the civil-status rule: "after 15:00" rolls a same-day request over.
  if ((term.applyCutOff ?? term.unit === 'same-day') && msOfDay > engine.cutOff(day)) return 'after-cut-off';
  if (msOfDay < h.open) return 'before-office-hours';
  for (let i = 0; i < h.starts.length; i++) {
    if (msOfDay >= h.starts[i]! && msOfDay < h.ends[i]!) return 'within-office-hours';
  }
  return 'between-office-hours';
}

/** Checks a term and returns its value (0 for same-day). Internal. */
export function termValue(term: DeadlineTerm): number {
  if (typeof term !== 'object' || term === null) throw new DeadlineError('invalid-term', 'A term must be an object such as { unit: "working-days", value: 3 }');
  switch (term.unit) {
    case 'same-day':
      return 0;
    case 'working-days':
    case 'calendar-days':
      if (Number.isInteger(term.value) && term.value! >= 0) return term.value!;
      throw new DeadlineError('invalid-term', `A ${term.unit} term needs a whole number of days ≥ 0 as value, not ${String(term.value)}`);
    case 'working-hours':
      if (typeof term.value === 'number' && Number.isFinite(term.value) && term.value >= 0) return term.value;
      throw new DeadlineError('invalid-term', `A working-hours term needs a number of hours ≥ 0 as value, not ${String(term.value)}`);
    default:
      throw new DeadlineError('invalid-term', `Unknown term unit ${JSON.stringify((term as { unit?: unknown }).unit)}; use working-days, working-hours, calendar-days or same-day`);
  }
}

/** Every local day from receipt to the due day, with what each counted for. */
export function buildTrail(engine: CalendarEngine, receivedMs: number, run: ClockRun, term: DeadlineTerm): TrailDay[] {
  const trail: TrailDay[] = [];
  const firstDay = engine.dayOf(receivedMs);
  const dueDay = engine.dayOf(run.dueMs);
  let ordinal = 0;
  for (let day = firstDay; day <= dueDay; day++) {
    const table = engine.table(day);
    const code = table.kinds[day - table.start]!;
    const label = table.labels.get(day);
    const working = code <= KIND.makeUp;
    let step: TrailStep;
    if (day < run.startDay) step = day === firstDay ? 'received' : 'skipped';
    else if (day === run.startDay) step = 'clock-start';
    else step = working || term.unit === 'calendar-days' ? 'counted' : 'skipped';
    const entry: { -readonly [K in keyof TrailDay]: TrailDay[K] } = { date: formatLocalDate(day), weekday: isoWeekday(day), kind: KIND_NAMES[code]!, step };
    if (step === 'counted' && (term.unit === 'working-days' || term.unit === 'calendar-days')) entry.ordinal = ++ordinal;
    if (term.unit === 'working-hours' && working && day >= run.startDay) {
      const base = engine.midnight(day);
      entry.countedMs = engine.officeTimeOfDay(day, Math.max(run.startMs - base, 0), Math.min(run.dueMs - base, DAY_MS));
    }
    if (label?.title) entry.title = label.title;
    if (label?.reference !== undefined) entry.reference = label.reference;
    if (label?.confirmed !== undefined) entry.confirmed = label.confirmed;
    trail.push(entry);
  }
  return trail;
}
