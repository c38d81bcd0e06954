import { describe, expect, it } from 'vitest';
import type { CalendarData } from './calendar-data.js';
import { CalendarDataError } from './compile-calendar.js';
import { createWorkingCalendar } from './working-calendar.js';

const vn = createWorkingCalendar();

function range(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = Date.parse(`${from}T00:00:00Z`); d <= Date.parse(`${to}T00:00:00Z`); d += 86_400_000) {
    days.push(new Date(d).toISOString().slice(0, 10));
  }
  return days;
}

describe('Vietnam civil-service calendar: official schedules of domain.md §4.2', () => {
  it.each([
    ['2024 Tết, Thu 08/02 – Wed 14/02', '2024-02-08', '2024-02-14', '2024-02-07', '2024-02-15'],
    ['2024 National Day, Sat 31/08 – Tue 03/09', '2024-08-31', '2024-09-03', '2024-08-30', '2024-09-04'],
    ['2025 Tết, Sat 25/01 – Sun 02/02', '2025-01-25', '2025-02-02', '2025-01-24', '2025-02-03'],
    ['2025 Hùng Kings, Mon 07/04', '2025-04-07', '2025-04-07', '2025-04-04', '2025-04-08'],
    ['2025 30/4–1/5, Wed 30/04 – Sun 04/05', '2025-04-30', '2025-05-04', '2025-04-29', '2025-05-05'],
    ['2025 National Day, Sat 30/08 – Tue 02/09', '2025-08-30', '2025-09-02', '2025-08-29', '2025-09-03'],
    ['2026 Tết, Sat 14/02 – Sun 22/02', '2026-02-14', '2026-02-22', '2026-02-13', '2026-02-23'],
    ['2026 Hùng Kings, Sun 26/04 + compensatory Mon 27/04', '2026-04-26', '2026-04-27', '2026-04-24', '2026-04-28'],
  ])('%s: every day off, the days around it worked', (_name, first, last, before, after) => {
    for (const day of range(first, last)) expect(vn.isWorkingDay(day), day).toBe(false);
    expect(vn.isWorkingDay(before)).toBe(true);
    expect(vn.isWorkingDay(after)).toBe(true);
    expect(vn.nextWorkingDay(before)).toBe(after);
  });

  it('works Saturday 26/04/2025, the make-up day for Friday 02/05/2025', () => {
    expect(vn.isWorkingDay('2025-04-26')).toBe(true);
    expect(vn.isWorkingDay('2025-05-02')).toBe(false);
    expect(vn.describeDay('2025-04-26')).toMatchObject({
      weekday: 6,
      kind: 'make-up-working-day',
      isWorkingDay: true,
      confirmed: true,
      reference: 'Thông báo 6150/TB-BLĐTBXH (2024); Công văn 8726/VPCP-KGVX (2024)',
    });
  });

  it('names why a day is off', () => {
    expect(vn.describeDay('2025-02-03')).toEqual({ date: '2025-02-03', weekday: 1, isWorkingDay: true, kind: 'working-day' });
    expect(vn.describeDay('2025-03-01')).toMatchObject({ kind: 'weekly-rest-day', isWorkingDay: false });
    expect(vn.describeDay('2025-01-01')).toMatchObject({ kind: 'public-holiday', holidayId: 'new-year', title: { vi: 'Tết Dương lịch' } });
    expect(vn.describeDay('2026-02-17')).toMatchObject({ kind: 'scheduled-day-off', confirmed: true, title: { en: 'Lunar New Year (Bính Ngọ) 2026 break' } });
    // The 2026 Hùng Kings compensatory day is inferred from Art. 111(3); no official notice was found.
    expect(vn.describeDay('2026-04-27')).toMatchObject({ kind: 'scheduled-day-off', confirmed: false });
  });

  it('computes what no schedule covers: 2026 National Day, 2027', () => {
    // 2026: no published National Day schedule in our sources: 2 September and the day before.
    expect(vn.isWorkingDay('2026-09-01')).toBe(false);
    expect(vn.isWorkingDay('2026-09-02')).toBe(false);
    expect(vn.isWorkingDay('2026-09-03')).toBe(true);
    // 2027: Tết Sat 06/02 → 05/02 (last day of the lunar year) to 09/02, Sat and Sun given back Wed 10, Thu 11.
    expect(vn.holidays(2027).filter((d) => d.holidayId === 'tet').map((d) => [d.date, d.kind])).toEqual([
      ['2027-02-05', 'public-holiday'],
      ['2027-02-06', 'public-holiday'],
      ['2027-02-07', 'public-holiday'],
      ['2027-02-08', 'public-holiday'],
      ['2027-02-09', 'public-holiday'],
      ['2027-02-10', 'compensatory-day'],
      ['2027-02-11', 'compensatory-day'],
    ]);
    // 2027: 1 May is a Saturday → Monday 3 May off (Art. 111(3)).
    expect(vn.describeDay('2027-05-03')).toMatchObject({ kind: 'compensatory-day', holidayId: 'labour-day', title: { vi: 'Nghỉ bù Ngày Quốc tế Lao động' } });
  });

  it('gives New Year 2022 on a Saturday back on Monday 03/01/2022', () => {
    expect(vn.describeDay('2022-01-03')).toMatchObject({ kind: 'compensatory-day', holidayId: 'new-year' });
  });
});

describe('working-day arithmetic', () => {
  it('adds working days forwards and backwards', () => {
    expect(vn.addWorkingDays('2025-04-24', 3)).toBe('2025-04-28');
    expect(vn.addWorkingDays('2025-04-28', -3)).toBe('2025-04-24');
    expect(vn.addWorkingDays('2025-04-27', 0)).toBe('2025-04-28');
    expect(vn.addWorkingDays('2025-04-28', 0)).toBe('2025-04-28');
    expect(vn.previousWorkingDay('2026-02-23')).toBe('2026-02-13');
  });

  it('accepts instants for days, reading them at UTC+7', () => {
    // 2025-04-25T18:00Z is already Saturday 26/04 01:00 in Vietnam.
    expect(vn.toLocalDate('2025-04-25T18:00:00Z')).toBe('2025-04-26');
    expect(vn.isWorkingDay(new Date('2025-05-01T16:59:59Z'))).toBe(false); // 02/05 in Vietnam
    expect(vn.isWorkingDay(Date.UTC(2025, 4, 1, 17, 0))).toBe(false); // 02/05 00:00 in Vietnam
  });

  it('refuses times without an offset and days outside the calendar', () => {
    expect(() => vn.isWorkingDay('2025-04-24T09:00')).toThrow(/with an offset/);
    expect(() => vn.isWorkingDay('2025-02-30')).toThrow(RangeError);
    expect(() => vn.isWorkingDay('2020-12-31')).toThrow(/covers 2021-01-01/);
  });
});

describe('office hours', () => {
  it('knows when the office is open', () => {
    expect(vn.isWithinOfficeHours('2025-04-24T07:00:00+07:00')).toBe(true);
    expect(vn.isWithinOfficeHours('2025-04-24T11:30:00+07:00')).toBe(false);
    expect(vn.isWithinOfficeHours('2025-04-24T17:00:00+07:00')).toBe(false);
    expect(vn.isWithinOfficeHours('2025-04-26T09:00:00+07:00')).toBe(true); // make-up Saturday
    expect(vn.isWithinOfficeHours('2025-05-02T09:00:00+07:00')).toBe(false);
  });

  it('finds the next opening', () => {
    expect(vn.nextOfficeOpening('2025-04-24T12:00:00+07:00')).toBe('2025-04-24T13:30:00+07:00');
    expect(vn.nextOfficeOpening('2025-04-24T09:15:30.250+07:00')).toBe('2025-04-24T09:15:30.250+07:00');
    expect(vn.nextOfficeOpening('2025-04-29T17:00:00+07:00')).toBe('2025-05-05T07:00:00+07:00');
    expect(vn.openingOf('2025-04-24')).toBe('2025-04-24T07:00:00+07:00');
    expect(vn.closeOf('2025-04-24')).toBe('2025-04-24T17:00:00+07:00');
  });

  it('measures and adds office time', () => {
    const hour = 3_600_000;
    // Thu 24/04 16:00 → Mon 28/04 09:00: 1 h Thu + 8 h Fri + 8 h Sat (make-up) + 2 h Mon.
    expect(vn.officeTimeBetween('2025-04-24T16:00:00+07:00', '2025-04-28T09:00:00+07:00')).toBe(19 * hour);
    expect(vn.officeTimeBetween('2025-04-28T09:00:00+07:00', '2025-04-24T16:00:00+07:00')).toBe(-19 * hour);
    expect(vn.addOfficeTime('2025-04-24T16:00:00+07:00', 19 * hour)).toBe('2025-04-28T09:00:00+07:00');
    // Ends exactly at closing time rather than at the next opening.
    expect(vn.addOfficeTime('2025-04-24T07:00:00+07:00', 8 * hour)).toBe('2025-04-24T17:00:00+07:00');
    expect(vn.addOfficeTime('2025-04-24T07:00:00+07:00', 4.5 * hour)).toBe('2025-04-24T11:30:00+07:00');
  });
});

describe('custom calendars', () => {
  const base: CalendarData = {
    id: 'ward',
    title: { vi: 'Phường thử', en: 'Test ward' },
    timeZone: '+07:00',
    effectiveFrom: '2025-01-01',
  };

  it('uses the defaults: 07:00–11:30, 13:30–17:00, Saturday and Sunday off, no holidays', () => {
    const cal = createWorkingCalendar(base);
    expect(cal.isWorkingDay('2025-01-01')).toBe(true);
    expect(cal.isWorkingDay('2025-01-04')).toBe(false);
    expect(cal.closeOf('2025-01-02')).toBe('2025-01-02T17:00:00+07:00');
    expect(cal.holidays(2025)).toEqual([]);
  });

  it('switches office hours on their effective dates', () => {
    const cal = createWorkingCalendar({
      ...base,
      officeHours: [
        { effectiveFrom: '2025-01-01', effectiveTo: '2025-06-30', intervals: [{ start: '07:30', end: '11:30' }, { start: '13:00', end: '17:00' }] },
        { effectiveFrom: '2025-07-01', intervals: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '16:30' }] },
      ],
    });
    expect(cal.openingOf('2025-06-30')).toBe('2025-06-30T07:30:00+07:00');
    expect(cal.closeOf('2025-07-01')).toBe('2025-07-01T16:30:00+07:00');
  });

  it('reports inconsistent data with a JSON Pointer', () => {
    const attempt = (data: CalendarData): unknown => {
      try {
        createWorkingCalendar(data);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const overlapping = attempt({ ...base, officeHours: [{ effectiveFrom: '2025-01-01', intervals: [{ start: '07:00', end: '12:00' }, { start: '11:00', end: '17:00' }] }] });
    expect(overlapping).toBeInstanceOf(CalendarDataError);
    expect(overlapping).toMatchObject({ name: 'CalendarDataError', pointer: '/officeHours/0/intervals/1/start' });
    expect(attempt({ ...base, officeHours: [{ effectiveFrom: '2025-03-01', intervals: [{ start: '07:00', end: '17:00' }] }] }))
      .toMatchObject({ pointer: '/officeHours' });
    expect(attempt({ ...base, cutOff: [{ effectiveFrom: '2025-01-01', time: '3pm' }] })).toMatchObject({ pointer: '/cutOff/0/time' });
    expect(attempt({ ...base, timeZone: 'Asia/Bangkok' })).toMatchObject({ pointer: '/timeZone' });
    expect(attempt({ ...base, schedules: [{ year: 2025, title: base.title, replaces: ['tet'], daysOff: [], confirmed: false }] }))
      .toMatchObject({ pointer: '/schedules/0/replaces/0' });
    expect(attempt({ ...base, weeklyRestDays: [{ effectiveFrom: '2025-01-01', days: [1, 2, 3, 4, 5, 6, 7] }] }))
      .toMatchObject({ pointer: '/weeklyRestDays/0/days' });
  });
});

describe('coverage', () => {
  it('refuses days before a calendar begins, even inside a year it knows', () => {
    const cal = createWorkingCalendar({ id: 'late', title: { vi: 'Muộn', en: 'Late' }, timeZone: '+07:00', effectiveFrom: '2025-07-01' });
    expect(cal.isWorkingDay('2025-07-01')).toBe(true);
    expect(() => cal.describeDay('2025-06-30')).toThrow(/covers 2025-07-01/);
    expect(() => cal.isWorkingDay('2025-06-30')).toThrow(/covers 2025-07-01/);
    expect(cal.holidays(2025)).toEqual([]);
    // Searching backwards runs into the start of the calendar.
    expect(() => cal.previousWorkingDay('2025-07-01')).toThrow(RangeError);
  });
});
