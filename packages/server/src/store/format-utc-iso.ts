/**
 * `formatUtcIso`: an instant as `Date#toISOString` writes it, in a third of the time. Every event, write
 * and command turns a few instants into text (the hash chain hashes them in UTC ISO form), and
 * `toISOString` showed up in the load profile at about 1.4 µs a call.
 */

const DAY_MS = 86_400_000;
/** 0000-01-01T00:00:00.000Z and 10000-01-01T00:00:00.000Z: outside, `toISOString` writes six-digit years. */
const FOUR_DIGIT_YEARS = [-62_167_219_200_000, 253_402_300_800_000] as const;

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
const pad3 = (n: number): string => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

/**
 * `time` (ms since the epoch) as `YYYY-MM-DDTHH:mm:ss.sssZ`, exactly `new Date(time).toISOString()` (which it
 * defers to for years outside 0000–9999, and for NaN, where it throws the same RangeError).
 * @example formatUtcIso(Date.UTC(2026, 2, 2, 1, 5)) // '2026-03-02T01:05:00.000Z'
 */
export function formatUtcIso(time: number): string {
  if (!(time >= FOUR_DIGIT_YEARS[0] && time < FOUR_DIGIT_YEARS[1])) return new Date(time).toISOString();
  const ms = Math.trunc(time); // as a Date keeps it
  const days = Math.floor(ms / DAY_MS);
  let rest = ms - days * DAY_MS;
  // The civil date of a day number (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms", civil_from_days).
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153); // March = 0
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  const yyyy = year < 1000 ? String(year).padStart(4, '0') : String(year);
  return `${yyyy}-${pad2(month)}-${pad2(day)}T${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}.${pad3(rest - seconds * 1000)}Z`;
}
