/**
 * Checks calendar data and turns it into the integer form the engine reads (day numbers, milliseconds
 * of the day, weekday bit masks). Schema validation (`schemas/calendar.schema.json`) catches shape errors
 * earlier with better positions; this module re-checks what a schema cannot express — time order,
 * versions that overlap or leave gaps, schedules that name unknown holidays — because the core must not
 * run on a calendar it cannot trust.
 */
import {
  type CalendarData,
  type CompensatoryRule,
  DEFAULT_CUT_OFF,
  DEFAULT_OFFICE_HOURS,
  DEFAULT_WEEKLY_REST_DAYS,
  type Effective,
  type HolidayRule,
  type LegalBasis,
  type LocalizedText,
  type TimeInterval,
} from './calendar-data.js';
import { daysInMonth, isLocalDate, parseLocalDate } from './day-number.js';

/** Thrown by `createWorkingCalendar` when calendar data is inconsistent; `pointer` locates the fault. */
export class CalendarDataError extends Error {
  /** JSON Pointer to the offending value, e.g. `/officeHours/0/intervals/1/end`. */
  readonly pointer: string;

  constructor(pointer: string, message: string) {
    super(`${pointer || '/'}: ${message}`);
    this.name = 'CalendarDataError';
    this.pointer = pointer;
  }
}

/** A value in force from day `from` to day `to` (inclusive day numbers). */
export interface Versioned<T> {
  readonly from: number;
  readonly to: number;
  readonly value: T;
}

/** Office hours of one day, in milliseconds after local midnight. */
export interface OfficeDay {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly open: number;
  readonly close: number;
  /** Total office time in the day. */
  readonly total: number;
}

/** A fixed or lunar holiday rule with its dates as day numbers. */
export interface CompiledHoliday {
  readonly id: string;
  readonly title: LocalizedText;
  readonly legalBasis: readonly LegalBasis[];
  readonly from: number;
  readonly to: number;
  readonly days: number;
  readonly offsetDays: number;
  readonly lunar: boolean;
  readonly month: number;
  readonly day: number;
  readonly isLeapMonth: boolean;
}

/** An official schedule with its dates as day numbers. */
export interface CompiledSchedule {
  readonly year: number;
  readonly title: LocalizedText;
  readonly replaces: ReadonlySet<string>;
  readonly daysOff: readonly number[];
  readonly workingDays: readonly number[];
  readonly confirmed: boolean;
  readonly legalBasis: readonly LegalBasis[];
  readonly reference: string | undefined;
  readonly sources: readonly string[];
}

/** Calendar data checked and converted for the engine. */
export interface CompiledCalendar {
  readonly data: CalendarData;
  readonly id: string;
  readonly offsetMinutes: number;
  readonly from: number;
  readonly to: number;
  readonly officeHours: readonly Versioned<OfficeDay>[];
  readonly cutOff: readonly Versioned<number>[];
  /** Bit `1 << isoWeekday` set for each rest day. */
  readonly weeklyRest: readonly Versioned<number>[];
  readonly compensatory: readonly Versioned<CompensatoryRule>[];
  readonly holidays: readonly CompiledHoliday[];
  readonly schedules: readonly CompiledSchedule[];
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const OFFSET = /^([+-])(\d{2}):(\d{2})$/;

/**
 * Checks `data` and compiles it.
 *
 * @throws CalendarDataError naming the first inconsistency found.
 */
export function compileCalendar(data: CalendarData): CompiledCalendar {
  if (typeof data !== 'object' || data === null) throw new CalendarDataError('', 'calendar data must be an object');
  if (typeof data.id !== 'string' || data.id === '') throw new CalendarDataError('/id', 'must be a non-empty string');
  const from = date(data.effectiveFrom, '/effectiveFrom');
  const to = data.effectiveTo === undefined ? Number.POSITIVE_INFINITY : date(data.effectiveTo, '/effectiveTo');
  if (to < from) throw new CalendarDataError('/effectiveTo', 'must not be before effectiveFrom');
  const range = { from, to };

  const officeHours = versions(data.officeHours, '/officeHours', range, [{ effectiveFrom: data.effectiveFrom, intervals: DEFAULT_OFFICE_HOURS }],
    (rule, path) => officeDay(rule.intervals, `${path}/intervals`));
  const cutOff = versions(data.cutOff, '/cutOff', range, [{ effectiveFrom: data.effectiveFrom, time: DEFAULT_CUT_OFF }],
    (rule, path) => time(rule.time, `${path}/time`));
  const weeklyRest = versions(data.weeklyRestDays, '/weeklyRestDays', range, [{ effectiveFrom: data.effectiveFrom, days: DEFAULT_WEEKLY_REST_DAYS }],
    (rule, path) => restMask(rule.days, `${path}/days`));
  const compensatory = (data.compensatoryRule ?? []).map((rule, i) => {
    const path = `/compensatoryRule/${i}`;
    if (rule.shift !== 'next-working-day') throw new CalendarDataError(`${path}/shift`, `must be "next-working-day", not ${JSON.stringify(rule.shift)}`);
    return { ...dates(rule, path), value: rule };
  });
  checkNoOverlap(compensatory, '/compensatoryRule');

  const holidays = [
    ...(data.fixedHolidays ?? []).map((h, i) => holiday(h, `/fixedHolidays/${i}`, false, h.month, h.day, false)),
    ...(data.lunarHolidays ?? []).map((h, i) => holiday(h, `/lunarHolidays/${i}`, true, h.lunarMonth, h.lunarDay, h.isLeapMonth ?? false)),
  ];
  const ids = new Set<string>();
  for (const h of holidays) {
    if (ids.has(h.id)) throw new CalendarDataError('/fixedHolidays', `holiday id "${h.id}" is used twice; ids must be unique`);
    ids.add(h.id);
  }

  const schedules = (data.schedules ?? []).map((s, i): CompiledSchedule => {
    const path = `/schedules/${i}`;
    if (!Number.isInteger(s.year)) throw new CalendarDataError(`${path}/year`, `must be a whole year, not ${JSON.stringify(s.year)}`);
    (s.replaces ?? []).forEach((id, j) => {
      if (!ids.has(id)) throw new CalendarDataError(`${path}/replaces/${j}`, `"${id}" is not a holiday id; use one of ${[...ids].join(', ')}`);
    });
    return {
      year: s.year,
      title: s.title,
      replaces: new Set(s.replaces ?? []),
      daysOff: (s.daysOff ?? []).map((d, j) => date(d, `${path}/daysOff/${j}`)),
      workingDays: (s.workingDays ?? []).map((d, j) => date(d, `${path}/workingDays/${j}`)),
      confirmed: s.confirmed === true,
      legalBasis: s.legalBasis ?? [],
      reference: s.reference,
      sources: s.sources ?? [],
    };
  });

  return { data, id: data.id, offsetMinutes: utcOffset(data.timeZone), from, to, officeHours, cutOff, weeklyRest, compensatory, holidays, schedules };
}

function holiday(
  rule: HolidayRule,
  path: string,
  lunar: boolean,
  month: number,
  day: number,
  isLeapMonth: boolean,
): CompiledHoliday {
  if (typeof rule.id !== 'string' || rule.id === '') throw new CalendarDataError(`${path}/id`, 'must be a non-empty string');
  const monthKey = lunar ? 'lunarMonth' : 'month';
  const dayKey = lunar ? 'lunarDay' : 'day';
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new CalendarDataError(`${path}/${monthKey}`, `must be 1–12, not ${month}`);
  const maxDay = lunar ? 30 : daysInMonth(2000, month); // 2000 is a leap year: 29 February is allowed
  if (!Number.isInteger(day) || day < 1 || day > maxDay) throw new CalendarDataError(`${path}/${dayKey}`, `must be 1–${maxDay}, not ${day}`);
  const days = rule.days ?? 1;
  if (!Number.isInteger(days) || days < 1) throw new CalendarDataError(`${path}/days`, `must be a whole number of days ≥ 1, not ${days}`);
  const offsetDays = rule.offsetDays ?? 0;
  if (!Number.isInteger(offsetDays)) throw new CalendarDataError(`${path}/offsetDays`, `must be a whole number, not ${offsetDays}`);
  return { id: rule.id, title: rule.title, legalBasis: rule.legalBasis ?? [], ...dates(rule, path), days, offsetDays, lunar, month, day, isLeapMonth };
}

function versions<TRule extends Effective, TValue>(
  rules: readonly TRule[] | undefined,
  path: string,
  range: { from: number; to: number },
  fallback: readonly TRule[],
  convert: (rule: TRule, path: string) => TValue,
): Versioned<TValue>[] {
  const list = (rules && rules.length > 0 ? rules : fallback).map((rule, i) => ({ ...dates(rule, `${path}/${i}`), value: convert(rule, `${path}/${i}`) }));
  checkNoOverlap(list, path);
  // Every day the calendar answers for needs exactly one version.
  let covered = range.from;
  for (const v of list) {
    if (v.to < covered) continue;
    if (v.from > covered) break;
    covered = v.to === Number.POSITIVE_INFINITY ? v.to : v.to + 1;
  }
  if (covered !== Number.POSITIVE_INFINITY && covered <= range.to) {
    throw new CalendarDataError(path, 'the versions leave days of the calendar without a rule; make their effectiveFrom/effectiveTo cover the calendar\'s dates');
  }
  return list;
}

function checkNoOverlap(list: { from: number; to: number }[], path: string): void {
  list.sort((a, b) => a.from - b.from);
  for (let i = 1; i < list.length; i++) {
    if (list[i]!.from <= list[i - 1]!.to) throw new CalendarDataError(path, 'two versions are in force on the same day; end one before the next begins');
  }
}

function dates(rule: Effective, path: string): { from: number; to: number } {
  const from = date(rule.effectiveFrom, `${path}/effectiveFrom`);
  const to = rule.effectiveTo === undefined ? Number.POSITIVE_INFINITY : date(rule.effectiveTo, `${path}/effectiveTo`);
  if (to < from) throw new CalendarDataError(`${path}/effectiveTo`, 'must not be before effectiveFrom');
  return { from, to };
}

function date(value: unknown, path: string): number {
  if (typeof value !== 'string' || !isLocalDate(value)) {
    throw new CalendarDataError(path, `${JSON.stringify(value)} is not a date; write YYYY-MM-DD`);
  }
  return parseLocalDate(value);
}

function time(value: unknown, path: string): number {
  const match = typeof value === 'string' ? TIME.exec(value) : null;
  if (!match) throw new CalendarDataError(path, `${JSON.stringify(value)} is not a time; write HH:MM, e.g. "07:00"`);
  return (Number(match[1]) * 60 + Number(match[2])) * 60_000;
}

function officeDay(intervals: readonly TimeInterval[], path: string): OfficeDay {
  if (!Array.isArray(intervals) || intervals.length === 0) throw new CalendarDataError(path, 'needs at least one interval');
  const starts: number[] = [];
  const ends: number[] = [];
  let total = 0;
  intervals.forEach((interval, i) => {
    const start = time(interval.start, `${path}/${i}/start`);
    const end = time(interval.end, `${path}/${i}/end`);
    if (end <= start) throw new CalendarDataError(`${path}/${i}/end`, `must be after start ${interval.start}`);
    if (i > 0 && start < ends[i - 1]!) throw new CalendarDataError(`${path}/${i}/start`, 'intervals must be in order and must not overlap');
    starts.push(start);
    ends.push(end);
    total += end - start;
  });
  return { starts, ends, open: starts[0]!, close: ends[ends.length - 1]!, total };
}

function restMask(days: readonly number[], path: string): number {
  let mask = 0;
  (Array.isArray(days) ? days : []).forEach((day, i) => {
    if (!Number.isInteger(day) || day < 1 || day > 7) throw new CalendarDataError(`${path}/${i}`, `must be an ISO weekday 1 (Monday) – 7 (Sunday), not ${day}`);
    mask |= 1 << day;
  });
  if (mask === 0b1111_1110) throw new CalendarDataError(path, 'every day of the week is a rest day; leave at least one working weekday');
  return mask;
}

function utcOffset(timeZone: string): number {
  // Vietnam has kept UTC+7 without daylight saving since 1975; the library computes at that offset.
  if (timeZone === 'Asia/Ho_Chi_Minh') return 7 * 60;
  const match = typeof timeZone === 'string' ? OFFSET.exec(timeZone) : null;
  if (!match || Number(match[2]) > 14 || Number(match[3]) > 59) {
    throw new CalendarDataError('/timeZone', `${JSON.stringify(timeZone)} is not supported; use "Asia/Ho_Chi_Minh" or an offset such as "+07:00"`);
  }
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}
