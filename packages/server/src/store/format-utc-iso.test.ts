import { describe, expect, it } from 'vitest';
import { formatUtcIso } from './format-utc-iso.js';

const written = (ms: number): string => {
  try { return formatUtcIso(ms); } catch (error) { return `throws ${(error as Error).name}`; }
};
const native = (ms: number): string => {
  try { return new Date(ms).toISOString(); } catch (error) { return `throws ${(error as Error).name}`; }
};

describe('formatUtcIso', () => {
  it('writes what Date#toISOString writes, at the edges of years, centuries, leap days and the epoch', () => {
    const edges = [
      0, -1, 1, Date.UTC(2000, 1, 29), Date.UTC(2000, 1, 29) - 1, Date.UTC(1900, 2, 1) - 1, Date.UTC(2100, 1, 28, 23, 59, 59, 999),
      Date.UTC(2026, 11, 31, 23, 59, 59, 999), Date.UTC(2027, 0, 1), Date.parse('2026-03-02T08:05:00+07:00'),
      -62_167_219_200_000, -62_167_219_200_001, 253_402_300_799_999, 253_402_300_800_000, 8.64e15, -8.64e15, 8.64e15 + 1, Number.NaN, 1.5, -0.5,
    ];
    for (const ms of edges) expect(written(ms), String(ms)).toBe(native(ms));
  });

  it('writes what Date#toISOString writes for 200,000 random instants over the four-digit years and around today', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 200_000; i++) {
      const ms = i % 2 === 0
        ? Math.floor(-62_167_219_200_000 + random() * (253_402_300_800_000 + 62_167_219_200_000))
        : Math.floor(Date.UTC(2026, 0, 1) + (random() - 0.5) * 4e11);
      if (formatUtcIso(ms) !== new Date(ms).toISOString()) expect(formatUtcIso(ms), String(ms)).toBe(new Date(ms).toISOString());
    }
  });
});
