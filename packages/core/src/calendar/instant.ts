/**
 * Instants: points in time, independent of any time zone.
 *
 * The calendar takes an instant as a `Date`, as epoch milliseconds, or as an ISO 8601 string that
 * carries its offset (`2025-04-24T09:00:00+07:00` or `…Z`). A string without an offset is refused,
 * because JavaScript would read it in the host's time zone. Instants come back as ISO 8601 strings
 * in the calendar's offset (`+07:00` for Vietnam), which read as Vietnam wall-clock time.
 */
import { DAY_MS, daysInMonth, pad2, toDayNumber } from './day-number.js';

const TWO: readonly string[] = Array.from({ length: 100 }, (_, i) => pad2(i));

/** A point in time: a `Date`, epoch milliseconds, or an ISO 8601 string with an explicit offset. */
export type Instant = Date | number | string;

/** An ISO 8601 date-time with an explicit offset, e.g. `2025-04-28T17:00:00+07:00`. */
export type IsoDateTime = string;

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

/**
 * Converts an instant to epoch milliseconds.
 *
 * @throws RangeError for an invalid `Date`, a non-finite number, or a string that is not an ISO 8601
 *   date-time with an offset.
 */
export function toEpochMs(input: Instant): number {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new RangeError(`${input} is not an instant; give epoch milliseconds`);
    return input;
  }
  if (input instanceof Date) {
    const ms = input.getTime();
    if (Number.isNaN(ms)) throw new RangeError('Invalid Date given as an instant');
    return ms;
  }
  if (typeof input === 'string') return parseIsoDateTime(input);
  throw new RangeError(`${String(input)} is not an instant; give a Date, epoch milliseconds or an ISO 8601 string`);
}

function parseIsoDateTime(text: string): number {
  const m = ISO_DATE_TIME.exec(text);
  if (!m) {
    throw new RangeError(
      `"${text}" is not an ISO 8601 date-time with an offset; write e.g. "2025-04-24T09:00:00+07:00"`,
    );
  }
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const fraction = m[7] === undefined ? 0 : Number(`${m[7]}00`.slice(0, 3));
  const offsetMinutes = m[8] ? 0 : (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11]));
  if (
    month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) ||
    hour > 23 || minute > 59 || second > 59 || Number(m[10] ?? 0) > 23 || Number(m[11] ?? 0) > 59
  ) {
    throw new RangeError(`"${text}" names a date or time that does not exist`);
  }
  const localMs = toDayNumber(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + fraction;
  return localMs - offsetMinutes * 60_000;
}

/**
 * Formats epoch milliseconds as ISO 8601 in the given offset, e.g. `2025-04-28T17:00:00+07:00`.
 * Milliseconds are written only when they are not zero.
 */
export function formatInstant(epochMs: number, offsetMinutes: number): IsoDateTime {
  // Hot path (every due date is formatted): civil_from_days inlined, two-digit strings from a table.
  const local = epochMs + offsetMinutes * 60_000;
  const dayNumber = Math.floor(local / DAY_MS);
  const msOfDay = local - dayNumber * DAY_MS;
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const seconds = Math.floor(msOfDay / 1000);
  const millis = msOfDay - seconds * 1000;
  const minutes = Math.floor(seconds / 60);
  return (year >= 1000 && year <= 9999 ? String(year) : String(year).padStart(4, '0')) + '-' + TWO[month]! + '-' + TWO[day]! +
    'T' + TWO[Math.floor(minutes / 60)]! + ':' + TWO[minutes % 60]! + ':' + TWO[seconds % 60]! +
    (millis === 0 ? '' : '.' + String(millis).padStart(3, '0')) + formatOffset(offsetMinutes);
}

/** Formats an offset in minutes as `+07:00` (`Z` is never used, so the local reading stays visible). */
export function formatOffset(offsetMinutes: number): string {
  if (offsetMinutes === 420) return '+07:00';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}
