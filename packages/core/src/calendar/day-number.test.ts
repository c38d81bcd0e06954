import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLocalDate, fromDayNumber, isoWeekday, parseLocalDate, toDayNumber, yearOfDayNumber } from './day-number.js';

describe('day numbers', () => {
  it('counts from 1970-01-01, a Thursday', () => {
    expect(toDayNumber(1970, 1, 1)).toBe(0);
    expect(isoWeekday(0)).toBe(4);
    expect(isoWeekday(parseLocalDate('2025-04-26'))).toBe(6);
    expect(isoWeekday(parseLocalDate('1969-12-28'))).toBe(7);
    expect(formatLocalDate(toDayNumber(2024, 2, 29))).toBe('2024-02-29');
  });

  it('refuses dates that do not exist', () => {
    expect(() => parseLocalDate('2025-02-29')).toThrow(RangeError);
    expect(() => parseLocalDate('2025-4-1')).toThrow(/YYYY-MM-DD/);
  });

  it('agrees with Date.UTC and round-trips (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 200_000 }), (day) => {
        const { year, month, day: d } = fromDayNumber(day);
        expect(toDayNumber(year, month, d)).toBe(day);
        expect(Date.UTC(year, month - 1, d) / 86_400_000).toBe(day);
        expect(yearOfDayNumber(day)).toBe(year);
        expect(parseLocalDate(formatLocalDate(day))).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });
});
