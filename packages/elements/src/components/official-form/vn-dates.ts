/**
 * Dates as Vietnamese official documents write them, in Vietnam's time zone whatever the browser's:
 * `23/02/2026`, `17 giờ 00 phút, ngày 23/02/2026`, and the date line `ngày 23 tháng 02 năm 2026`
 * (Decree 30/2020/NĐ-CP Appendix I: the place-and-date line of an administrative document).
 */

/** Legal times are Vietnam office hours (UTC+7). */
const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const parts = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23',
});

/** A moment's calendar fields in Vietnam. */
export interface VnDateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

/** The fields of `value` in Vietnam time; null when it is not a date. */
export function toVnParts(value: string | Date | null | undefined): VnDateParts | null {
  if (value === null || value === undefined || value === '') return null;
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return null;
  const fields = parts.formatToParts(date);
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(fields.find((part) => part.type === type)?.value);
  return { year: field('year'), month: field('month'), day: field('day'), hour: field('hour'), minute: field('minute') };
}

/** `dd/mm/yyyy`, or '' when `value` is not a date. @example formatVnDate('2026-02-23T17:00:00+07:00') // '23/02/2026' */
export function formatVnDate(value: string | Date | null | undefined): string {
  const p = toVnParts(value);
  return p ? `${pad(p.day)}/${pad(p.month)}/${p.year}` : '';
}

/** `17 giờ 00 phút, ngày 23/02/2026`, or ''. */
export function formatVnDateTime(value: string | Date | null | undefined): string {
  const p = toVnParts(value);
  return p ? `${pad(p.hour)} giờ ${pad(p.minute)} phút, ngày ${pad(p.day)}/${pad(p.month)}/${p.year}` : '';
}

/** `ngày 23 tháng 02 năm 2026`, or the blank form `ngày … tháng … năm …`. */
export function formatVnDateLine(value: string | Date | null | undefined): string {
  const p = toVnParts(value);
  return p ? `ngày ${pad(p.day)} tháng ${pad(p.month)} năm ${p.year}` : 'ngày … tháng … năm …';
}

/** The Vietnam calendar day of `value` as `yyyymmdd`, for comparing days; null when not a date. */
export function vnDayNumber(value: string | Date | null | undefined): number | null {
  const p = toVnParts(value);
  return p ? p.year * 10_000 + p.month * 100 + p.day : null;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
