import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInstant, toEpochMs } from './instant.js';

describe('toEpochMs', () => {
  it('reads Date, epoch ms and ISO 8601 with an offset', () => {
    const ms = Date.UTC(2025, 3, 24, 2, 0, 0);
    expect(toEpochMs(new Date(ms))).toBe(ms);
    expect(toEpochMs(ms)).toBe(ms);
    expect(toEpochMs('2025-04-24T09:00:00+07:00')).toBe(ms);
    expect(toEpochMs('2025-04-24T09:00+07:00')).toBe(ms);
    expect(toEpochMs('2025-04-24T02:00:00Z')).toBe(ms);
    expect(toEpochMs('2025-04-23T21:00:00-05:00')).toBe(ms);
    expect(toEpochMs('2025-04-24T09:00:00.570+07:00')).toBe(ms + 570);
    expect(toEpochMs('2025-04-24T09:00:00.5704+07:00')).toBe(ms + 570);
  });

  it.each(['2025-04-24T09:00:00', '2025-04-24', '24/04/2025 09:00', '2025-02-29T09:00:00+07:00', '2025-04-24T24:00:00+07:00', ''])(
    'refuses %j',
    (text) => expect(() => toEpochMs(text)).toThrow(RangeError),
  );

  it('refuses invalid dates and numbers', () => {
    expect(() => toEpochMs(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => toEpochMs(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('formatInstant', () => {
  it('writes the local reading with its offset', () => {
    const ms = Date.UTC(2025, 3, 28, 10, 0, 0);
    expect(formatInstant(ms, 420)).toBe('2025-04-28T17:00:00+07:00');
    expect(formatInstant(ms + 5, 420)).toBe('2025-04-28T17:00:00.005+07:00');
    expect(formatInstant(ms, -330)).toBe('2025-04-28T04:30:00-05:30');
  });

  it('round-trips through toEpochMs and agrees with Date (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }), fc.integer({ min: -12 * 60, max: 14 * 60 }), (ms, offset) => {
        const text = formatInstant(ms, offset);
        expect(toEpochMs(text)).toBe(ms);
        expect(new Date(ms + offset * 60_000).toISOString().slice(0, 19)).toBe(text.slice(0, 19));
      }),
      { numRuns: 2000 },
    );
  });
});
