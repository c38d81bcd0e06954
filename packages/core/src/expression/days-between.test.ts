import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, isIsoDate, toDayNumber } from './days-between.js';

const DAY_MS = 86_400_000;
const isoDate = fc
  .date({ min: new Date(Date.UTC(0, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10))
  .filter((text) => /^\d{4}-\d{2}-\d{2}$/.test(text));

describe('toDayNumber', () => {
  it('counts from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2000-03-01')).toBe(11017);
  });

  it('agrees with UTC calendar arithmetic for every date from year 0 to 9999', () => {
    fc.assert(
      fc.property(isoDate, (text) => {
        expect(toDayNumber(text)).toBe(Date.parse(`${text}T00:00:00Z`) / DAY_MS);
      }),
    );
  });

  it.each(['2025-02-29', '2100-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '2025-1-01', '25-01-01', '2025/01/01', '2025-01-01 ', '２０２５-01-01'])(
    'rejects %s',
    (text) => {
      expect(toDayNumber(text)).toBeNull();
      expect(isIsoDate(text)).toBe(false);
    },
  );

  it('accepts leap days of leap years', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });
});

describe('daysBetween', () => {
  it('is antisymmetric and additive', () => {
    fc.assert(
      fc.property(isoDate, isoDate, isoDate, (a, b, c) => {
        expect((daysBetween(a, b) as number) + (daysBetween(b, a) as number)).toBe(0);
        expect((daysBetween(a, b) as number) + (daysBetween(b, c) as number)).toBe(daysBetween(a, c));
      }),
    );
  });

  it('is null unless both are dates', () => {
    expect(daysBetween('2025-01-01', null)).toBeNull();
    expect(daysBetween(20250101, '2025-01-01')).toBeNull();
  });
});
