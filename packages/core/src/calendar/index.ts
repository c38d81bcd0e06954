/**
 * The calendar and the legal clock: working days, office hours, Vietnamese lunar dates, public holidays
 * and official schedules, due dates with their explanation, pause / restart / one extension.
 *
 * Days are `YYYY-MM-DD` Vietnam-local dates; instants go in as `Date`, epoch ms or ISO 8601 with an
 * offset, and come out as ISO 8601 in the calendar's offset (`+07:00`).
 */
export type {
  CalendarData,
  CompensatoryRule,
  CutOffRule,
  Effective,
  FixedHoliday,
  HolidayRule,
  LegalBasis,
  LocalizedText,
  LunarHoliday,
  OfficeHoursRule,
  OfficialSchedule,
  RuleNotes,
  TimeInterval,
  WeeklyRestRule,
} from './calendar-data.js';
export { DEFAULT_CUT_OFF, DEFAULT_OFFICE_HOURS, DEFAULT_WEEKLY_REST_DAYS } from './calendar-data.js';
export { CalendarDataError } from './compile-calendar.js';
export type { LocalDate, CivilDate } from './day-number.js';
export type { Instant, IsoDateTime } from './instant.js';
export { type LunarDate, type LunarOptions, LUNAR_YEAR_RANGE, fromLunarDate, leapMonthOf, lunarMonthLength, toLunarDate } from './lunar-date.js';
export { type DayInfo, type DayKind, computeHolidays } from './holidays.js';
export { type DateInput, type WorkingCalendar, createWorkingCalendar, defaultWorkingCalendar } from './working-calendar.js';
export { vietnamCalendar } from './vietnam-calendar.js';
export {
  type ClockStartReason,
  type ComputeDueDateInput,
  type DeadlineTerm,
  type DeadlineUnit,
  type DueDate,
  type TrailDay,
  type TrailStep,
  computeDueAtMs,
  computeDueDate,
} from './deadline.js';
export { DeadlineError, type DeadlineErrorCode } from './deadline-error.js';
export {
  type ClockOptions,
  type DueDateChange,
  type DueDateChangeKind,
  type ExtendOptions,
  type LegalClock,
  type ResumeOptions,
  extendDueDate,
  pauseClock,
  restartClock,
  resumeClock,
  startClock,
} from './legal-clock.js';
export { type Completion, type Dueness, type DuenessOptions, classifyCompletion, classifyDueness } from './classify-dueness.js';
