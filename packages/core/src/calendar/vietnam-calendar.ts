/**
 * Vietnam's civil-service working calendar, the library's default.
 *
 * The data lives in `vietnam-calendar.json` (the canonical copy); `examples/calendars/vn.json` is the
 * same data with a `$schema` line so editors can validate it, and a test keeps the two identical.
 * Official schedules: domain.md §4.2 (2024–2026). Update the JSON when a new yearly notice appears.
 */
import type { CalendarData } from './calendar-data.js';
import data from './vietnam-calendar.json' with { type: 'json' };

/** Vietnam's civil-service calendar: Labor Code 2019 holidays, Art. 111(3) compensation, 2024–2026 schedules. */
export const vietnamCalendar: CalendarData = data as CalendarData;
