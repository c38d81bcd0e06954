/**
 * `selectTerm`: which legal term applies to a dossier, and `termDueMs`: when it runs out.
 *
 * The procedure's `deadline` is the default; a channel's own `deadline` replaces it for dossiers filed
 * through that channel (Decree 61/2018 Art. 16; Decree 42/2022); an override whose `when` holds replaces
 * both (e.g. "verification needed": Law on Civil Status Art. 18(2)). Calendar days are counted here,
 * working days, working hours and same-day terms by the calendar module.
 */
import { computeDueAtMs, type DeadlineTerm, type WorkingCalendar } from '../calendar/index.js';
import { toEpochMs } from '../calendar/instant.js';
import type { ExpressionEnvironment } from '../expression/index.js';
import type { Deadline, Procedure, Term } from '../generated/procedure.types.js';
import type { Message } from '../types.js';
import { holds } from './dossier-environment.js';
import type { ChannelKind, TermSource } from './types.js';

/** The term in force and why. */
export interface TermSelection {
  readonly term: Term;
  readonly source: TermSource;
  /** For overrides: the reason the procedure gives. */
  readonly reason?: Message;
}

/** The clock rules of a dossier: supplement policy and the one extension. */
export interface ClockPolicy {
  readonly onSupplement: 'restart' | 'pause';
  readonly extension: { readonly allowed: boolean; readonly max?: Term };
}

function channelDeadline(procedure: Procedure, channel: ChannelKind): Deadline | undefined {
  return procedure.channels.find((c) => c.kind === channel)?.deadline;
}

/** The clock policy for a channel: its own deadline's rules, else the procedure's. */
export function clockPolicy(procedure: Procedure, channel: ChannelKind): ClockPolicy {
  const own = channelDeadline(procedure, channel);
  // Decree 61/2018 Art. 19(4): the term restarts once the complete dossier is received, unless the
  // procedure declares the `pause` practice (domain.md §3.4).
  const onSupplement = own?.onSupplement ?? procedure.deadline.onSupplement ?? 'restart';
  const extension = own?.extension ?? procedure.deadline.extension ?? { allowed: false };
  return { onSupplement, extension };
}

/** Picks the term in force for a dossier (overrides first, then the channel's term, then the procedure's). */
export function selectTerm(procedure: Procedure, channel: ChannelKind, env: ExpressionEnvironment): TermSelection {
  const own = channelDeadline(procedure, channel);
  const overrides = [...(own?.overrides ?? []), ...(procedure.deadline.overrides ?? [])];
  for (let i = 0; i < overrides.length; i++) {
    const override = overrides[i]!;
    if (holds(override.when, env)) return { term: override.term, source: `override:${i}`, reason: override.reason };
  }
  return own ? { term: own.term, source: 'channel' } : { term: procedure.deadline.term, source: 'procedure' };
}

function addDays(localDate: string, days: number): string {
  const ms = Date.UTC(Number(localDate.slice(0, 4)), Number(localDate.slice(5, 7)) - 1, Number(localDate.slice(8, 10)) + days);
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * When a term counted from `fromMs` runs out, in epoch milliseconds.
 *
 * The legal clock's rules apply (`computeDueAtMs`): a term with a `cutOff` rolls receipt after the
 * calendar's cut-off to the next working day; `calendar-days` end on a working day (Civil Code 2015
 * Art. 148(5)).
 *
 * @throws RangeError for instants outside the calendar's years; DeadlineError for a malformed term.
 */
export function termDueMs(term: Term, fromMs: number, calendar: WorkingCalendar): number {
  const deadlineTerm: DeadlineTerm = term.cutOff !== undefined
    ? { unit: term.unit, value: term.value ?? 0, applyCutOff: true }
    : { unit: term.unit, value: term.value ?? 0 };
  return computeDueAtMs(fromMs, deadlineTerm, calendar);
}

/** Adds a term to a due date (for the extension's `max`): N days or working days after it, or N office hours. */
export function addTermMs(term: Term, fromMs: number, calendar: WorkingCalendar): number {
  const value = term.value ?? 0;
  if (term.unit === 'working-hours') return toEpochMs(calendar.addOfficeTime(fromMs, Math.round(value * 3_600_000)));
  const day = calendar.toLocalDate(fromMs);
  const dueDay = term.unit === 'calendar-days' ? addDays(day, value) : calendar.addWorkingDays(day, term.unit === 'same-day' ? 0 : value);
  return toEpochMs(calendar.closeOf(calendar.isWorkingDay(dueDay) ? dueDay : calendar.nextWorkingDay(dueDay)));
}

/** A term in words, e.g. `3 ngày làm việc` / `3 working days`. */
export function describeTerm(term: Term): Message {
  const n = term.value ?? 0;
  switch (term.unit) {
    case 'working-days': return { vi: `${n} ngày làm việc`, en: `${n} working day${n === 1 ? '' : 's'}` };
    case 'working-hours': return { vi: `${n} giờ làm việc`, en: `${n} working hour${n === 1 ? '' : 's'}` };
    case 'calendar-days': return { vi: `${n} ngày`, en: `${n} day${n === 1 ? '' : 's'}` };
    case 'same-day': return { vi: 'trong ngày', en: 'the same day' };
  }
}
