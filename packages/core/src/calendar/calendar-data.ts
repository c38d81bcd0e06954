/**
 * The shape of a working calendar as data: what `schemas/calendar.schema.json` describes.
 *
 * These types mirror the schema by hand (the schema is the contract; keep the two in step). Every rule
 * block carries `effectiveFrom` / `effectiveTo`, because calendars change with the law: a rule applies to
 * the days (for holidays: the occurrences) that fall inside its dates.
 */
import type { LocalDate } from './day-number.js';

/** Text in Vietnamese (the default) and English. */
export interface LocalizedText {
  readonly vi: string;
  readonly en: string;
}

/** A legal instrument, and the article of it, that a rule rests on. */
export interface LegalBasis {
  /** The instrument's number and name, e.g. `Bộ luật Lao động 2019 (Luật 45/2019/QH14)`. */
  readonly instrument: string;
  /** The article, clause or point, e.g. `Điều 112 khoản 1 điểm b`. Absent for notices without articles. */
  readonly article?: string;
  readonly url?: string;
}

/** Dates between which a rule is in force, both inclusive; no `effectiveTo` means "until replaced". */
export interface Effective {
  readonly effectiveFrom: LocalDate;
  readonly effectiveTo?: LocalDate;
}

/** Fields every rule block may carry besides its dates. */
export interface RuleNotes {
  readonly legalBasis?: readonly LegalBasis[];
  /** Free text, Vietnamese first then English: caveats, what is unconfirmed, where it was found. */
  readonly note?: string;
}

/** A span of office time within a day, `HH:MM` to `HH:MM` local time, start inclusive, end exclusive. */
export interface TimeInterval {
  readonly start: string;
  readonly end: string;
}

/** The office's opening hours on working days. */
export interface OfficeHoursRule extends Effective, RuleNotes {
  readonly intervals: readonly TimeInterval[];
}

/** The time of day after which a same-day request rolls to the next working day. */
export interface CutOffRule extends Effective, RuleNotes {
  /** `HH:MM`, e.g. `15:00`. A request at 15:00:00 exactly is before the cut-off. */
  readonly time: string;
}

/** The days of the week on which the office is closed. */
export interface WeeklyRestRule extends Effective, RuleNotes {
  /** ISO weekdays: 1 = Monday … 7 = Sunday. */
  readonly days: readonly number[];
}

/** What happens when a holiday falls on a weekly rest day. */
export interface CompensatoryRule extends Effective, RuleNotes {
  /** `next-working-day`: the next day that is neither a rest day nor a holiday is given off instead. */
  readonly shift: 'next-working-day';
}

/** Fields shared by fixed (solar) and lunar holidays. */
export interface HolidayRule extends Effective, RuleNotes {
  /** Stable id that official schedules refer to, e.g. `tet`, `national-day`. */
  readonly id: string;
  readonly title: LocalizedText;
  /** Number of consecutive days off. Default 1. */
  readonly days?: number;
  /** Days between the anchor date and the first day off; negative starts earlier. Default 0. */
  readonly offsetDays?: number;
}

/** A holiday on a Gregorian date, e.g. 30 April. */
export interface FixedHoliday extends HolidayRule {
  readonly month: number;
  readonly day: number;
}

/** A holiday on a lunar date, e.g. Tết (1/1) or Hùng Kings' day (10/3). */
export interface LunarHoliday extends HolidayRule {
  readonly lunarMonth: number;
  /** 1–30; 30 in a 29-day month means its last day. */
  readonly lunarDay: number;
  readonly isLeapMonth?: boolean;
}

/**
 * An official schedule for one break of one year (e.g. the Prime Minister's Tết days and the Ministry's
 * swaps). It overrides computation: the holidays it `replaces` are not computed for that year, its
 * `daysOff` are off and its `workingDays` are make-up working days.
 */
export interface OfficialSchedule extends RuleNotes {
  /** The holiday year: the year whose holiday this schedule fixes (dates may spill into the next). */
  readonly year: number;
  readonly title: LocalizedText;
  /** Ids of holidays this schedule settles for `year`; their computed days are dropped. */
  readonly replaces?: readonly string[];
  readonly daysOff: readonly LocalDate[];
  readonly workingDays?: readonly LocalDate[];
  /** False when the dates are inferred (e.g. from the Labor Code) and no official notice was found. */
  readonly confirmed: boolean;
  /** The notice's number and issuer, e.g. `Thông báo 6150/TB-BLĐTBXH`. */
  readonly reference?: string;
  /** Where the dates were read (URLs). */
  readonly sources?: readonly string[];
}

/** A working calendar: office hours, rest days, holidays and official schedules, all versioned. */
export interface CalendarData {
  readonly $schema?: string;
  readonly id: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  /** `Asia/Ho_Chi_Minh` (computed as UTC+07:00) or a fixed UTC offset such as `+07:00`. */
  readonly timeZone: string;
  /** First day the calendar answers for; earlier days are refused. */
  readonly effectiveFrom: LocalDate;
  readonly effectiveTo?: LocalDate;
  readonly legalBasis?: readonly LegalBasis[];
  readonly officeHours?: readonly OfficeHoursRule[];
  readonly cutOff?: readonly CutOffRule[];
  readonly weeklyRestDays?: readonly WeeklyRestRule[];
  readonly compensatoryRule?: readonly CompensatoryRule[];
  readonly fixedHolidays?: readonly FixedHoliday[];
  readonly lunarHolidays?: readonly LunarHoliday[];
  readonly schedules?: readonly OfficialSchedule[];
}

/** Office hours used when a calendar gives none: 07:00–11:30 and 13:30–17:00 (domain.md §3.3). */
export const DEFAULT_OFFICE_HOURS: readonly TimeInterval[] = [
  { start: '07:00', end: '11:30' },
  { start: '13:30', end: '17:00' },
];

/** Cut-off used when a calendar gives none (Decree 61/2018 Art. 18; Decree 23/2015 Art. 7). */
export const DEFAULT_CUT_OFF = '15:00';

/** Weekly rest days used when a calendar gives none: Saturday and Sunday. */
export const DEFAULT_WEEKLY_REST_DAYS: readonly number[] = [6, 7];
