/**
 * Calendar dates as pure arithmetic on `YYYY-MM-DD` strings. Nothing here touches `Date`: the
 * host's time zone must never shift a legal date (a server in UTC and a browser in UTC+7 have to
 * agree on how many days a child has lived).
 */

const ZERO = 48; // '0'
const DASH = 45; // '-'

function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The number of days from 1970-01-01 to `value` in the proleptic Gregorian calendar, or `null`
 * when `value` is not a real date written `YYYY-MM-DD` (so `2025-02-29` is `null`).
 * Allocation-free: it runs inside hot condition evaluation.
 *
 * @example
 * toDayNumber('1970-01-02') // 1
 */
export function toDayNumber(value: unknown): number | null {
  if (typeof value !== 'string' || value.length !== 10) return null;
  if (value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return null;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  // days_from_civil, H. Hinnant, "chrono-Compatible Low-Level Date Algorithms".
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is string {
  return toDayNumber(value) !== null;
}

/**
 * Calendar days from `from` to `to` (negative when `to` is earlier), or `null` unless both are
 * real `YYYY-MM-DD` dates.
 *
 * @example
 * daysBetween('2024-02-28', '2024-03-01') // 2 (leap year)
 */
export function daysBetween(from: unknown, to: unknown): number | null {
  const a = toDayNumber(from);
  if (a === null) return null;
  const b = toDayNumber(to);
  return b === null ? null : b - a;
}
