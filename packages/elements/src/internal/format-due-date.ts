/**
 * `formatDueDate` and `dueStateOf`: a due date as a citizen reads it, in Vietnam's time zone, and whether
 * it has passed or is close.
 */
import type { Lang } from './messages.js';

/** Legal deadlines are Vietnam office hours (UTC+7), wherever the reader's browser is. */
const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const WEEKDAYS: Readonly<Record<Lang, readonly string[]>> = {
  vi: ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const parts = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23',
});

/**
 * `iso` as `17:00, thứ Hai 23/02/2026` (vi) or `17:00, Monday 23 February 2026` (en), in Vietnam time;
 * null when `iso` is not a date.
 */
export function formatDueDate(iso: string, lang: Lang): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.formatToParts(date).find((part) => part.type === type)?.value);
  const [year, month, day, hour, minute] = [field('year'), field('month'), field('day'), field('hour'), field('minute')];
  const weekday = WEEKDAYS[lang][new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
  const time = `${pad(hour)}:${pad(minute)}`;
  return lang === 'vi' ? `${time}, ${weekday} ${pad(day)}/${pad(month)}/${year}` : `${time}, ${weekday} ${day} ${MONTHS[month - 1]} ${year}`;
}

/** How a due date stands at `now`. */
export type DueState = 'overdue' | 'due-soon' | 'on-time';

/** Within this many hours of the due date, a dossier is "due soon". */
export const DUE_SOON_HOURS = 48;

/** `overdue` once `dueAt` has passed, `due-soon` within {@link DUE_SOON_HOURS}, else `on-time`; null without a date. */
export function dueStateOf(dueAt: string | null, now: Date): DueState | null {
  const due = dueAt === null ? Number.NaN : new Date(dueAt).getTime();
  if (Number.isNaN(due)) return null;
  const left = due - now.getTime();
  if (left < 0) return 'overdue';
  return left <= DUE_SOON_HOURS * 3_600_000 ? 'due-soon' : 'on-time';
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
