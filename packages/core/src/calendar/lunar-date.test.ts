import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from './day-number.js';
import { dayNumberToLunar, fromLunarDate, leapMonthOf, lunarMonthLength, lunarToDayNumber, toLunarDate } from './lunar-date.js';

describe('toLunarDate / fromLunarDate', () => {
  // domain.md §4.2: Tết (1/1) and Hùng Kings' day (10/3), computed at UTC+7 and matching every notice.
  it.each([
    [2024, '2024-02-10', '2024-04-18'],
    [2025, '2025-01-29', '2025-04-07'],
    [2026, '2026-02-17', '2026-04-26'],
    [2027, '2027-02-06', '2027-04-16'],
    [2028, '2028-01-26', '2028-04-04'],
  ])('pins Tết and Hùng Kings of %i', (year, tet, hungKings) => {
    expect(iso(fromLunarDate(year, 1, 1))).toBe(tet);
    expect(iso(fromLunarDate(year, 3, 10))).toBe(hungKings);
  });

  it('agrees with the lunar dates the official schedules quote', () => {
    // 08/02/2024 = 29 Chạp Quý Mão; 14/02/2026 = 27 Chạp Ất Tỵ; 22/02/2026 = mùng 6 Bính Ngọ.
    expect(toLunarDate(2024, 2, 8)).toEqual({ year: 2023, month: 12, day: 29, isLeapMonth: false });
    expect(toLunarDate(2026, 2, 14)).toEqual({ year: 2025, month: 12, day: 27, isLeapMonth: false });
    expect(toLunarDate(2026, 2, 22)).toEqual({ year: 2026, month: 1, day: 6, isLeapMonth: false });
    // 2024's 12th month (Quý Mão) has 30 days, 2025's (Ất Tỵ) 29: Tết eve is the 30th, then the 29th.
    expect(lunarMonthLength(2023, 12)).toBe(30);
    expect(lunarMonthLength(2025, 12)).toBe(29);
  });

  it('computes at UTC+7, where Vietnam and China differ', () => {
    // 1985: Vietnam's Tết fell a month before China's; 2007: one day before.
    expect(iso(fromLunarDate(1985, 1, 1))).toBe('1985-01-21');
    expect(iso(fromLunarDate(1985, 1, 1, false, { timeZone: 8 }))).toBe('1985-02-20');
    expect(iso(fromLunarDate(2007, 1, 1))).toBe('2007-02-17');
    expect(iso(fromLunarDate(2007, 1, 1, false, { timeZone: 8 }))).toBe('2007-02-18');
    expect(toLunarDate(2007, 2, 17)).toMatchObject({ year: 2007, month: 1, day: 1 });
    expect(toLunarDate(2007, 2, 17, { timeZone: 8 })).toMatchObject({ year: 2006, month: 12, day: 30 });
  });

  it('places leap months', () => {
    expect(leapMonthOf(2020)).toBe(4);
    expect(leapMonthOf(2023)).toBe(2);
    expect(leapMonthOf(2024)).toBeNull();
    expect(leapMonthOf(2025)).toBe(6);
    // The leap 6th month of Ất Tỵ follows the ordinary one.
    const ordinary = lunarToDayNumber(2025, 6, 1);
    const leap = lunarToDayNumber(2025, 6, 1, true);
    expect(leap - ordinary).toBe(lunarMonthLength(2025, 6));
    expect(toLunarDate(2025, 7, 25)).toEqual({ year: 2025, month: 6, day: 1, isLeapMonth: true });
  });

  it('refuses lunar dates that do not exist', () => {
    expect(() => fromLunarDate(2024, 4, 1, true)).toThrow(RangeError);
    expect(() => fromLunarDate(2025, 12, 30)).toThrow(/has 29 days/);
    expect(() => fromLunarDate(2025, 13, 1)).toThrow(RangeError);
    expect(() => toLunarDate(1799, 12, 31)).toThrow(/1800–2199/);
  });

  it('round-trips every day of 1900–2100 and steps one lunar day at a time', () => {
    const first = toDayNumber(1900, 1, 1);
    const last = toDayNumber(2100, 12, 31);
    let previous = dayNumberToLunar(first - 1);
    for (let day = first; day <= last; day++) {
      const lunar = dayNumberToLunar(day);
      if (lunarToDayNumber(lunar.year, lunar.month, lunar.day, lunar.isLeapMonth) !== day) {
        throw new Error(`round trip failed on ${iso(fromDayNumber(day))}: ${JSON.stringify(lunar)}`);
      }
      if (lunar.day === 1) {
        // A new month begins only after a 29th or 30th.
        if (previous.day !== 29 && previous.day !== 30) throw new Error(`month of ${previous.day} days before ${iso(fromDayNumber(day))}`);
      } else if (lunar.day !== previous.day + 1 || lunar.month !== previous.month) {
        throw new Error(`lunar days skip on ${iso(fromDayNumber(day))}`);
      }
      previous = lunar;
    }
    expect(last - first + 1).toBe(73_414);
  });

  it('round-trips arbitrary lunar dates (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 30 }), fc.boolean(), (year, month, day, leap) => {
        const isLeap = leap && leapMonthOf(year) === month;
        const length = lunarMonthLength(year, month, isLeap);
        const d = Math.min(day, length);
        const solar = fromLunarDate(year, month, d, isLeap);
        expect(toLunarDate(solar.year, solar.month, solar.day)).toEqual({ year, month, day: d, isLeapMonth: isLeap });
      }),
    );
  });
});

function iso(date: { year: number; month: number; day: number }): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}
