/**
 * The calendar's arithmetic on integers: local day numbers and epoch milliseconds.
 *
 * Internal: `WorkingCalendar` wraps it for callers, `deadline.ts` uses it directly so the hot path
 * allocates nothing. Year tables are built lazily, once per year, and the last one used is kept at hand,
 * so asking about a day is two comparisons and an array read.
 */
import { type CompiledCalendar, type OfficeDay, type Versioned } from './compile-calendar.js';
import { DAY_MS, formatLocalDate, yearOfDayNumber } from './day-number.js';
import { KIND, type YearTable, buildYearTable } from './holidays.js';

/** How far to look for a working day before deciding the calendar has none. */
const MAX_SEARCH_DAYS = 366;

/** Calendar arithmetic over a compiled calendar. */
export class CalendarEngine {
  readonly cal: CompiledCalendar;
  readonly offsetMs: number;
  private readonly tables = new Map<number, YearTable>();
  private last: YearTable | undefined;

  constructor(cal: CompiledCalendar) {
    this.cal = cal;
    this.offsetMs = cal.offsetMinutes * 60_000;
  }

  /** The year table holding `day`. */
  table(day: number): YearTable {
    const last = this.last;
    if (last !== undefined && day >= last.start && day < last.end) return last;
    if (day < this.cal.from || day > this.cal.to) {
      const to = this.cal.to === Number.POSITIVE_INFINITY ? '' : ` to ${formatLocalDate(this.cal.to)}`;
      throw new RangeError(`Calendar "${this.cal.id}" covers ${formatLocalDate(this.cal.from)}${to}; ${formatLocalDate(day)} is outside it`);
    }
    const year = yearOfDayNumber(day);
    let table = this.tables.get(year);
    if (table === undefined) this.tables.set(year, (table = buildYearTable(this.cal, year)));
    this.last = table;
    return table;
  }

  /** Numeric kind of a day (see `KIND`). */
  kind(day: number): number {
    const t = this.table(day);
    return t.kinds[day - t.start]!;
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
