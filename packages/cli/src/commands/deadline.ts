/**
 * `motcua deadline`: when is a dossier due, and why. For policy staff and testers: the due instant in
 * ISO 8601 (`+07:00`), the moment the clock starts and its reason, and every day from reception to the
 * due day with what it counted for (holiday names, make-up Saturdays, the 15:00 cut-off).
 *
 * The module is longer than most because it also reads a `--calendar` file the way `motcua validate`
 * reads a procedure (syntax, schema, consistency, each with file:line:col) and words the explanation
 * in two languages.
 */
import { parseArgs } from 'node:util';
import {
  DEFAULT_CUT_OFF, computeDueDate, createWorkingCalendar, validateCalendar, vietnamCalendar,
  type CalendarData, type ClockStartReason, type DeadlineTerm, type DueDate, type Locale, type TrailDay, type ValidationIssue,
} from '@motcua/core';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { loadDocument } from '../load-document.js';
import { formatIssue, parseLocale } from './validate.js';

export const DEADLINE_HELP = `motcua deadline --received <ISO 8601> (--working-days N | --working-hours N | --same-day)
                [--cut-off HH:MM] [--calendar <tệp>] [--json] [--lang vi|en]

Tính hạn giải quyết theo lịch làm việc và giải thích cách tính. / Computes a due date on the working calendar and explains it.
Mã thoát / Exit codes: 0 đã tính / computed, 1 lịch không hợp lệ / invalid calendar, 2 sai cách gọi / usage error.

  --received <thời điểm>   lúc tiếp nhận, có múi giờ, ví dụ / when received, with an offset, e.g. 2025-04-24T09:00:00+07:00
  --working-days N         N ngày làm việc / N working days
  --working-hours N        N giờ làm việc / N working hours
  --same-day               trong ngày (nhận sau giờ chốt thì tính sang ngày làm việc sau) / same day (after the cut-off: next working day)
  --cut-off HH:MM          giờ chốt, áp dụng cho mọi thời hạn / cut-off time, applied to any term (default 15:00 for --same-day)
  --calendar <tệp>         lịch làm việc dạng JSON (mặc định: lịch Việt Nam) / calendar JSON (default: Vietnam's)
  --json                   kết quả dạng JSON / machine-readable result
  --lang vi|en             ngôn ngữ (mặc định vi) / language (default vi)`;

const OFFSET_DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}([.,]\d{1,9})?)?([Zz]|[+-]\d{2}:?\d{2})$/;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}([.,]\d{1,9})?)?)?$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** `motcua deadline`: prints the due date of one term and how it was reached. */
export async function deadlineCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      received: { type: 'string' }, 'working-days': { type: 'string' }, 'working-hours': { type: 'string' },
      'same-day': { type: 'boolean', default: false }, 'cut-off': { type: 'string' }, calendar: { type: 'string' },
      json: { type: 'boolean', default: false }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) { io.stdout(`${DEADLINE_HELP}\n`); return EXIT.ok; }
  const lang = parseLocale(values.lang);
  const received = parseReceived(values.received);
  const cutOff = values['cut-off'];
  if (cutOff !== undefined && !TIME.test(cutOff)) {
    throw new UsageError(`--cut-off cần giờ dạng HH:MM, ví dụ 15:00, không phải "${cutOff}". / --cut-off needs a time as HH:MM, e.g. 15:00, not "${cutOff}".`);
  }
  const term = parseTerm(values['working-days'], values['working-hours'], values['same-day'] === true, cutOff !== undefined);

  let data: CalendarData = vietnamCalendar;
  if (values.calendar !== undefined) {
    const loaded = await loadDocument(values.calendar, io.cwd, validateCalendar);
    if (loaded.issues) {
      if (values.json) io.stdout(`${JSON.stringify({ valid: false, file: values.calendar, errors: loaded.issues }, null, 2)}\n`);
      else for (const issue of loaded.issues) io.stdout(`${formatIssue(values.calendar, issue, lang)}\n`);
      return EXIT.invalid;
    }
    data = loaded.value;
  }
  // A cut-off on the command line replaces the calendar's for every day it covers.
  if (cutOff !== undefined) data = { ...data, cutOff: [{ effectiveFrom: data.effectiveFrom, time: cutOff }] };

  let due: DueDate;
  try {
    due = computeDueDate({ receivedAt: received, term, calendar: createWorkingCalendar(data) });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new UsageError(`không tính được từ --received "${received}": ${error.message}. / cannot compute from --received "${received}": ${error.message}.`);
  }
  const cut = cutOff ?? cutOffOn(data, due.receivedAt.slice(0, 10));
  const shown = { unit: term.unit, ...(term.value === undefined ? {} : { value: term.value }), ...(cutOff === undefined ? {} : { cutOff }) };
  if (values.json) {
    const { dueAt, receivedAt, clockStartsAt, clockStartReason, calendarId, trail } = due;
    io.stdout(`${JSON.stringify({ dueAt, receivedAt, clockStartsAt, clockStartReason, term: shown, calendar: calendarId, trail }, null, 2)}\n`);
  } else {
    io.stdout(`${explainDueDate(due, data, cut, lang).join('\n')}\n`);
  }
  return EXIT.ok;
}

function parseReceived(value: string | undefined): string {
  if (value === undefined) {
    throw new UsageError('Cần --received, thời điểm tiếp nhận, ví dụ 2025-04-24T09:00:00+07:00. / --received is required: when the dossier was received, e.g. 2025-04-24T09:00:00+07:00.');
  }
  if (OFFSET_DATE_TIME.test(value)) return value;
  if (LOCAL_DATE_TIME.test(value)) {
    throw new UsageError(`--received "${value}" thiếu múi giờ; thêm độ lệch như +07:00, ví dụ 2025-04-24T09:00:00+07:00. / --received "${value}" has no offset; add one such as +07:00, e.g. 2025-04-24T09:00:00+07:00.`);
  }
  throw new UsageError(`--received "${value}" không phải thời điểm ISO 8601; viết ví dụ 2025-04-24T09:00:00+07:00. / --received "${value}" is not an ISO 8601 date-time; write e.g. 2025-04-24T09:00:00+07:00.`);
}

function parseTerm(days: string | undefined, hours: string | undefined, sameDay: boolean, applyCutOff: boolean): DeadlineTerm {
  const given = [days !== undefined, hours !== undefined, sameDay].filter(Boolean).length;
  if (given !== 1) {
    const what = given === 0 ? ['Cần một thời hạn', 'A term is needed'] : ['Chỉ được chọn một thời hạn', 'Give only one term'];
    throw new UsageError(`${what[0]}: --working-days N, --working-hours N hoặc --same-day. / ${what[1]}: --working-days N, --working-hours N or --same-day.`);
  }
  const cut = applyCutOff ? { applyCutOff: true } : {};
  if (sameDay) return { unit: 'same-day', ...cut };
  const [flag, text] = days !== undefined ? ['--working-days', days] : ['--working-hours', hours!];
  if (!/^[1-9]\d*$/.test(text)) {
    throw new UsageError(`${flag} cần một số nguyên dương, không phải "${text}". / ${flag} needs a positive whole number, not "${text}".`);
  }
  return { unit: days !== undefined ? 'working-days' : 'working-hours', value: Number(text), ...cut };
}

/** The cut-off in force on `day` (`YYYY-MM-DD`) under `data`, or the default 15:00. */
function cutOffOn(data: CalendarData, day: string): string {
  return data.cutOff?.find((r) => r.effectiveFrom <= day && (r.effectiveTo === undefined || day <= r.effectiveTo))?.time ?? DEFAULT_CUT_OFF;
}

const WEEKDAYS = { vi: ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'], en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] };
const KINDS: Record<TrailDay['kind'], [string, string]> = {
  'working-day': ['ngày làm việc', 'working day'],
  'make-up-working-day': ['ngày làm bù', 'make-up working day'],
  'weekly-rest-day': ['nghỉ hằng tuần', 'weekly rest day'],
  'public-holiday': ['ngày lễ', 'public holiday'],
  'compensatory-day': ['nghỉ bù', 'compensatory day off'],
  'scheduled-day-off': ['nghỉ theo lịch chính thức', 'scheduled day off'],
};

/** `Thứ Sáu 13/02/2026` or `Fri 13/02/2026`. */
function formatDay(date: string, weekday: number, lang: Locale): string {
  return `${WEEKDAYS[lang][weekday - 1]} ${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** What kind of day it is, with the holiday's name: `ngày lễ: Quốc khánh`. */
function describeKind(day: TrailDay, lang: Locale): string {
  const kind = KINDS[day.kind][lang === 'vi' ? 0 : 1];
  const unconfirmed = day.confirmed === false ? (lang === 'vi' ? ' (chưa có thông báo chính thức)' : ' (no official notice found)') : '';
  return day.title ? `${kind}: ${day.title[lang]}${unconfirmed}` : kind;
}

function startReason(reason: ClockStartReason, cut: string, lang: Locale): string {
  const vi = lang === 'vi';
  switch (reason) {
    case 'within-office-hours': return vi ? 'trong giờ làm việc, bắt đầu tính ngay' : 'within office hours, so the clock starts at once';
    case 'before-office-hours': return vi ? 'trước giờ làm việc, bắt đầu tính khi mở cửa' : 'before office hours, so the clock starts when the office opens';
    case 'between-office-hours': return vi ? 'trong giờ nghỉ trưa, bắt đầu tính khi làm việc buổi chiều' : 'during the midday break, so the clock starts when the afternoon session opens';
    case 'after-office-hours': return vi ? 'sau giờ làm việc, tính từ đầu ngày làm việc tiếp theo' : 'after office hours, so it counts from the start of the next working day';
    case 'after-cut-off': return vi ? `sau giờ chốt ${cut}, tính từ ngày làm việc tiếp theo` : `after the ${cut} cut-off, so it counts from the next working day`;
    default: return vi ? 'vào ngày nghỉ, tính từ ngày làm việc tiếp theo' : 'on a day off, so it counts from the next working day';
  }
}

/** The human explanation: the answer first, then one line per day of the trail. */
function explainDueDate(due: DueDate, data: CalendarData, cut: string, lang: Locale): string[] {
  const vi = lang === 'vi';
  const time = (iso: string) => iso.slice(11, 16);
  const dayOf = (iso: string) => due.trail.find((d) => d.date === iso.slice(0, 10));
  const when = (iso: string) => { const d = dayOf(iso); return d ? `${formatDay(d.date, d.weekday, lang)} ${time(iso)}` : time(iso); };
  const n = due.term.value ?? 0;
  const term = due.term.unit === 'same-day' ? (vi ? 'trong ngày' : 'same day')
    : due.term.unit === 'working-days' ? (vi ? `${n} ngày làm việc` : `${n} working day${n === 1 ? '' : 's'}`)
      : (vi ? `${n} giờ làm việc` : `${n} working hour${n === 1 ? '' : 's'}`);
  const cutNote = due.term.unit === 'same-day' || due.term.applyCutOff ? (vi ? ` (giờ chốt ${cut})` : ` (cut-off ${cut})`) : '';
  const pad = (s: string) => s.padEnd(vi ? 16 : 14);
  const lines = [
    `${pad(vi ? 'Hạn giải quyết:' : 'Due:')}${due.dueAt}  (${when(due.dueAt)})`,
    `${pad(vi ? 'Tiếp nhận:' : 'Received:')}${due.receivedAt}  (${when(due.receivedAt)})`,
    `${pad(vi ? 'Thời hạn:' : 'Term:')}${term}${cutNote}`,
    `${pad(vi ? 'Bắt đầu tính:' : 'Clock starts:')}${due.clockStartsAt} — ${vi ? 'nhận' : 'received'} ${startReason(due.clockStartReason, cut, lang)}`,
    `${pad(vi ? 'Lịch:' : 'Calendar:')}${data.id} — ${data.title[lang]}`,
    '',
    vi ? 'Diễn giải:' : 'Trail:',
  ];
  const last = due.trail.length - 1;
  due.trail.forEach((day, i) => {
    const parts: string[] = [];
    if (day.step === 'received' || (day.step === 'clock-start' && i === 0)) parts.push(vi ? `nhận hồ sơ lúc ${time(due.receivedAt)}` : `received at ${time(due.receivedAt)}`);
    if (day.step === 'received') {
      const working = day.kind === 'working-day' || day.kind === 'make-up-working-day';
      parts.push(!working ? describeKind(day, lang)
        : due.clockStartReason === 'after-cut-off' ? (vi ? `sau giờ chốt ${cut}` : `after the ${cut} cut-off`)
          : (vi ? 'sau giờ làm việc' : 'after office hours'));
    }
    if (day.step === 'skipped') parts.push(`${vi ? 'bỏ qua' : 'skipped'} — ${describeKind(day, lang)}`);
    if (day.step === 'clock-start') parts.push(vi ? `bắt đầu tính lúc ${time(due.clockStartsAt)}` : `clock starts at ${time(due.clockStartsAt)}`);
    if (day.step === 'counted' && day.ordinal !== undefined) parts.push(vi ? `ngày làm việc thứ ${day.ordinal}` : `working day ${day.ordinal}`);
    if (day.kind === 'make-up-working-day' && day.step !== 'skipped') parts.push(describeKind(day, lang));
    if (day.countedMs !== undefined) parts.push(vi ? `tính ${formatHours(day.countedMs, lang)}` : `counts ${formatHours(day.countedMs, lang)}`);
    if (i === last) parts.push(vi ? `hết hạn lúc ${time(due.dueAt)}` : `due at ${time(due.dueAt)}`);
    lines.push(`  ${formatDay(day.date, day.weekday, lang).padEnd(vi ? 21 : 16)}${parts.join('; ')}`);
  });
  return lines;
}

function formatHours(ms: number, lang: Locale): string {
  const minutes = Math.round(ms / 60_000);
  const [h, m] = [Math.floor(minutes / 60), minutes % 60];
  return lang === 'vi' ? `${h} giờ${m ? ` ${m} phút` : ''}` : `${h} h${m ? ` ${m} min` : ''}`;
}
