import { describe, expect, it } from 'vitest';
import { computeDueDate, type DeadlineTerm } from './deadline.js';
import { DeadlineError } from './deadline-error.js';
import { createWorkingCalendar } from './working-calendar.js';

const due = (receivedAt: string, term: DeadlineTerm): string => computeDueDate({ receivedAt, term }).dueAt;
const days = (value: number): DeadlineTerm => ({ unit: 'working-days', value });
const hours = (value: number): DeadlineTerm => ({ unit: 'working-hours', value });
const sameDay: DeadlineTerm = { unit: 'same-day' };

describe('computeDueDate: working days', () => {
  it('counts the make-up Saturday 26/04/2025', () => {
    // Received Thu 24/04/2025 09:00, in office hours: the clock starts at once, 24/04 is day 0.
    // 1 = Fri 25/04, 2 = Sat 26/04 (make-up working day, Notice 6150), Sun 27/04 skipped, 3 = Mon 28/04.
    const result = computeDueDate({ receivedAt: '2025-04-24T09:00:00+07:00', term: days(3) });
    expect(result).toMatchObject({
      calendarId: 'vn',
      receivedAt: '2025-04-24T09:00:00+07:00',
      clockStartsAt: '2025-04-24T09:00:00+07:00',
      clockStartReason: 'within-office-hours',
      dueAt: '2025-04-28T17:00:00+07:00',
      dueDate: '2025-04-28',
    });
    expect(result.dueAtMs).toBe(Date.parse('2025-04-28T10:00:00Z'));
    expect(result.trail.map((d) => [d.date, d.step, d.kind, d.ordinal])).toEqual([
      ['2025-04-24', 'clock-start', 'working-day', undefined],
      ['2025-04-25', 'counted', 'working-day', 1],
      ['2025-04-26', 'counted', 'make-up-working-day', 2],
      ['2025-04-27', 'skipped', 'weekly-rest-day', undefined],
      ['2025-04-28', 'counted', 'working-day', 3],
    ]);
  });

  it('skips the 30/4–1/5 break with its swapped Friday', () => {
    // Tue 29/04/2025 10:00, 2 working days: 30/04–04/05 off (02/05 swapped), 1 = Mon 05/05, 2 = Tue 06/05.
    const result = computeDueDate({ receivedAt: '2025-04-29T10:00:00+07:00', term: days(2) });
    expect(result.dueAt).toBe('2025-05-06T17:00:00+07:00');
    const skipped = result.trail.filter((d) => d.step === 'skipped');
    expect(skipped.map((d) => d.date)).toEqual(['2025-04-30', '2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04']);
    expect(skipped[2]).toMatchObject({ kind: 'scheduled-day-off', title: { vi: 'Nghỉ lễ 30/4 và 1/5/2025' }, confirmed: true });
  });

  it('starts the next working day when received after hours or on a day off', () => {
    // Fri 24/01/2025 18:00, after closing, before the Tết break 25/01–02/02: the clock starts Mon 03/02 07:00,
    // and 1 working day later is Tue 04/02.
    const afterHours = computeDueDate({ receivedAt: '2025-01-24T18:00:00+07:00', term: days(1) });
    expect(afterHours).toMatchObject({ clockStartReason: 'after-office-hours', clockStartsAt: '2025-02-03T07:00:00+07:00', dueAt: '2025-02-04T17:00:00+07:00' });
    expect(afterHours.trail[0]).toMatchObject({ date: '2025-01-24', step: 'received' });
    expect(afterHours.trail.filter((d) => d.step === 'skipped')).toHaveLength(9);
    // Sunday 27/04/2025: starts Mon 28/04; 2 working days → Tue 29/04, then the break, then Mon 05/05.
    const sunday = computeDueDate({ receivedAt: '2025-04-27T10:00:00+07:00', term: days(2) });
    expect(sunday).toMatchObject({ clockStartReason: 'non-working-day', clockStartsAt: '2025-04-28T07:00:00+07:00', dueAt: '2025-05-05T17:00:00+07:00' });
  });

  it('keeps the day of reception for early-morning and lunchtime receipt', () => {
    expect(computeDueDate({ receivedAt: '2025-04-24T06:10:00+07:00', term: days(1) })).toMatchObject({
      clockStartReason: 'before-office-hours', clockStartsAt: '2025-04-24T07:00:00+07:00', dueAt: '2025-04-25T17:00:00+07:00',
    });
    expect(computeDueDate({ receivedAt: '2025-04-24T12:00:00+07:00', term: days(1) })).toMatchObject({
      clockStartReason: 'between-office-hours', clockStartsAt: '2025-04-24T13:30:00+07:00', dueAt: '2025-04-25T17:00:00+07:00',
    });
  });

  it('ignores the cut-off for working days unless told', () => {
    // Thu 24/04/2025 16:00 is inside office hours: 1 working day → Fri 25/04.
    expect(due('2025-04-24T16:00:00+07:00', days(1))).toBe('2025-04-25T17:00:00+07:00');
    // With the cut-off applied the clock starts Fri 25/04, and 1 working day later is the make-up Saturday.
    expect(due('2025-04-24T16:00:00+07:00', { unit: 'working-days', value: 1, applyCutOff: true })).toBe('2025-04-26T17:00:00+07:00');
  });

  it('returns the close of the reception day for 0 working days', () => {
    expect(due('2025-04-24T09:00:00+07:00', days(0))).toBe('2025-04-24T17:00:00+07:00');
  });
});

describe('computeDueDate: same day', () => {
  it('rolls to the next working day after the 15:00 cut-off, across Tết 2026', () => {
    // Fri 13/02/2026 16:00 is after 15:00 (Decree 23/2015 Art. 7) and the last working day before the
    // Tết break 14/02–22/02: due at the close of Mon 23/02/2026.
    const result = computeDueDate({ receivedAt: '2026-02-13T16:00:00+07:00', term: sameDay });
    expect(result).toMatchObject({ clockStartReason: 'after-cut-off', dueAt: '2026-02-23T17:00:00+07:00' });
    expect(result.trail).toHaveLength(11);
    expect(result.trail[0]).toMatchObject({ date: '2026-02-13', step: 'received', kind: 'working-day' });
    expect(result.trail[10]).toMatchObject({ date: '2026-02-23', step: 'clock-start' });
    expect(result.trail.slice(1, 10).every((d) => d.step === 'skipped' && d.kind === 'scheduled-day-off')).toBe(true);
  });

  it('treats 15:00:00 exactly as in time and anything later as late', () => {
    expect(due('2025-04-24T14:59:59+07:00', sameDay)).toBe('2025-04-24T17:00:00+07:00');
    expect(due('2025-04-24T15:00:00+07:00', sameDay)).toBe('2025-04-24T17:00:00+07:00');
    expect(due('2025-04-24T15:00:01+07:00', sameDay)).toBe('2025-04-25T17:00:00+07:00');
    expect(due('2025-04-24T06:00:00+07:00', sameDay)).toBe('2025-04-24T17:00:00+07:00');
  });

  it('works on the make-up Saturday', () => {
    expect(due('2025-04-26T10:00:00+07:00', sameDay)).toBe('2025-04-26T17:00:00+07:00');
    expect(due('2025-04-26T15:30:00+07:00', sameDay)).toBe('2025-04-28T17:00:00+07:00');
  });
});

describe('computeDueDate: working hours', () => {
  it('counts only office time', () => {
    // Thu 24/04/2025 10:00, 8 h: 10:00–11:30 (1.5 h) + 13:30–17:00 (3.5 h) + Fri 07:00–10:00 (3 h).
    const result = computeDueDate({ receivedAt: '2025-04-24T10:00:00+07:00', term: hours(8) });
    expect(result.dueAt).toBe('2025-04-25T10:00:00+07:00');
    expect(result.trail.map((d) => d.countedMs)).toEqual([5 * 3_600_000, 3 * 3_600_000]);
    // Lunchtime receipt starts at 13:30: 3.5 h that afternoon, 0.5 h Friday morning.
    expect(due('2025-04-24T12:00:00+07:00', hours(4))).toBe('2025-04-25T07:30:00+07:00');
    // Runs out exactly at closing time: due 17:00, not 07:00 the next day.
    expect(due('2025-04-24T13:30:00+07:00', hours(3.5))).toBe('2025-04-24T17:00:00+07:00');
  });

  it('stops over the Tết 2026 break', () => {
    // Fri 13/02/2026 15:00, 4 h: 2 h that afternoon, then Mon 23/02 07:00–09:00.
    expect(due('2026-02-13T15:00:00+07:00', hours(4))).toBe('2026-02-23T09:00:00+07:00');
  });
});

describe('computeDueDate: inputs and errors', () => {
  it('takes Date, epoch ms and ISO strings in any offset alike', () => {
    const ms = Date.parse('2025-04-24T02:00:00Z');
    for (const receivedAt of [new Date(ms), ms, '2025-04-24T02:00:00Z', '2025-04-23T21:00:00-05:00', '2025-04-24T09:00+07:00']) {
      expect(computeDueDate({ receivedAt, term: days(3) }).dueAt).toBe('2025-04-28T17:00:00+07:00');
    }
  });

  it('skips the trail on request', () => {
    expect(computeDueDate({ receivedAt: '2025-04-24T09:00:00+07:00', term: days(3), explain: false }).trail).toEqual([]);
  });

  it('writes instants in the calendar\'s offset', () => {
    const calendar = createWorkingCalendar({ id: 'plus8', title: { vi: 'UTC+8', en: 'UTC+8' }, timeZone: '+08:00', effectiveFrom: '2025-01-01' });
    expect(computeDueDate({ receivedAt: '2025-04-24T09:00:00+08:00', term: days(1), calendar }).dueAt).toBe('2025-04-25T17:00:00+08:00');
  });

  it.each([
    [{ unit: 'working-days', value: 1.5 }],
    [{ unit: 'working-days', value: -1 }],
    [{ unit: 'working-days' }],
    [{ unit: 'working-hours', value: Number.NaN }],
    [{ unit: 'calendar-weeks', value: 3 }],
  ])('refuses the malformed term %j', (term) => {
    expect(() => computeDueDate({ receivedAt: '2025-04-24T09:00:00+07:00', term: term as DeadlineTerm }))
      .toThrow(expect.objectContaining({ name: 'DeadlineError', code: 'invalid-term' }));
    expect(() => computeDueDate({ receivedAt: '2025-04-24T09:00:00+07:00', term: term as DeadlineTerm })).toThrow(DeadlineError);
  });
});

describe('calendar-days terms', () => {
  it('count every day and end at the close of the last one when it is a working day', () => {
    // Received Mon 02/06/2025 09:00, 10 days → Thu 12/06/2025.
    expect(computeDueDate({ receivedAt: '2025-06-02T09:00:00+07:00', term: { unit: 'calendar-days', value: 10 } }).dueAt)
      .toBe('2025-06-12T17:00:00+07:00');
  });

  it('move off a weekend or holiday to the close of the next working day (Civil Code 2015 Art. 148(5))', () => {
    // Received Wed 04/06/2025 09:00, 10 days → Sat 14/06 → Mon 16/06.
    expect(computeDueDate({ receivedAt: '2025-06-04T09:00:00+07:00', term: { unit: 'calendar-days', value: 10 } }).dueAt)
      .toBe('2025-06-16T17:00:00+07:00');
    // Received Mon 19/01/2026 09:00, 30 days → Wed 18/02/2026, inside Tết (14–22/02) → Mon 23/02.
    expect(computeDueDate({ receivedAt: '2026-01-19T09:00:00+07:00', term: { unit: 'calendar-days', value: 30 } }).dueAt)
      .toBe('2026-02-23T17:00:00+07:00');
  });
});
