/**
 * `createWorkingCalendar`: which days an office works and when it is open.
 *
 * Representation, chosen once for the whole calendar module:
 * - a **day** is a Vietnam-local date, written `YYYY-MM-DD` (a `LocalDate`); where a day is asked for,
 *   an instant is also accepted and means the local day it falls in;
 * - an **instant** goes in as a `Date`, epoch milliseconds, or an ISO 8601 string with an offset, and
 *   comes out as an ISO 8601 string in the calendar's offset (`2025-04-28T17:00:00+07:00`);
 * - inside, days are integers and instants epoch milliseconds. Nothing reads the host's time zone or
 *   the wall clock, so results are the same in any browser, server or `TZ`.
 */
import type { CalendarData, LocalizedText } from './calendar-data.js';
import { CalendarEngine } from './calendar-engine.js';
import { compileCalendar } from './compile-calendar.js';
import { type LocalDate, formatLocalDate, isLocalDate, isoWeekday, parseLocalDate } from './day-number.js';
import { type DayInfo, KIND_NAMES, describeLabelled, listLabelledDays } from './holidays.js';
import { type Instant, type IsoDateTime, formatInstant, formatOffset, toEpochMs } from './instant.js';
import { vietnamCalendar } from './vietnam-calendar.js';

/** A day: a `YYYY-MM-DD` local date, or an instant standing for the local day it falls in. */
export type DateInput = LocalDate | Instant;

/** Working days and office hours of one calendar. Create with {@link createWorkingCalendar}. */
export interface WorkingCalendar {
  readonly id: string;
  readonly title: LocalizedText;
  /** The data the calendar was built from. */
  readonly data: CalendarData;
  /** The offset every instant is written in, e.g. `+07:00`. */
  readonly utcOffset: string;
  /** Whether the office works that day (Monday–Friday minus holidays, plus make-up working days). */
  isWorkingDay(date: DateInput): boolean;
  /** The day's kind and, for holidays and schedules, its name, legal basis and source. */
  describeDay(date: DateInput): DayInfo;
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: DateInput): LocalDate;
  /** The last working day strictly before `date`. */
  previousWorkingDay(date: DateInput): LocalDate;
  /**
   * The `count`-th working day after `date` (before it when negative); with 0, `date` itself when it is a
   * working day, else the next one.
   */
  addWorkingDays(date: DateInput, count: number): LocalDate;
  /** Holidays, compensatory days, scheduled days off and make-up working days of a Gregorian year. */
  holidays(year: number): readonly DayInfo[];
  /** The Vietnam-local date of an instant. */
  toLocalDate(instant: Instant): LocalDate;
  /** Whether the office is open at that instant (a working day, inside an office-hours interval). */
  isWithinOfficeHours(instant: Instant): boolean;
  /** The instant itself when the office is open, else the next time it opens. */
  nextOfficeOpening(instant: Instant): IsoDateTime;
  /** Opening time (e.g. 07:00) of a day's office hours, whether or not the day is a working day. */
  openingOf(date: DateInput): IsoDateTime;
  /** Closing time (e.g. 17:00) of a day's office hours, whether or not the day is a working day. */
  closeOf(date: DateInput): IsoDateTime;
  /** Milliseconds of office time between two instants (negative when `to` is earlier). */
  officeTimeBetween(from: Instant, to: Instant): number;
  /** The instant reached by counting `amountMs` of office time from `from` (which may be outside hours). */
  addOfficeTime(from: Instant, amountMs: number): IsoDateTime;
}

const engines = new WeakMap<WorkingCalendar, CalendarEngine>();
let defaultCalendar: WorkingCalendar | undefined;

/**
 * Creates a working calendar from calendar data (by default Vietnam's civil-service calendar).
 *
 * @example
 * const calendar = createWorkingCalendar();
 * calendar.isWorkingDay('2025-04-26'); // true — a make-up Saturday (Notice 6150/TB-BLĐTBXH)
 * calendar.nextWorkingDay('2026-02-13'); // '2026-02-23' — after the Tết 2026 break
 * @throws CalendarDataError when the data is inconsistent (validate it against the schema first).
 */
export function createWorkingCalendar(data: CalendarData = vietnamCalendar): WorkingCalendar {
  const engine = new CalendarEngine(compileCalendar(data));
  const offset = engine.cal.offsetMinutes;
  const day = (input: DateInput): number =>
    typeof input === 'string' && isLocalDate(input) ? parseLocalDate(input) : engine.dayOf(toEpochMs(input));

  const calendar: WorkingCalendar = {
    id: data.id,
    title: data.title,
    data,
    utcOffset: formatOffset(offset),
    isWorkingDay: (date) => engine.isWorking(day(date)),
    describeDay(date) {
      const d = day(date);
      const t = engine.table(d);
      const label = t.labels.get(d);
      if (label) return describeLabelled(d, label);
      const kind = KIND_NAMES[t.kinds[d - t.start]!]!;
      return { date: formatLocalDate(d), weekday: isoWeekday(d), isWorkingDay: kind === 'working-day', kind };
    },
    nextWorkingDay: (date) => formatLocalDate(engine.nextWorking(day(date))),
    previousWorkingDay: (date) => formatLocalDate(engine.previousWorking(day(date))),
    addWorkingDays(date, count) {
      if (!Number.isInteger(count)) throw new RangeError(`count must be a whole number of working days, not ${count}`);
      let d = day(date);
      if (count === 0) return formatLocalDate(engine.workingOnOrAfter(d));
      for (let n = Math.abs(count); n > 0; n--) d = count > 0 ? engine.nextWorking(d) : engine.previousWorking(d);
      return formatLocalDate(d);
    },
    holidays(year) {
      if (!Number.isInteger(year)) throw new RangeError(`year must be a whole number, not ${year}`);
      const first = parseLocalDate(`${String(year).padStart(4, '0')}-01-01`);
      const last = parseLocalDate(`${String(year).padStart(4, '0')}-12-31`);
      // Clamp to the calendar's coverage so a partly covered year can still be listed.
      const table = engine.table(Math.min(Math.max(first, engine.cal.from), last));
      return listLabelledDays(table).filter((info) => {
        const d = parseLocalDate(info.date);
        return d >= engine.cal.from && d <= engine.cal.to;
      });
    },
    toLocalDate: (instant) => formatLocalDate(engine.dayOf(toEpochMs(instant))),
    isWithinOfficeHours(instant) {
      const ms = toEpochMs(instant);
      return engine.nextOpening(ms) === ms && engine.isWorking(engine.dayOf(ms));
    },
    nextOfficeOpening: (instant) => formatInstant(engine.nextOpening(toEpochMs(instant)), offset),
    openingOf(date) {
      const d = day(date);
      return formatInstant(engine.midnight(d) + engine.hours(d).open, offset);
    },
    closeOf(date) {
      const d = day(date);
      return formatInstant(engine.midnight(d) + engine.hours(d).close, offset);
    },
    officeTimeBetween: (from, to) => engine.officeTimeBetween(toEpochMs(from), toEpochMs(to)),
    addOfficeTime(from, amountMs) {
      if (!Number.isFinite(amountMs) || amountMs < 0) throw new RangeError(`amountMs must be ≥ 0, not ${amountMs}`);
      return formatInstant(engine.addOfficeTime(toEpochMs(from), amountMs), offset);
    },
  };
  engines.set(calendar, engine);
  return calendar;
}

/** The shared working calendar built from Vietnam's built-in data, created on first use. */
export function defaultWorkingCalendar(): WorkingCalendar {
  return (defaultCalendar ??= createWorkingCalendar(vietnamCalendar));
}

/** The engine behind a calendar made by {@link createWorkingCalendar}. Internal to the calendar module. */
export function engineOf(calendar: WorkingCalendar): CalendarEngine {
  const engine = engines.get(calendar);
  if (!engine) throw new TypeError('Not a working calendar; create one with createWorkingCalendar()');
  return engine;
}
