/**
 * The legal clock of one dossier, as values: every operation returns a new `DossierClock` and records
 * the change (with its reason) in `lastChange`, which the runtime copies into the audit trail.
 *
 * Clock semantics (design.md "The legal clock"):
 * - reception starts the term; a supplement asked for after reception stops the clock; when the
 *   complete dossier arrives the term either restarts from zero (Decree 61/2018 Art. 19(4), the default)
 *   or resumes with the due date moved by the office time that passed (`pause`, domain.md §3.4);
 * - waiting for fees stops the clock the same way and resumes it on payment (the time the applicant
 *   takes to pay is not the administration's processing time);
 * - the due date can be re-set once (Decree 61/2018 Art. 19(9));
 * - when an override starts to hold (an officer marks "verification needed"), the term in force changes
 *   and the due date is recomputed from the same starting point.
 */
import type { WorkingCalendar } from '../calendar/index.js';
import type { Message } from '../types.js';
import { formatIn, parseInstant } from './parse-instant.js';
import { type ClockPolicy, type TermSelection, describeTerm, termDueMs } from './select-term.js';
import type { DossierClock, DossierDueChange } from './types.js';

const ART_19_4 = 'Nghị định 61/2018/NĐ-CP Điều 19 khoản 4';
const ART_19_9 = 'Nghị định 61/2018/NĐ-CP Điều 19 khoản 9';

function change(kind: DossierDueChange['kind'], at: string, previousDueAt: string | null, dueAt: string, reason: Message, legalBasis?: string): DossierDueChange {
  return legalBasis === undefined ? { kind, at, previousDueAt, dueAt, reason } : { kind, at, previousDueAt, dueAt, reason, legalBasis };
}

/** Moves a due date later by office time; day terms stay due at the close of a day. */
function shift(dueMs: number, officeMs: number, clock: Pick<DossierClock, 'term'>, calendar: WorkingCalendar): number {
  if (officeMs <= 0) return dueMs;
  let ms = parseInstant(calendar.addOfficeTime(dueMs, officeMs));
  if (clock.term.unit !== 'working-hours') ms = Math.max(ms, parseInstant(calendar.closeOf(calendar.toLocalDate(ms))));
  return ms;
}

/** Starts the clock at reception. */
export function startDossierClock(selection: TermSelection, policy: ClockPolicy, at: string, calendar: WorkingCalendar): DossierClock {
  const dueAtMs = termDueMs(selection.term, parseInstant(at), calendar);
  const dueAt = formatIn(calendar, dueAtMs);
  const term = describeTerm(selection.term);
  return {
    term: selection.term,
    termSource: selection.source,
    onSupplement: policy.onSupplement,
    countedFrom: at,
    dueAt,
    dueAtMs,
    pausedAt: null,
    pausedOfficeMs: 0,
    extensionUsed: false,
    extendedTo: null,
    lastChange: change('started', at, null, dueAt, {
      vi: `Tiếp nhận hồ sơ; thời hạn giải quyết ${term.vi}${selection.reason ? ` (${selection.reason.vi})` : ''}.`,
      en: `Dossier received; the term is ${term.en}${selection.reason ? ` (${selection.reason.en})` : ''}.`,
    }),
  };
}

/** Stops the clock while the applicant is asked for something. A stopped clock stays stopped. */
export function pauseDossierClock(clock: DossierClock, at: string, reason: Message): DossierClock {
  if (clock.pausedAt !== null) return clock;
  return { ...clock, pausedAt: at, lastChange: change('paused', at, clock.dueAt, clock.dueAt, reason) };
}

/** Resumes a stopped clock: the due date moves later by the office time it stood still. */
export function resumeDossierClock(clock: DossierClock, at: string, calendar: WorkingCalendar, reason: Message): DossierClock {
  if (clock.pausedAt === null) return clock;
  const stoodMs = Math.max(0, calendar.officeTimeBetween(clock.pausedAt, at));
  const dueAtMs = shift(clock.dueAtMs, stoodMs, clock, calendar);
  const dueAt = formatIn(calendar, dueAtMs);
  return {
    ...clock,
    pausedAt: null,
    pausedOfficeMs: clock.pausedOfficeMs + stoodMs,
    dueAt,
    dueAtMs,
    extendedTo: clock.extendedTo === null ? null : dueAt,
    lastChange: change('resumed', at, clock.dueAt, dueAt, reason),
  };
}

/** Counts the term again from `at`, when the complete dossier arrives (Decree 61/2018 Art. 19(4)). */
export function restartDossierClock(clock: DossierClock, at: string, calendar: WorkingCalendar): DossierClock {
  const dueAtMs = termDueMs(clock.term, parseInstant(at), calendar);
  const dueAt = formatIn(calendar, dueAtMs);
  return {
    ...clock,
    countedFrom: at,
    pausedAt: null,
    pausedOfficeMs: 0,
    extendedTo: null,
    dueAt,
    dueAtMs,
    lastChange: change('restarted', at, clock.dueAt, dueAt, {
      vi: 'Đã nhận đủ hồ sơ bổ sung; thời hạn giải quyết được tính lại từ đầu.',
      en: 'The complete dossier was received; the term is counted again from the start.',
    }, ART_19_4),
  };
}

/** Re-sets the due date, once, with the reason stated in the apology letter (Decree 61/2018 Art. 19(9)). */
export function extendDossierClock(clock: DossierClock, newDueMs: number, at: string, reason: string, calendar: WorkingCalendar): DossierClock {
  const dueAt = formatIn(calendar, newDueMs);
  return {
    ...clock,
    extensionUsed: true,
    extendedTo: dueAt,
    dueAt,
    dueAtMs: newDueMs,
    lastChange: change('extended', at, clock.dueAt, dueAt, { vi: reason, en: reason }, ART_19_9),
  };
}

/**
 * Applies a newly selected term: the due date is recomputed from the same starting point, plus the
 * time the clock stood still. An extended date stands (it was promised to the applicant).
 */
export function reselectDossierClock(clock: DossierClock, selection: TermSelection, at: string, calendar: WorkingCalendar): DossierClock {
  if (selection.source === clock.termSource) return clock;
  const next = { ...clock, term: selection.term, termSource: selection.source };
  if (clock.extendedTo !== null) return next;
  const dueAtMs = shift(termDueMs(selection.term, parseInstant(clock.countedFrom), calendar), clock.pausedOfficeMs, next, calendar);
  const dueAt = formatIn(calendar, dueAtMs);
  const term = describeTerm(selection.term);
  const why = selection.reason ?? { vi: 'điều kiện của thời hạn riêng không còn đúng', en: 'the special term no longer applies' };
  return {
    ...next,
    dueAt,
    dueAtMs,
    lastChange: change('term-changed', at, clock.dueAt, dueAt, {
      vi: `Thời hạn giải quyết đổi thành ${term.vi}: ${why.vi}`,
      en: `The term is now ${term.en}: ${why.en}`,
    }),
  };
}
