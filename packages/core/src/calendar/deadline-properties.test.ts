import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDueDate, type DeadlineTerm } from './deadline.js';
import { createWorkingCalendar } from './working-calendar.js';

const calendar = createWorkingCalendar();
const FROM = Date.parse('2021-01-01T00:00:00+07:00');
const TO = Date.parse('2031-01-01T00:00:00+07:00');
const HOUR = 3_600_000;

const instant = fc.integer({ min: FROM, max: TO });
const term: fc.Arbitrary<DeadlineTerm> = fc.oneof(
  fc.record({ unit: fc.constant('working-days' as const), value: fc.integer({ min: 0, max: 60 }) }),
  fc.record({ unit: fc.constant('working-hours' as const), value: fc.integer({ min: 0, max: 800 }).map((q) => q / 4) }),
  fc.constant({ unit: 'same-day' as const }),
);

/** Local ms of the day at UTC+7. */
const msOfDay = (ms: number): number => (((ms + 7 * HOUR) % 86_400_000) + 86_400_000) % 86_400_000;
const OPEN = [[7 * HOUR, 11.5 * HOUR], [13.5 * HOUR, 17 * HOUR]] as const;

describe('computeDueDate properties', () => {
  it('is due on a working day, within office hours, never before receipt', () => {
    fc.assert(
      fc.property(instant, term, (receivedAt, t) => {
        const result = computeDueDate({ receivedAt, term: t, calendar, explain: false });
        expect(calendar.isWorkingDay(result.dueAt)).toBe(true);
        const ms = msOfDay(result.dueAtMs);
        expect(OPEN.some(([start, end]) => ms >= start && ms <= end)).toBe(true);
        if (t.unit !== 'working-hours') expect(ms).toBe(17 * HOUR);
        expect(result.dueAtMs).toBeGreaterThanOrEqual(receivedAt);
      }),
      { numRuns: 1000 },
    );
  });

  it('is monotonic in the term', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 10 }), (receivedAt, n, extra) => {
        const dueDays = (v: number): number => computeDueDate({ receivedAt, term: { unit: 'working-days', value: v }, calendar, explain: false }).dueAtMs;
        const dueHours = (v: number): number => computeDueDate({ receivedAt, term: { unit: 'working-hours', value: v }, calendar, explain: false }).dueAtMs;
        expect(dueDays(n + extra)).toBeGreaterThan(dueDays(n));
        expect(dueHours(n + extra)).toBeGreaterThan(dueHours(n));
        // Same day (even after the cut-off) is never later than one working day.
        const sameDay = computeDueDate({ receivedAt, term: { unit: 'same-day' }, calendar, explain: false }).dueAtMs;
        expect(dueDays(Math.max(n, 1))).toBeGreaterThanOrEqual(sameDay);
        expect(sameDay).toBeGreaterThanOrEqual(dueDays(0));
      }),
      { numRuns: 300 },
    );
  });

  it('counts exactly N working days and N office hours, as the trail shows', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 30 }), (receivedAt, n) => {
        const byDays = computeDueDate({ receivedAt, term: { unit: 'working-days', value: n }, calendar });
        const counted = byDays.trail.filter((d) => d.step === 'counted');
        expect(counted.length).toBe(n);
        expect(counted.every((d) => calendar.isWorkingDay(d.date))).toBe(true);
        expect(byDays.trail.filter((d) => d.step === 'skipped').every((d) => !calendar.isWorkingDay(d.date))).toBe(true);
        const byHours = computeDueDate({ receivedAt, term: { unit: 'working-hours', value: n }, calendar });
        expect(calendar.officeTimeBetween(byHours.clockStartsAt, byHours.dueAt)).toBe(n * HOUR);
        expect(byHours.trail.reduce((sum, d) => sum + (d.countedMs ?? 0), 0)).toBe(n * HOUR);
      }),
      { numRuns: 300 },
    );
  });
});
