/**
 * The calendar's arithmetic on integers: local day numbers and epoch milliseconds.
 *
 * Internal: `WorkingCalendar` wraps it for callers; `deadline.ts` uses it directly, so the hot path
 * creates no `Date` and no string. Year tables are built lazily, once per year, and copied into one flat
 * array of day kinds spanning every year asked about so far: asking about a day is a bounds check and a
 * read.
 */
import { type CompiledCalendar, type OfficeDay, type Versioned } from './compile-calendar.js';
import { DAY_MS, formatLocalDate, yearOfDayNumber } from './day-number.js';
import { KIND, type YearTable, buildYearTable } from './holidays.js';

/** Marks days of the flat window the calendar does not cover. */
const OUTSIDE = 255;

/** How far to look for a working day before deciding the calendar has none. */
const MAX_SEARCH_DAYS = 366;

/** Calendar arithmetic over a compiled calendar. */
export class CalendarEngine {
  readonly cal: CompiledCalendar;
  readonly offsetMs: number;
  private readonly tables = new Map<number, YearTable>();
  private last: YearTable | undefined;
  /** Day kinds of a run of whole years, from day number `base`; grown on demand. */
  private kinds = new Uint8Array(0);
  private base = 0;

  constructor(cal: CompiledCalendar) {
    this.cal = cal;
    this.offsetMs = cal.offsetMinutes * 60_000;
  }

  /** The year table holding `day` (for labels; kinds are read from the flat window below). */
  table(day: number): YearTable {
    this.checkCovered(day);
    const last = this.last;
    if (last !== undefined && day >= last.start && day < last.end) return last;
    const table = this.yearTable(yearOfDayNumber(day));
    this.last = table;
    return table;
  }

  /** Numeric kind of a day (see `KIND`). The hot path: one subtraction, one bounds check, one read. */
  kind(day: number): number {
    const i = day - this.base;
    if (i >= 0 && i < this.kinds.length) {
      const kind = this.kinds[i]!;
      if (kind !== OUTSIDE) return kind;
    }
    return this.widen(day);
  }

  /** Builds the years needed to read `day` and copies them into the flat window. */
  private widen(day: number): number {
    this.checkCovered(day);
    const year = yearOfDayNumber(day);
    const oldFirst = this.kinds.length === 0 ? year : yearOfDayNumber(this.base);
    const oldLast = this.kinds.length === 0 ? year : yearOfDayNumber(this.base + this.kinds.length - 1);
    const first = Math.min(year, oldFirst);
    const lastYear = Math.max(year, oldLast);
    const base = this.yearTable(first).start;
    const kinds = new Uint8Array(this.yearTable(lastYear).end - base).fill(OUTSIDE);
    for (let y = first; y <= lastYear; y++) {
      const t = this.yearTable(y);
      kinds.set(t.kinds, t.start - base);
    }
    // Days the calendar does not cover stay OUTSIDE, so reading them throws.
    const from = Math.max(this.cal.from, base);
    const to = Math.min(this.cal.to, base + kinds.length - 1);
    kinds.fill(OUTSIDE, 0, Math.max(0, from - base));
    if (to + 1 - base < kinds.length) kinds.fill(OUTSIDE, Math.max(0, to + 1 - base));
    this.kinds = kinds;
    this.base = base;
    return kinds[day - base]!;
  }

  private yearTable(year: number): YearTable {
    let table = this.tables.get(year);
    if (table === undefined) this.tables.set(year, (table = buildYearTable(this.cal, year)));
    return table;
  }

  private checkCovered(day: number): void {
    if (day < this.cal.from || day > this.cal.to) {
      const to = this.cal.to === Number.POSITIVE_INFINITY ? '' : ` to ${formatLocalDate(this.cal.to)}`;
      throw new RangeError(`Calendar "${this.cal.id}" covers ${formatLocalDate(this.cal.from)}${to}; ${formatLocalDate(day)} is outside it`);
    }
  }

  isWorking(day: number): boolean {
    return this.kind(day) <= KIND.makeUp;
  }

  /** The first working day strictly after `day`. */
  nextWorking(day: number): number {
    for (let d = day + 1, n = 0; n < MAX_SEARCH_DAYS; d++, n++) if (this.isWorking(d)) return d;
    throw new RangeError(`Calendar "${this.cal.id}" has no working day in the year after ${formatLocalDate(day)}`);
  }

  /** The last working day strictly before `day`. */
  previousWorking(day: number): number {
    for (let d = day - 1, n = 0; n < MAX_SEARCH_DAYS; d--, n++) if (this.isWorking(d)) return d;
    throw new RangeError(`Calendar "${this.cal.id}" has no working day in the year before ${formatLocalDate(day)}`);
  }

  /** `day` itself if it is a working day, else the next one. */
  workingOnOrAfter(day: number): number {
    return this.isWorking(day) ? day : this.nextWorking(day);
  }

  /** Office hours in force on `day`. */
  hours(day: number): OfficeDay {
    return versionAt(this.cal.officeHours, day);
  }

  /** Cut-off (ms after local midnight) in force on `day`. */
  cutOff(day: number): number {
    return versionAt(this.cal.cutOff, day);
  }

  /** Local day number of an instant. */
  dayOf(epochMs: number): number {
    return Math.floor((epochMs + this.offsetMs) / DAY_MS);
  }

  /** Epoch ms of local midnight starting `day`. */
  midnight(day: number): number {
    return day * DAY_MS - this.offsetMs;
  }

  /** The instant itself if the office is open then, else the next opening of a working day's interval. */
  nextOpening(epochMs: number): number {
    const day = this.dayOf(epochMs);
    if (this.isWorking(day)) {
      const h = this.hours(day);
      const ms = epochMs - this.midnight(day);
      for (let i = 0; i < h.starts.length; i++) {
        if (ms < h.starts[i]!) return this.midnight(day) + h.starts[i]!;
        if (ms < h.ends[i]!) return epochMs;
      }
    }
    const next = this.nextWorking(day);
    return this.midnight(next) + this.hours(next).open;
  }

  /**
   * Adds `amountMs` of office time to an instant. The count starts at the next opening; it ends exactly
   * at an interval's end when the time runs out there (17:00, not 07:00 the next morning).
   */
  addOfficeTime(epochMs: number, amountMs: number): number {
    if (amountMs <= 0) return epochMs;
    let at = this.nextOpening(epochMs);
    let remaining = amountMs;
    for (;;) {
      const day = this.dayOf(at);
      const base = this.midnight(day);
      const h = this.hours(day);
      const ms = at - base;
      // Whole days at once when the remainder outlasts the day.
      if (ms === h.open && remaining > h.total) {
        remaining -= h.total;
      } else {
        for (let i = 0; i < h.starts.length; i++) {
          if (ms >= h.ends[i]!) continue;
          const from = Math.max(ms, h.starts[i]!);
          const available = h.ends[i]! - from;
          if (remaining <= available) return base + from + remaining;
          remaining -= available;
        }
      }
      const next = this.nextWorking(day);
      at = this.midnight(next) + this.hours(next).open;
    }
  }

  /** Office time in `[fromMs, toMs)` (negative when `toMs` is earlier). */
  officeTimeBetween(fromMs: number, toMs: number): number {
    if (toMs < fromMs) return -this.officeTimeBetween(toMs, fromMs);
    const first = this.dayOf(fromMs);
    const lastDay = this.dayOf(toMs);
    let total = 0;
    for (let day = first; day <= lastDay; day++) {
      if (!this.isWorking(day)) continue;
      const base = this.midnight(day);
      const lo = day === first ? fromMs - base : 0;
      const hi = day === lastDay ? toMs - base : DAY_MS;
      total += this.officeTimeOfDay(day, lo, hi);
    }
    return total;
  }

  /** Office time of a working day between two ms-of-day marks. */
  officeTimeOfDay(day: number, lo: number, hi: number): number {
    const h = this.hours(day);
    let total = 0;
    for (let i = 0; i < h.starts.length; i++) {
      const span = Math.min(hi, h.ends[i]!) - Math.max(lo, h.starts[i]!);
      if (span > 0) total += span;
    }
    return total;
  }
}

function versionAt<T>(versions: readonly Versioned<T>[], day: number): T {
  if (versions.length === 1) return versions[0]!.value;
  let value = versions[0]!.value;
  for (const v of versions) if (v.from <= day) value = v.value; // sorted by start; the last begun wins
  return value;
}
