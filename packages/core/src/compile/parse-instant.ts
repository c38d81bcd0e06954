/**
 * `parseInstant` and `formatIn`: instants in and out of the dossier context. Context timestamps are ISO
 * 8601 strings (JSON-safe, readable in the audit log); the hot path needs them as epoch milliseconds.
 */
import type { WorkingCalendar } from '../calendar/index.js';
import { formatInstant, toEpochMs } from '../calendar/instant.js';

/** The calendar's offset in minutes (`+07:00` → 420). */
export function offsetMinutesOf(calendar: WorkingCalendar): number {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(calendar.utcOffset);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** Formats an instant in the calendar's offset, e.g. `2026-02-23T17:00:00+07:00`. */
export function formatIn(calendar: WorkingCalendar, epochMs: number): string {
  return formatInstant(epochMs, offsetMinutesOf(calendar));
}

// Every event's time is parsed again as the next event's "previous time"; a small memo saves the
// repeated parse, which showed as ~10% of a transition in profiles.
const parsed = new Map<string, number>();
const PARSED_MAX = 4096;

/** Parses an ISO 8601 instant with offset (memoised); throws RangeError otherwise. */
export function parseInstant(text: string): number {
  let ms = parsed.get(text);
  if (ms === undefined) {
    ms = toEpochMs(text);
    if (parsed.size >= PARSED_MAX) parsed.clear();
    parsed.set(text, ms);
  }
  return ms;
}
