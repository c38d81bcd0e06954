/**
 * The Vietnamese lunisolar calendar (âm lịch), computed astronomically.
 *
 * Algorithm: Hồ Ngọc Đức, "Thuật toán tính âm lịch" (https://www.informatik.uni-leipzig.de/~duc/amlich/),
 * built on Meeus' new-moon and solar-longitude formulas. A lunar month starts on the local day of a new
 * moon; month 11 is the month containing the winter solstice; in a 13-month year the first month after
 * month 11 with no major solar term (trung khí) is the leap month. "Local" is the crux: Vietnam counts at
 * UTC+7 and China at UTC+8, which is why Tết 1985 fell on 21/01 in Vietnam and 20/02 in China.
 *
 * Results are cached per solar year, so converting every day of two centuries costs a few thousand
 * new-moon evaluations, not hundreds of thousands. Accurate for 1800–2199, the algorithm's stated range.
 */
import { type CivilDate, fromDayNumber, toDayNumber, yearOfDayNumber } from './day-number.js';

/** A date in the Vietnamese lunar calendar. `year` is the Gregorian year in which its Tết falls. */
export interface LunarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly isLeapMonth: boolean;
}

/** Options for lunar conversions. */
export interface LunarOptions {
  /** Hours east of UTC at which new moons and solar terms are dated. Default 7 (Vietnam); 8 is China. */
  readonly timeZone?: number;
}

/** Solar (Gregorian) years the conversions accept. */
export const LUNAR_YEAR_RANGE = { min: 1800, max: 2199 } as const;

const VIETNAM_TIME_ZONE = 7;
const JDN_OF_DAY_ZERO = 2_440_588; // Julian day number of 1970-01-01
const SYNODIC_MONTH = 29.530588853;
const NEW_MOON_EPOCH = 2_415_021.076998695; // new moon of 1900-01-01 (Julian day)
const RAD = Math.PI / 180;

/** The lunar months that begin between month 11 of one year and month 11 of the next. */
interface LunarSpan {
  readonly starts: Int32Array; // day numbers of month starts, plus the next span's start at the end
  readonly months: Uint8Array;
  readonly leap: Uint8Array;
  readonly years: Int32Array;
}

const caches = new Map<number, Map<number, LunarSpan>>();

/**
 * Converts a Gregorian date to the Vietnamese lunar calendar.
 *
 * @example toLunarDate(2025, 1, 29) // { year: 2025, month: 1, day: 1, isLeapMonth: false } — Tết Ất Tỵ
 * @throws RangeError outside 1800–2199.
 */
export function toLunarDate(year: number, month: number, day: number, options?: LunarOptions): LunarDate {
  checkYear(year);
  return dayNumberToLunar(toDayNumber(year, month, day), options?.timeZone ?? VIETNAM_TIME_ZONE);
}

/**
 * Converts a Vietnamese lunar date to the Gregorian calendar.
 *
 * @example fromLunarDate(2026, 3, 10) // { year: 2026, month: 4, day: 26 } — Giỗ Tổ Hùng Vương
 * @throws RangeError when the lunar year has no such (leap) month or the month has no such day.
 */
export function fromLunarDate(
  lunarYear: number,
  lunarMonth: number,
  lunarDay: number,
  isLeapMonth = false,
  options?: LunarOptions,
): CivilDate {
  return fromDayNumber(lunarToDayNumber(lunarYear, lunarMonth, lunarDay, isLeapMonth, options?.timeZone));
}

/**
 * Length (29 or 30 days) of a lunar month.
 *
 * @throws RangeError when the lunar year has no such month.
 */
export function lunarMonthLength(lunarYear: number, lunarMonth: number, isLeapMonth = false, options?: LunarOptions): number {
  const tz = options?.timeZone ?? VIETNAM_TIME_ZONE;
  const { span, index } = findMonth(lunarYear, lunarMonth, isLeapMonth, tz);
  return span.starts[index + 1]! - span.starts[index]!;
}

/** The leap month of a lunar year (e.g. 6 for 2025's leap 6th month), or `null` if it has none. */
export function leapMonthOf(lunarYear: number, options?: LunarOptions): number | null {
  const tz = options?.timeZone ?? VIETNAM_TIME_ZONE;
  for (const solarYear of [lunarYear, lunarYear + 1]) {
    const span = spanOf(solarYear, tz);
    for (let i = 0; i < span.months.length; i++) {
      if (span.leap[i] === 1 && span.years[i] === lunarYear) return span.months[i]!;
    }
  }
  return null;
}

/** {@link fromLunarDate} returning a day number (days since 1970-01-01). */
export function lunarToDayNumber(
  lunarYear: number,
  lunarMonth: number,
  lunarDay: number,
  isLeapMonth = false,
  timeZone = VIETNAM_TIME_ZONE,
): number {
  const { span, index } = findMonth(lunarYear, lunarMonth, isLeapMonth, timeZone);
  const start = span.starts[index]!;
  const length = span.starts[index + 1]! - start;
  if (!Number.isInteger(lunarDay) || lunarDay < 1 || lunarDay > length) {
    throw new RangeError(`Lunar month ${lunarMonth}${isLeapMonth ? ' (leap)' : ''} of ${lunarYear} has ${length} days, not ${lunarDay}`);
  }
  return start + lunarDay - 1;
}

/** {@link toLunarDate} from a day number (days since 1970-01-01). */
export function dayNumberToLunar(dayNumber: number, timeZone = VIETNAM_TIME_ZONE): LunarDate {
  const solarYear = yearOfDayNumber(dayNumber);
  checkYear(solarYear);
  let span = spanOf(solarYear, timeZone);
  if (dayNumber >= span.starts[span.starts.length - 1]!) span = spanOf(solarYear + 1, timeZone);
  let i = span.months.length - 1;
  while (span.starts[i]! > dayNumber) i--;
  return {
    year: span.years[i]!,
    month: span.months[i]!,
    day: dayNumber - span.starts[i]! + 1,
    isLeapMonth: span.leap[i] === 1,
  };
}

function findMonth(lunarYear: number, lunarMonth: number, isLeapMonth: boolean, timeZone: number): { span: LunarSpan; index: number } {
  if (!Number.isInteger(lunarMonth) || lunarMonth < 1 || lunarMonth > 12) {
    throw new RangeError(`Lunar month must be 1–12, not ${lunarMonth}`);
  }
  // Months 11 and 12 of lunar year Y begin at the end of solar year Y, in the span that ends in Y + 1.
  const solarYear = lunarMonth >= 11 ? lunarYear + 1 : lunarYear;
  checkYear(solarYear);
  const span = spanOf(solarYear, timeZone);
  for (let i = 0; i < span.months.length; i++) {
    if (span.months[i] === lunarMonth && (span.leap[i] === 1) === isLeapMonth && span.years[i] === lunarYear) {
      return { span, index: i };
    }
  }
  throw new RangeError(`Lunar year ${lunarYear} has no leap month ${lunarMonth}`);
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < LUNAR_YEAR_RANGE.min || year > LUNAR_YEAR_RANGE.max) {
    throw new RangeError(`Lunar conversion supports years ${LUNAR_YEAR_RANGE.min}–${LUNAR_YEAR_RANGE.max}, not ${year}`);
  }
}

/** Months from month 11 of lunar year `solarYear - 1` up to (not including) month 11 of `solarYear`. */
function spanOf(solarYear: number, timeZone: number): LunarSpan {
  let cache = caches.get(timeZone);
  if (!cache) caches.set(timeZone, (cache = new Map()));
  let span = cache.get(solarYear);
  if (!span) cache.set(solarYear, (span = buildSpan(solarYear, timeZone)));
  return span;
}

function buildSpan(solarYear: number, timeZone: number): LunarSpan {
  const a11 = lunarMonth11(solarYear - 1, timeZone);
  const b11 = lunarMonth11(solarYear, timeZone);
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  const count = b11 - a11 > 365 ? 13 : 12;
  const leapOffset = count === 13 ? leapMonthOffset(a11, timeZone) : -1;
  const starts = new Int32Array(count + 1);
  const months = new Uint8Array(count);
  const leap = new Uint8Array(count);
  const years = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    starts[i] = newMoonDay(k + i, timeZone) - JDN_OF_DAY_ZERO;
    let month = leapOffset >= 0 && i >= leapOffset ? i + 10 : i + 11;
    if (month > 12) month -= 12;
    months[i] = month;
    leap[i] = i === leapOffset ? 1 : 0;
    years[i] = month >= 11 && i < 4 ? solarYear - 1 : solarYear;
  }
  starts[count] = b11 - JDN_OF_DAY_ZERO;
  return { starts, months, leap, years };
}

/** Julian day (fractional, UT) of the k-th new moon after 1900-01-01 (Meeus, ch. 49, abridged). */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd1 = 2_415_020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * RAD);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // sun's mean anomaly
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // moon's mean anomaly
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // moon's argument of latitude
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * RAD) + 0.0021 * Math.sin(2 * RAD * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * RAD) + 0.0161 * Math.sin(RAD * 2 * Mpr);
  c1 -= 0.0004 * Math.sin(RAD * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(RAD * 2 * F) - 0.0051 * Math.sin(RAD * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(RAD * (M - Mpr)) + 0.0004 * Math.sin(RAD * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(RAD * (2 * F - M)) - 0.0006 * Math.sin(RAD * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(RAD * (2 * F - Mpr)) + 0.0005 * Math.sin(RAD * (2 * Mpr + M));
  const deltaT = T < -11
    ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
    : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

/** Julian day number of the local day on which the k-th new moon falls. */
function newMoonDay(k: number, timeZone: number): number {
  return Math.floor(newMoon(k) + 0.5 + timeZone / 24);
}

/** Sector 0–11 (of 30°) of the sun's longitude at local midnight starting Julian day number `jdn`. */
function sunSector(jdn: number, timeZone: number): number {
  const T = (jdn - 0.5 - timeZone / 24 - 2_451_545.0) / 36_525;
  const T2 = T * T;
  const M = 357.5291 + 35_999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2; // mean anomaly
  const L0 = 280.46645 + 36_000.76983 * T + 0.0003032 * T2; // mean longitude
  let dl = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(RAD * M);
  dl = dl + (0.019993 - 0.000101 * T) * Math.sin(RAD * 2 * M) + 0.00029 * Math.sin(RAD * 3 * M);
  let l = (L0 + dl) * RAD;
  l -= Math.PI * 2 * Math.floor(l / (Math.PI * 2));
  return Math.floor((l / Math.PI) * 6);
}

/** Julian day number of the start of lunar month 11 (the month holding the winter solstice) of `year`. */
function lunarMonth11(year: number, timeZone: number): number {
  const off = toDayNumber(year, 12, 31) + JDN_OF_DAY_ZERO - 2_415_021;
  const k = Math.floor(off / SYNODIC_MONTH);
  const nm = newMoonDay(k, timeZone);
  // A sun sector of 9 or more (longitude ≥ 270°, the solstice) at that new moon means it is too late.
  return sunSector(nm, timeZone) >= 9 ? newMoonDay(k - 1, timeZone) : nm;
}

/** Index, counted from month 11, of the first month without a major solar term: the leap month. */
function leapMonthOffset(a11: number, timeZone: number): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i, timeZone), timeZone);
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i, timeZone), timeZone);
  } while (arc !== last && i < 14);
  return i - 1;
}
