/**
 * Public holidays of a year, computed from calendar data and then overridden by official schedules.
 *
 * Order of precedence, lowest first (Labor Code 2019, Law 45/2019/QH14):
 * 1. weekly rest days (for civil servants Saturday and Sunday);
 * 2. holidays computed from the rules — fixed dates and lunar dates (Art. 112(1) lists them);
 * 3. compensatory days: a holiday on a weekly rest day gives the next working day off (Art. 111(3));
 * 4. official schedules — the Prime Minister fixes the Tết days and National Day's second day each year
 *    (Art. 112(3)) and the ministry announces swaps; a schedule drops the computed days of the holidays
 *    it `replaces` (before compensation is worked out) and its own days off and make-up days win.
 */
import type { CalendarData, LegalBasis, LocalizedText } from './calendar-data.js';
import { type CompiledCalendar, type CompiledHoliday, type CompiledSchedule, compileCalendar } from './compile-calendar.js';
import { type LocalDate, daysInMonth, formatLocalDate, isoWeekday, toDayNumber } from './day-number.js';
import { LUNAR_YEAR_RANGE, lunarMonthLength, lunarToDayNumber, leapMonthOf } from './lunar-date.js';

/** Why a day is, or is not, a working day. */
export type DayKind =
  | 'working-day'
  | 'make-up-working-day'
  | 'weekly-rest-day'
  | 'public-holiday'
  | 'compensatory-day'
  | 'scheduled-day-off';

/** One local day as the calendar sees it, with the reason and the law behind it. */
export interface DayInfo {
  readonly date: LocalDate;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  readonly isWorkingDay: boolean;
  readonly kind: DayKind;
  /** Holiday or schedule name, for holidays, compensatory days, scheduled days off and make-up days. */
  readonly title?: LocalizedText;
  /** The holiday rule behind a public holiday or compensatory day. */
  readonly holidayId?: string;
  readonly legalBasis?: readonly LegalBasis[];
  /** For days from an official schedule: whether an official notice was found. */
  readonly confirmed?: boolean;
  /** For days from an official schedule: the notice. */
  readonly reference?: string;
  readonly sources?: readonly string[];
}

/** What a labelled day carries; `date`, `weekday` and `isWorkingDay` are added when it is described. */
export type DayLabel = Omit<DayInfo, 'date' | 'weekday' | 'isWorkingDay'>;

/** Numeric day kinds stored in year tables; working kinds come first. */
export const KIND = { working: 0, makeUp: 1, rest: 2, holiday: 3, compensatory: 4, scheduled: 5 } as const;

/** Kind names by numeric code. */
export const KIND_NAMES: readonly DayKind[] = [
  'working-day', 'make-up-working-day', 'weekly-rest-day', 'public-holiday', 'compensatory-day', 'scheduled-day-off',
];

/** The kinds of one Gregorian year's days, with labels for every day that is not plain. */
export interface YearTable {
  readonly year: number;
  readonly start: number;
  readonly end: number;
  readonly kinds: Uint8Array;
  readonly labels: ReadonlyMap<number, DayLabel>;
}

/**
 * Lists the days of a Gregorian year that are holidays, compensatory days, scheduled days off or make-up
 * working days, in date order. Weekly rest days are not listed unless a schedule names them.
 *
 * Compiles `data` on every call; to ask repeatedly, use `createWorkingCalendar(data).holidays(year)`.
 *
 * @example computeHolidays(vietnamCalendar, 2025).map((d) => d.date) // ['2025-01-01', '2025-01-25', …]
 * @throws CalendarDataError when the data is inconsistent.
 */
export function computeHolidays(data: CalendarData, year: number): DayInfo[] {
  return listLabelledDays(buildYearTable(compileCalendar(data), year));
}

/** The labelled days of a year table as {@link DayInfo}, in date order. */
export function listLabelledDays(table: YearTable): DayInfo[] {
  return [...table.labels.keys()].sort((a, b) => a - b).map((day) => describeLabelled(day, table.labels.get(day)!));
}

/** A {@link DayInfo} for a labelled day. */
export function describeLabelled(day: number, label: DayLabel): DayInfo {
  return { date: formatLocalDate(day), weekday: isoWeekday(day), isWorkingDay: label.kind === 'make-up-working-day', ...label };
}

/** Builds the table of day kinds for one Gregorian year. */
export function buildYearTable(cal: CompiledCalendar, year: number): YearTable {
  const start = toDayNumber(year, 1, 1);
  const end = toDayNumber(year + 1, 1, 1);
  const kinds = new Uint8Array(end - start);
  for (let d = start; d < end; d++) kinds[d - start] = isRestDay(cal, d) ? KIND.rest : KIND.working;
  const labels = new Map<number, DayLabel>();
  // Holidays of the neighbouring years may spill over (a schedule's make-up day in late December).
  for (const holidayYear of [year - 1, year, year + 1]) {
    for (const [day, label] of holidayYearLabels(cal, holidayYear, holidayYear === year)) {
      if (day < start || day >= end) continue;
      kinds[day - start] = KIND[CODE_OF[label.kind]];
      labels.set(day, label);
    }
  }
  return { year, start, end, kinds, labels };
}

const CODE_OF: Record<DayKind, keyof typeof KIND> = {
  'working-day': 'working',
  'make-up-working-day': 'makeUp',
  'weekly-rest-day': 'rest',
  'public-holiday': 'holiday',
  'compensatory-day': 'compensatory',
  'scheduled-day-off': 'scheduled',
};

/** Whether a day is a weekly rest day under the rule in force that day. */
export function isRestDay(cal: CompiledCalendar, day: number): boolean {
  const versions = cal.weeklyRest;
  let mask = versions[0]!.value;
  for (const v of versions) if (v.from <= day) mask = v.value; // sorted; the last one begun wins
  return (mask & (1 << isoWeekday(day))) !== 0;
}

/** Labels of every day touched by the holidays of one holiday year (dates may fall outside it). */
function holidayYearLabels(cal: CompiledCalendar, year: number, strict: boolean): Map<number, DayLabel> {
  const schedules = cal.schedules.filter((s) => s.year === year);
  const replaced = new Set(schedules.flatMap((s) => [...s.replaces]));
  const computed = new Map<number, DayLabel>();
  for (const h of cal.holidays) {
    if (replaced.has(h.id)) continue;
    const anchor = anchorDay(h, year, strict);
    if (anchor === null || anchor < h.from || anchor > h.to) continue;
    for (let j = 0; j < h.days; j++) {
      const day = anchor + h.offsetDays + j;
      if (!computed.has(day)) computed.set(day, { kind: 'public-holiday', holidayId: h.id, title: h.title, legalBasis: h.legalBasis });
    }
  }
  const off = new Map<number, DayLabel>();
  const work = new Map<number, DayLabel>();
  for (const s of schedules) {
    for (const day of s.daysOff) off.set(day, scheduleLabel(s, 'scheduled-day-off'));
    for (const day of s.workingDays) work.set(day, scheduleLabel(s, 'make-up-working-day'));
  }
  const compensatory = new Map<number, DayLabel>();
  const isOff = (day: number): boolean =>
    computed.has(day) || off.has(day) || compensatory.has(day) || (isRestDay(cal, day) && !work.has(day));
  for (const day of [...computed.keys()].sort((a, b) => a - b)) {
    const rule = cal.compensatory.find((v) => v.from <= day && day <= v.to);
    if (!rule || !isRestDay(cal, day) || work.has(day)) continue;
    // Labor Code 2019 Art. 111(3): a weekly rest day that coincides with a holiday is given back on the
    // next working day.
    let next = day + 1;
    while (isOff(next)) next++;
    const { holidayId, title } = computed.get(day)!;
    compensatory.set(next, {
      kind: 'compensatory-day',
      ...(holidayId === undefined ? {} : { holidayId }),
      title: { vi: `Nghỉ bù ${title!.vi}`, en: `Day off in lieu of ${title!.en}` },
      legalBasis: rule.value.legalBasis ?? [],
    });
  }
  return new Map([...computed, ...compensatory, ...off, ...work]);
}

function scheduleLabel(s: CompiledSchedule, kind: 'scheduled-day-off' | 'make-up-working-day'): DayLabel {
  return {
    kind,
    title: s.title,
    legalBasis: s.legalBasis,
    confirmed: s.confirmed,
    ...(s.reference === undefined ? {} : { reference: s.reference }),
    sources: s.sources,
  };
}

function anchorDay(h: CompiledHoliday, year: number, strict: boolean): number | null {
  if (!h.lunar) {
    return h.day > daysInMonth(year, h.month) ? null : toDayNumber(year, h.month, h.day); // 29 Feb only in leap years
  }
  if (year < LUNAR_YEAR_RANGE.min || year + 1 > LUNAR_YEAR_RANGE.max) {
    if (strict) throw new RangeError(`Lunar holidays can be computed for ${LUNAR_YEAR_RANGE.min}–${LUNAR_YEAR_RANGE.max - 1}, not ${year}`);
    return null;
  }
  if (h.isLeapMonth && leapMonthOf(year) !== h.month) return null;
  // Day 30 of a 29-day month means its last day.
  const day = Math.min(h.day, lunarMonthLength(year, h.month, h.isLeapMonth));
  return lunarToDayNumber(year, h.month, day, h.isLeapMonth);
}
