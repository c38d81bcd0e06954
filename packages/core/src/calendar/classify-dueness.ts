/**
 * Where a dossier stands against its due date (`classifyDueness`) and how a finished one did against it
 * (`classifyCompletion`).
 *
 * "Due soon" here means: at most one working day of office time is left (by default 8 hours, the office
 * time of a standard day). The production system in domain.md §3.3 uses 24 wall-clock hours instead; that
 * rule misbehaves around weekends and holidays — a dossier due Monday 17:00 would turn "due soon" only on
 * Sunday evening, when nobody can act, and one due the morning after Tết would never give a working day's
 * warning. Counting office time warns on the last working day before the due date in every case, which is
 * what an officer needs to send the apology letter "at least 1 day before" (Decree 61/2018 Art. 19(9)).
 */
import { type Instant, toEpochMs } from './instant.js';
import { type WorkingCalendar, defaultWorkingCalendar, engineOf } from './working-calendar.js';

/** Standing of a running dossier against its due date. */
export type Dueness = 'on-track' | 'due-soon' | 'overdue';

/** How a finished dossier did against its due date. */
export type Completion = 'early' | 'on-time' | 'late';

/** Options of {@link classifyDueness}. */
export interface DuenessOptions {
  /** Defaults to Vietnam's civil-service calendar. */
  readonly calendar?: WorkingCalendar;
  /** Office time left, in working days of the calendar, at or under which a dossier is due soon. Default 1. */
  readonly dueSoonWithinWorkingDays?: number;
}

/**
 * Classifies a running dossier at instant `now`: `overdue` strictly after `dueAt`; `due-soon` when at
 * most one working day of office time remains; otherwise `on-track`. Do not classify a paused clock:
 * its due date moves when it resumes.
 *
 * @example classifyDueness('2025-04-25T17:00:00+07:00', '2025-04-28T17:00:00+07:00') // 'on-track' (26/04 is a make-up working day)
 */
export function classifyDueness(now: Instant, dueAt: Instant, options?: DuenessOptions): Dueness {
  const nowMs = toEpochMs(now);
  const dueMs = toEpochMs(dueAt);
  if (nowMs > dueMs) return 'overdue';
  const engine = engineOf(options?.calendar ?? defaultWorkingCalendar());
  const days = options?.dueSoonWithinWorkingDays ?? 1;
  if (!Number.isFinite(days) || days < 0) throw new RangeError(`dueSoonWithinWorkingDays must be ≥ 0, not ${days}`);
  // Measure the window in the office hours of the day it opens, so a changed timetable is honoured.
  const window = Math.round(days * engine.hours(engine.dayOf(nowMs)).total);
  return dueMs <= engine.addOfficeTime(nowMs, window) ? 'due-soon' : 'on-track';
}

/**
 * Classifies a finished dossier by comparing local dates, as the national reporting does (domain.md §3.4):
 * finished before the due date's day is `early`, on that day `on-time` (even after closing time), after it
 * `late`. A dossier without a due date is `on-time`.
 */
export function classifyCompletion(finishedAt: Instant, dueAt: Instant | null | undefined, options?: { readonly calendar?: WorkingCalendar }): Completion {
  if (dueAt === null || dueAt === undefined) return 'on-time';
  const engine = engineOf(options?.calendar ?? defaultWorkingCalendar());
  const finished = engine.dayOf(toEpochMs(finishedAt));
  const due = engine.dayOf(toEpochMs(dueAt));
  return finished < due ? 'early' : finished === due ? 'on-time' : 'late';
}
