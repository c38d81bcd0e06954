import { describe, expect, it } from 'vitest';
import { classifyCompletion, classifyDueness } from './classify-dueness.js';

describe('classifyDueness', () => {
  // Due Mon 28/04/2025 17:00; Sat 26/04 is a make-up working day.
  const dueAt = '2025-04-28T17:00:00+07:00';

  it.each([
    ['2025-04-25T16:59:00+07:00', 'on-track'], // 1 min Fri + 8 h Sat + 8 h Mon left
    ['2025-04-26T09:00:00+07:00', 'on-track'], // 6 h Sat + 8 h Mon left
    ['2025-04-26T17:00:00+07:00', 'due-soon'], // only Monday's 8 h left
    ['2025-04-27T12:00:00+07:00', 'due-soon'],
    ['2025-04-28T16:00:00+07:00', 'due-soon'],
    ['2025-04-28T17:00:00+07:00', 'due-soon'], // due at this instant, not yet late
    ['2025-04-28T17:00:01+07:00', 'overdue'],
  ])('at %s is %s', (now, expected) => {
    expect(classifyDueness(now, dueAt)).toBe(expected);
  });

  it('warns on the last working day before a long break, not on its last evening', () => {
    // Due Mon 23/02/2026 17:00, the first working day after Tết 2026: due soon from Fri 13/02 17:00
    // (a 24-hour wall-clock rule would wait until Sun 22/02 17:00).
    expect(classifyDueness('2026-02-13T16:59:00+07:00', '2026-02-23T17:00:00+07:00')).toBe('on-track');
    expect(classifyDueness('2026-02-13T17:00:00+07:00', '2026-02-23T17:00:00+07:00')).toBe('due-soon');
    expect(classifyDueness('2026-02-12T17:00:00+07:00', '2026-02-23T17:00:00+07:00', { dueSoonWithinWorkingDays: 2 })).toBe('due-soon');
  });
});

describe('classifyCompletion', () => {
  const dueAt = '2025-04-28T17:00:00+07:00';

  it('compares local dates (domain.md §3.4)', () => {
    expect(classifyCompletion('2025-04-25T10:00:00+07:00', dueAt)).toBe('early');
    expect(classifyCompletion('2025-04-28T07:00:00+07:00', dueAt)).toBe('on-time');
    expect(classifyCompletion('2025-04-28T18:30:00+07:00', dueAt)).toBe('on-time'); // same date, after closing
    expect(classifyCompletion('2025-04-29T07:00:00+07:00', dueAt)).toBe('late');
    // 17:30 UTC is already 00:30 the next day in Vietnam.
    expect(classifyCompletion('2025-04-28T17:30:00Z', dueAt)).toBe('late');
    expect(classifyCompletion('2025-04-29T07:00:00+07:00', null)).toBe('on-time');
  });
});
