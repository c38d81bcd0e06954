import { describe, expect, it } from 'vitest';
import { defaultWorkingCalendar } from '../calendar/index.js';
import type { Procedure } from '../generated/procedure.types.js';
import {
  extendDossierClock, pauseDossierClock, reselectDossierClock, restartDossierClock, resumeDossierClock, startDossierClock,
} from './dossier-clock.js';
import { formatIn } from './parse-instant.js';
import { clockPolicy, selectTerm, termDueMs } from './select-term.js';

const calendar = defaultWorkingCalendar();
const due = (term: Parameters<typeof termDueMs>[0], at: string) => formatIn(calendar, termDueMs(term, Date.parse(at), calendar));
const restartPolicy = { onSupplement: 'restart', extension: { allowed: true } } as const;

describe('termDueMs', () => {
  it('same day, received at 16:00 on Fri 13/02/2026 (after the 15:00 cut-off, before Tết 2026): due Mon 23/02/2026 17:00', () => {
    expect(due({ unit: 'same-day', cutOff: '15:00' }, '2026-02-13T16:00:00+07:00')).toBe('2026-02-23T17:00:00+07:00');
    expect(due({ unit: 'same-day', cutOff: '15:00' }, '2026-02-13T14:00:00+07:00')).toBe('2026-02-13T17:00:00+07:00');
  });

  it('working days skip weekends and the Tết break; working hours count office time', () => {
    expect(due({ unit: 'working-days', value: 3 }, '2026-02-12T09:00:00+07:00')).toBe('2026-02-24T17:00:00+07:00');
    expect(due({ unit: 'working-hours', value: 4 }, '2026-03-02T15:00:00+07:00')).toBe('2026-03-03T09:00:00+07:00');
  });

  it('calendar days count every day and move a due day that is not a working day to the next one', () => {
    expect(due({ unit: 'calendar-days', value: 15 }, '2026-03-02T09:00:00+07:00')).toBe('2026-03-17T17:00:00+07:00');
    // 10/02/2026 + 10 days = 20/02, inside the Tết break: due on the first working day after it.
    expect(due({ unit: 'calendar-days', value: 10 }, '2026-02-10T09:00:00+07:00')).toBe('2026-02-23T17:00:00+07:00');
    // Received on a Saturday: counts from Monday.
    expect(due({ unit: 'calendar-days', value: 2 }, '2026-03-07T09:00:00+07:00')).toBe('2026-03-11T17:00:00+07:00');
  });
});

describe('selectTerm and clockPolicy', () => {
  const procedure = {
    deadline: {
      term: { unit: 'working-days', value: 3 },
      overrides: [{ when: { '==': [{ var: 'urgent' }, true] }, term: { unit: 'working-hours', value: 4 }, reason: { vi: 'Gấp', en: 'Urgent' } }],
      onSupplement: 'pause',
    },
    channels: [{ kind: 'in-person' }, { kind: 'online', deadline: { term: { unit: 'working-days', value: 2 }, extension: { allowed: false } } }],
  } as unknown as Procedure;
  const env = (data: Record<string, unknown>) => ({ data });

  it('a channel term replaces the procedure term; an override whose condition holds replaces both', () => {
    expect(selectTerm(procedure, 'in-person', env({}))).toEqual({ term: { unit: 'working-days', value: 3 }, source: 'procedure' });
    expect(selectTerm(procedure, 'online', env({}))).toEqual({ term: { unit: 'working-days', value: 2 }, source: 'channel' });
    expect(selectTerm(procedure, 'online', env({ urgent: true }))).toMatchObject({ term: { unit: 'working-hours', value: 4 }, source: 'override:0', reason: { en: 'Urgent' } });
  });

  it('the clock policy falls back field by field; restart is the default (Decree 61/2018 Art. 19(4))', () => {
    expect(clockPolicy(procedure, 'in-person')).toEqual({ onSupplement: 'pause', extension: { allowed: false } });
    expect(clockPolicy(procedure, 'online')).toEqual({ onSupplement: 'pause', extension: { allowed: false } });
    const plain = { deadline: { term: { unit: 'same-day' }, extension: { allowed: true } }, channels: [{ kind: 'online' }] } as unknown as Procedure;
    expect(clockPolicy(plain, 'online')).toEqual({ onSupplement: 'restart', extension: { allowed: true } });
  });
});

describe('the dossier clock', () => {
  const start = () => startDossierClock({ term: { unit: 'working-hours', value: 8 }, source: 'procedure' }, restartPolicy, '2026-03-06T09:00:00+07:00', calendar);
  const why = { vi: 'dừng', en: 'stop' };

  it('a stop over the weekend costs only the office time that passed (Fri 16:00 → Mon 08:00 is 2 hours)', () => {
    const clock = start();
    expect(clock.dueAt).toBe('2026-03-09T09:00:00+07:00');
    const paused = pauseDossierClock(clock, '2026-03-06T16:00:00+07:00', why);
    expect(pauseDossierClock(paused, '2026-03-06T16:30:00+07:00', why)).toBe(paused);
    const resumed = resumeDossierClock(paused, '2026-03-09T08:00:00+07:00', calendar, why);
    expect(resumed).toMatchObject({ pausedAt: null, pausedOfficeMs: 2 * 3_600_000, dueAt: '2026-03-09T11:00:00+07:00' });
    expect(resumed.lastChange).toMatchObject({ kind: 'resumed', previousDueAt: '2026-03-09T09:00:00+07:00', dueAt: '2026-03-09T11:00:00+07:00' });
  });

  it('a restart counts afresh and forgets an extended date, but the one extension stays used', () => {
    const extended = extendDossierClock(start(), Date.parse('2026-03-10T17:00:00+07:00'), '2026-03-06T10:00:00+07:00', 'Xin lỗi', calendar);
    expect(extended).toMatchObject({ extensionUsed: true, extendedTo: '2026-03-10T17:00:00+07:00', dueAt: '2026-03-10T17:00:00+07:00' });
    const restarted = restartDossierClock(pauseDossierClock(extended, '2026-03-06T11:00:00+07:00', why), '2026-03-11T09:00:00+07:00', calendar);
    expect(restarted).toMatchObject({ extensionUsed: true, extendedTo: null, countedFrom: '2026-03-11T09:00:00+07:00', dueAt: '2026-03-12T09:00:00+07:00', pausedAt: null });
  });

  it('a new term recomputes the due date from the same start, unless the date was extended', () => {
    const clock = start();
    const longer = reselectDossierClock(clock, { term: { unit: 'working-days', value: 5 }, source: 'override:0', reason: { vi: 'Xác minh', en: 'Verification' } }, '2026-03-06T10:00:00+07:00', calendar);
    expect(longer).toMatchObject({ termSource: 'override:0', dueAt: '2026-03-13T17:00:00+07:00', lastChange: { kind: 'term-changed' } });
    expect(reselectDossierClock(longer, { term: longer.term, source: 'override:0' }, '2026-03-06T11:00:00+07:00', calendar)).toBe(longer);
    const extended = extendDossierClock(clock, Date.parse('2026-03-11T17:00:00+07:00'), '2026-03-06T10:00:00+07:00', 'x', calendar);
    expect(reselectDossierClock(extended, { term: { unit: 'working-days', value: 5 }, source: 'override:0' }, '2026-03-06T11:00:00+07:00', calendar).dueAt).toBe('2026-03-11T17:00:00+07:00');
  });
});
