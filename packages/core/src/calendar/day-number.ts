/**
 * Day numbers: whole local calendar days counted from 1970-01-01 (day 0), proleptic Gregorian.
 *
 * The calendar works on integers, never on `Date` objects, so that no result depends on the host's
 * time zone and hot loops allocate nothing. Algorithms from Howard Hinnant, "chrono-Compatible
 * Low-Level Date Algorithms" (days_from_civil / civil_from_days).
 */

/** A Vietnam-local calendar date written `YYYY-MM-DD` (ISO 8601 extended, no time, no offset). */
export type LocalDate = string;

/** A calendar date split into its parts; `month` and `day` start at 1. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds in one calendar day. */
export const DAY_MS = 86_400_000;

/**
 * Converts a Gregorian date to its day number (days since 1970-01-01).
 *
 * @example toDayNumber(1970, 1, 1) === 0; toDayNumber(2025, 4, 26) === 20204
 */
export function toDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Converts a day number back to its Gregorian year, month and day. */
export function fromDayNumber(dayNumber: number): CivilDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The Gregorian year a day number falls in, without allocating. */
export function yearOfDayNumber(dayNumber: number): number {
  // Estimate, then correct by at most one year.
  let year = Math.floor((dayNumber + 0.5) / 365.2425) + 1970;
  if (toDayNumber(year, 1, 1) > dayNumber) year -= 1;
  else if (toDayNumber(year + 1, 1, 1) <= dayNumber) year += 1;
  return year;
}

/** ISO 8601 weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** Number of days in a Gregorian month. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether `text` is a well-formed, existing `YYYY-MM-DD` date. */
export function isLocalDate(text: string): boolean {
  const match = LOCAL_DATE.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Parses a `YYYY-MM-DD` date into its day number.
 *
 * @throws RangeError when the text is not an existing date in that form.
 */
export function parseLocalDate(text: string): number {
  if (!isLocalDate(text)) {
    throw new RangeError(`"${text}" is not a date; write it as YYYY-MM-DD, e.g. "2025-04-26"`);
  }
  return toDayNumber(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
}

/** Formats a day number as `YYYY-MM-DD`. */
export function formatLocalDate(dayNumber: number): LocalDate {
  const { year, month, day } = fromDayNumber(dayNumber);
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

/** Zero-pads to two digits. */
export function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

function pad4(value: number): string {
  return value >= 1000 ? String(value) : String(value).padStart(4, '0');
}
