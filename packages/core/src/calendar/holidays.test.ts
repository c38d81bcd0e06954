import { describe, expect, it } from 'vitest';
import type { CalendarData } from './calendar-data.js';
import { computeHolidays } from './holidays.js';
import { vietnamCalendar } from './vietnam-calendar.js';

const LABOR_CODE = { instrument: 'Bộ luật Lao động 2019 (Luật 45/2019/QH14)' };

/** Vietnam's rules without any official schedule: the pure computation. */
const computedOnly: CalendarData = { ...vietnamCalendar, schedules: [] };

const days = (list: ReturnType<typeof computeHolidays>): string[] => list.map((d) => `${d.date} ${d.kind}`);

describe('computeHolidays', () => {
  it('computes the Labor Code 2019 Art. 112(1) holidays with Art. 111(3) compensation', () => {
    // 2025 without schedules: Tết 29/01 (Wed) → 28/01 (last day of Giáp Thìn) to 01/02 (Sat) → Mon 03/02 in lieu.
    // Hùng Kings 10/3 = Mon 07/04. 30/04 Wed, 01/05 Thu. National Day 01/09 Mon, 02/09 Tue.
    expect(days(computeHolidays(computedOnly, 2025))).toEqual([
      '2025-01-01 public-holiday',
      '2025-01-28 public-holiday',
      '2025-01-29 public-holiday',
      '2025-01-30 public-holiday',
      '2025-01-31 public-holiday',
      '2025-02-01 public-holiday',
      '2025-02-03 compensatory-day',
      '2025-04-07 public-holiday',
      '2025-04-30 public-holiday',
      '2025-05-01 public-holiday',
      '2025-09-01 public-holiday',
      '2025-09-02 public-holiday',
    ]);
  });

  it('lets official schedules override, dropping the computed days and their compensation', () => {
    const list = computeHolidays(vietnamCalendar, 2025);
    const byDate = new Map(list.map((d) => [d.date, d]));
    // Tết 2025 as announced: 25/01–02/02; the computed compensatory Monday 03/02 is gone.
    expect(byDate.get('2025-01-25')).toMatchObject({ kind: 'scheduled-day-off', isWorkingDay: false, confirmed: true });
    expect(byDate.has('2025-02-03')).toBe(false);
    // The 30/4–1/5 swap: Friday 02/05 off, Saturday 26/04 worked.
    expect(byDate.get('2025-05-02')).toMatchObject({ kind: 'scheduled-day-off' });
    expect(byDate.get('2025-04-26')).toMatchObject({ kind: 'make-up-working-day', isWorkingDay: true });
    // Weekdays off in 2025: 01/01, 27–31/01, 07/04, 30/04–02/05, 01–02/09 = 12 — the 11 holidays of
    // Art. 112(1) plus the swapped Friday, which Saturday 26/04 pays back.
    expect(list.filter((d) => !d.isWorkingDay && d.weekday <= 5)).toHaveLength(12);
  });

  it('pins the 2024 and 2026 schedules', () => {
    const off = (year: number): string[] => computeHolidays(vietnamCalendar, year).filter((d) => !d.isWorkingDay).map((d) => d.date);
    expect(off(2024)).toEqual([
      '2024-01-01',
      '2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13', '2024-02-14',
      '2024-04-18',
      '2024-04-30', '2024-05-01',
      '2024-08-31', '2024-09-01', '2024-09-02', '2024-09-03',
    ]);
    expect(off(2026)).toEqual([
      '2026-01-01',
      '2026-02-14', '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22',
      '2026-04-26', '2026-04-27',
      '2026-04-30', '2026-05-01',
      '2026-09-01', '2026-09-02',
    ]);
  });

  it('computes the 2026 Hùng Kings compensatory day the schedule records as unconfirmed', () => {
    const computed = computeHolidays(computedOnly, 2026).filter((d) => d.holidayId === 'hung-kings');
    expect(days(computed)).toEqual(['2026-04-26 public-holiday', '2026-04-27 compensatory-day']);
  });

  it('carries names and legal basis', () => {
    const tet = computeHolidays(computedOnly, 2027).find((d) => d.date === '2027-02-10');
    expect(tet).toMatchObject({
      kind: 'compensatory-day',
      holidayId: 'tet',
      title: { vi: 'Nghỉ bù Tết Âm lịch (Tết Nguyên đán)', en: 'Day off in lieu of Lunar New Year (Tết)' },
      legalBasis: [{ ...LABOR_CODE, article: 'Điều 111 khoản 3' }],
    });
  });

  it('applies rules only inside their effective dates', () => {
    const data: CalendarData = {
      id: 'test',
      title: { vi: 'Thử', en: 'Test' },
      timeZone: 'Asia/Ho_Chi_Minh',
      effectiveFrom: '2024-01-01',
      fixedHolidays: [
        { id: 'old', title: { vi: 'Cũ', en: 'Old' }, month: 3, day: 3, effectiveFrom: '2024-01-01', effectiveTo: '2024-12-31', legalBasis: [] },
        { id: 'new', title: { vi: 'Mới', en: 'New' }, month: 3, day: 4, effectiveFrom: '2025-01-01', legalBasis: [] },
      ],
    };
    expect(days(computeHolidays(data, 2024))).toEqual(['2024-03-03 public-holiday']); // a Sunday, and no compensatory rule
    expect(days(computeHolidays(data, 2025))).toEqual(['2025-03-04 public-holiday']);
  });

  it('pushes compensation past other holidays and make-up days', () => {
    // Two holidays on a weekend, the Monday already a holiday: compensation lands on Tuesday and Wednesday.
    const data: CalendarData = {
      id: 'test',
      title: { vi: 'Thử', en: 'Test' },
      timeZone: '+07:00',
      effectiveFrom: '2025-01-01',
      compensatoryRule: [{ effectiveFrom: '2025-01-01', shift: 'next-working-day', legalBasis: [LABOR_CODE] }],
      fixedHolidays: [
        { id: 'long', title: { vi: 'Dài', en: 'Long' }, month: 3, day: 8, days: 3, effectiveFrom: '2025-01-01', legalBasis: [] },
      ],
    };
    expect(days(computeHolidays(data, 2025))).toEqual([
      '2025-03-08 public-holiday',
      '2025-03-09 public-holiday',
      '2025-03-10 public-holiday',
      '2025-03-11 compensatory-day',
      '2025-03-12 compensatory-day',
    ]);
  });
});
