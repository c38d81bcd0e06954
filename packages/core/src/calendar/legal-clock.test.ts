import { describe, expect, it } from 'vitest';
import { extendDueDate, type LegalClock, pauseClock, restartClock, resumeClock, startClock } from './legal-clock.js';
import { createWorkingCalendar } from './working-calendar.js';

const threeDays = { unit: 'working-days', value: 3 } as const;

/** Received Thu 24/04/2025 09:00, 3 working days: due Mon 28/04/2025 17:00 (26/04 is a make-up day). */
const started = (): LegalClock => startClock({ receivedAt: '2025-04-24T09:00:00+07:00', term: threeDays });

describe('startClock', () => {
  it('records the due date and its explanation', () => {
    const clock = started();
    expect(clock).toMatchObject({
      calendarId: 'vn',
      receivedAt: '2025-04-24T09:00:00+07:00',
      countedFrom: '2025-04-24T09:00:00+07:00',
      dueAt: '2025-04-28T17:00:00+07:00',
      pausedAt: null,
      extensions: 0,
    });
    expect(clock.history).toHaveLength(1);
    expect(clock.history[0]).toMatchObject({ kind: 'started', dueAt: '2025-04-28T17:00:00+07:00' });
    expect(clock.history[0]!.trail).toHaveLength(5);
  });

  it('is plain JSON that survives a round trip', () => {
    const clock = pauseClock(started(), { at: '2025-04-25T10:00:00+07:00' });
    const copy = JSON.parse(JSON.stringify(clock)) as LegalClock;
    expect(copy).toEqual(clock);
    expect(resumeClock(copy, { at: '2025-04-25T11:00:00+07:00' })).toEqual(resumeClock(clock, { at: '2025-04-25T11:00:00+07:00' }));
  });
});

describe('pauseClock / resumeClock (the pause policy)', () => {
  it('moves the due date by the office time spent paused', () => {
    // Paused Mon 28/04 10:00, resumed Mon 05/05 09:00: office time 5 h (28/04) + 8 h (29/04) + 2 h (05/05)
    // = 15 h; the 30/04–04/05 break does not count. From 28/04 17:00: 8 h on 29/04, 7 h on 05/05 → 16:00,
    // rounded to the close of that day for a day term.
    const paused = pauseClock(started(), { at: '2025-04-28T10:00:00+07:00' });
    expect(paused.pausedAt).toBe('2025-04-28T10:00:00+07:00');
    const resumed = resumeClock(paused, { at: '2025-05-05T09:00:00+07:00' });
    expect(resumed).toMatchObject({ dueAt: '2025-05-05T17:00:00+07:00', pausedAt: null });
    expect(resumed.history.at(-1)).toEqual({
      kind: 'resumed',
      at: '2025-05-05T09:00:00+07:00',
      dueAt: '2025-05-05T17:00:00+07:00',
      previousDueAt: '2025-04-28T17:00:00+07:00',
      pausedOfficeMs: 15 * 3_600_000,
    });
    expect(resumeClock(paused, { at: '2025-05-05T09:00:00+07:00', rounding: 'none' }).dueAt).toBe('2025-05-05T16:00:00+07:00');
  });

  it('leaves the due date alone when the pause spans no office time', () => {
    const paused = pauseClock(started(), { at: '2025-04-25T17:30:00+07:00' });
    expect(resumeClock(paused, { at: '2025-04-26T06:00:00+07:00' }).dueAt).toBe('2025-04-28T17:00:00+07:00');
  });

  it('keeps working-hour terms exact', () => {
    // Thu 24/04 09:00 + 4 h: 2.5 h to 11:30, then 1.5 h from 13:30 → 15:00. Paused 10:00–11:00 (1 h) → 16:00.
    const clock = startClock({ receivedAt: '2025-04-24T09:00:00+07:00', term: { unit: 'working-hours', value: 4 } });
    expect(clock.dueAt).toBe('2025-04-24T15:00:00+07:00');
    const resumed = resumeClock(pauseClock(clock, { at: '2025-04-24T10:00:00+07:00' }), { at: '2025-04-24T11:00:00+07:00' });
    expect(resumed.dueAt).toBe('2025-04-24T16:00:00+07:00');
  });

  it('refuses operations out of order', () => {
    const paused = pauseClock(started(), { at: '2025-04-25T10:00:00+07:00' });
    expect(() => pauseClock(paused, { at: '2025-04-25T11:00:00+07:00' })).toThrow(expect.objectContaining({ name: 'DeadlineError', code: 'clock-paused' }));
    expect(() => resumeClock(started(), { at: '2025-04-25T11:00:00+07:00' })).toThrow(expect.objectContaining({ code: 'clock-not-paused' }));
    expect(() => resumeClock(paused, { at: '2025-04-25T09:00:00+07:00' })).toThrow(expect.objectContaining({ code: 'time-reversed' }));
    expect(() => pauseClock(started(), { at: '2025-04-23T09:00:00+07:00' })).toThrow(expect.objectContaining({ code: 'time-reversed' }));
  });

  it('does not change the clock it was given', () => {
    const clock = started();
    const snapshot = JSON.stringify(clock);
    pauseClock(clock, { at: '2025-04-25T10:00:00+07:00' });
    expect(JSON.stringify(clock)).toBe(snapshot);
  });
});

describe('restartClock (Decree 61/2018 Art. 19(4))', () => {
  it('counts the term again from the complete dossier', () => {
    // Supplement requested Fri 25/04, complete dossier Wed 07/05/2025 10:00: 3 working days → 08, 09, 12/05.
    const paused = pauseClock(started(), { at: '2025-04-25T10:00:00+07:00' });
    const restarted = restartClock(paused, { at: '2025-05-07T10:00:00+07:00' });
    expect(restarted).toMatchObject({
      receivedAt: '2025-04-24T09:00:00+07:00',
      countedFrom: '2025-05-07T10:00:00+07:00',
      dueAt: '2025-05-12T17:00:00+07:00',
      pausedAt: null,
    });
    expect(restarted.history.at(-1)).toMatchObject({
      kind: 'restarted',
      previousDueAt: '2025-04-28T17:00:00+07:00',
      legalBasis: [{ instrument: 'Nghị định 61/2018/NĐ-CP', article: 'Điều 19 khoản 4' }],
    });
  });
});

describe('extendDueDate (Decree 61/2018 Art. 19(9))', () => {
  const reason = 'Cần xác minh thực địa / Field verification needed';

  it('re-sets the due date once, to a working day at closing time', () => {
    const extended = extendDueDate(started(), { at: '2025-04-25T10:00:00+07:00', to: '2025-05-09', reason });
    expect(extended).toMatchObject({ dueAt: '2025-05-09T17:00:00+07:00', extensions: 1 });
    expect(extended.history.at(-1)).toMatchObject({
      kind: 'extended',
      reason,
      previousDueAt: '2025-04-28T17:00:00+07:00',
      legalBasis: [{ article: 'Điều 19 khoản 9' }],
    });
    expect(() => extendDueDate(extended, { at: '2025-05-08T10:00:00+07:00', to: '2025-05-16', reason }))
      .toThrow(expect.objectContaining({ name: 'DeadlineError', code: 'extension-limit', message: expect.stringContaining('only once') }));
  });

  it('extends by a term counted from the current due date', () => {
    // From Mon 28/04 17:00, 5 working days: 29/04, 05/05, 06/05, 07/05, 08/05.
    expect(extendDueDate(started(), { at: '2025-04-25T10:00:00+07:00', by: { unit: 'working-days', value: 5 }, reason }).dueAt)
      .toBe('2025-05-08T17:00:00+07:00');
    expect(extendDueDate(started(), { at: '2025-04-25T10:00:00+07:00', by: { unit: 'working-hours', value: 2 }, reason }).dueAt)
      .toBe('2025-04-29T09:00:00+07:00');
  });

  it('refuses a bad extension', () => {
    const at = '2025-04-25T10:00:00+07:00';
    expect(() => extendDueDate(started(), { at, to: '2025-05-02', reason })).toThrow(expect.objectContaining({ code: 'not-a-working-day' }));
    expect(() => extendDueDate(started(), { at, to: '2025-05-03T10:00:00+07:00', reason })).toThrow(expect.objectContaining({ code: 'not-a-working-day' }));
    expect(extendDueDate(started(), { at, to: '2025-05-06T11:00:00+07:00', reason }).dueAt).toBe('2025-05-06T11:00:00+07:00');
    expect(() => extendDueDate(started(), { at, to: '2025-04-28', reason })).toThrow(expect.objectContaining({ code: 'extension-not-later' }));
    expect(() => extendDueDate(started(), { at, to: '2025-05-09', reason: ' ' })).toThrow(expect.objectContaining({ code: 'missing-reason' }));
    expect(() => extendDueDate(started(), { at, reason })).toThrow(expect.objectContaining({ code: 'invalid-term' }));
    const paused = pauseClock(started(), { at });
    expect(() => extendDueDate(paused, { at, to: '2025-05-09', reason })).toThrow(expect.objectContaining({ code: 'clock-paused' }));
  });

  it('refuses a calendar other than the clock\'s', () => {
    const other = createWorkingCalendar({ id: 'other', title: { vi: 'Khác', en: 'Other' }, timeZone: '+07:00', effectiveFrom: '2025-01-01' });
    expect(() => pauseClock(started(), { at: '2025-04-25T10:00:00+07:00', calendar: other }))
      .toThrow(expect.objectContaining({ code: 'calendar-mismatch' }));
  });
});
