import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from './working-calendar.js';
import { vietnamCalendar } from './vietnam-calendar.js';

describe('vietnamCalendar', () => {
  it('is the same data as examples/calendars/vn.json, apart from $schema', () => {
    const example = JSON.parse(readFileSync(new URL('../../../../examples/calendars/vn.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const { $schema, ...rest } = example;
    expect($schema).toBe('../../schemas/calendar.schema.json');
    expect(rest).toEqual(vietnamCalendar);
  });

  it('cites a source for every confirmed schedule and a note for every unconfirmed one', () => {
    for (const schedule of vietnamCalendar.schedules ?? []) {
      if (schedule.confirmed) expect(schedule.sources?.length, schedule.title.en).toBeGreaterThan(0);
      else expect(schedule.note, schedule.title.en).toMatch(/UNCONFIRMED/);
    }
    const nationalDay = vietnamCalendar.fixedHolidays?.find((h) => h.id === 'national-day');
    expect(nationalDay?.note).toMatch(/2026 National Day schedule is not published in our sources/);
  });

  it('compiles and answers for every year up to 2100', () => {
    const calendar = createWorkingCalendar(vietnamCalendar);
    for (let year = 2021; year <= 2100; year++) {
      const holidays = calendar.holidays(year);
      // Every year has New Year's Day, five Tết days, Hùng Kings, 30/4, 1/5 and two National Day days
      // (computed or scheduled): at least 11 days off.
      expect(holidays.filter((d) => !d.isWorkingDay).length, String(year)).toBeGreaterThanOrEqual(11);
    }
  });
});
