import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureCli } from '../capture-cli.js';

let dir: string;
beforeAll(async () => { dir = await mkdtemp(path.join(tmpdir(), 'motcua-deadline-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

const run = (...args: string[]) => captureCli(['deadline', ...args], dir);

async function json(...args: string[]) {
  const result = await run(...args, '--json');
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as { dueAt: string; clockStartsAt: string; clockStartReason: string; calendar: string; term: unknown; trail: { date: string; step: string; kind: string; ordinal?: number; title?: { vi: string } }[] };
}

/** A ward that also works on Saturdays, opens 08:00–12:00 and 13:00–16:30, and closes on 10 September. */
const WARD = {
  id: 'ward-1',
  title: { vi: 'Phường 1', en: 'Ward 1' },
  timeZone: '+07:00',
  effectiveFrom: '2025-07-01',
  officeHours: [{ effectiveFrom: '2025-07-01', intervals: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '16:30' }] }],
  weeklyRestDays: [{ effectiveFrom: '2025-07-01', days: [7] }],
  fixedHolidays: [{
    id: 'ward-day', title: { vi: 'Ngày truyền thống phường', en: 'Ward day' }, effectiveFrom: '2025-07-01', month: 9, day: 10,
    legalBasis: [{ instrument: 'Quyết định của UBND phường' }],
  }],
};

describe('motcua deadline', () => {
  it('rolls a same-day request received after 15:00 on Friday 13/02/2026 past the Tết break', async () => {
    const due = await json('--received', '2026-02-13T16:00:00+07:00', '--same-day');
    expect(due.dueAt).toBe('2026-02-23T17:00:00+07:00');
    expect(due.clockStartsAt).toBe('2026-02-23T07:00:00+07:00');
    expect(due.clockStartReason).toBe('after-cut-off');
    expect(due.term).toEqual({ unit: 'same-day' });
    expect(due.trail.filter((d) => d.step === 'skipped').map((d) => d.date)).toEqual([
      '2026-02-14', '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22',
    ]);
    expect(due.trail[1]!.title?.vi).toBe('Nghỉ Tết Nguyên đán Bính Ngọ 2026');
  });

  it('explains it in Vietnamese: the cut-off, each skipped day and its holiday', async () => {
    const { code, stdout, stderr } = await run('--received', '2026-02-13T16:00:00+07:00', '--same-day');
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toContain('Hạn giải quyết: 2026-02-23T17:00:00+07:00  (Thứ Hai 23/02/2026 17:00)\n');
    expect(stdout).toContain('Thời hạn:       trong ngày (giờ chốt 15:00)\n');
    expect(stdout).toContain('Bắt đầu tính:   2026-02-23T07:00:00+07:00 — nhận sau giờ chốt 15:00, tính từ ngày làm việc tiếp theo\n');
    expect(stdout).toContain('  Thứ Sáu 13/02/2026   nhận hồ sơ lúc 16:00; sau giờ chốt 15:00\n');
    expect(stdout).toContain('  Thứ Ba 17/02/2026    bỏ qua — nghỉ theo lịch chính thức: Nghỉ Tết Nguyên đán Bính Ngọ 2026\n');
    expect(stdout).toContain('  Thứ Hai 23/02/2026   bắt đầu tính lúc 07:00; hết hạn lúc 17:00\n');
  });

  // Notice 6150/TB-BLĐTBXH and Official Letter 8726/VPCP-KGVX (2024): civil servants work Saturday
  // 26/04/2025 in exchange for Friday 02/05/2025, so it counts; Sunday 27/04 does not.
  it('counts the make-up Saturday 26/04/2025: 3 working days from Thursday 24/04 09:00 end on Monday 28/04', async () => {
    const due = await json('--received', '2025-04-24T09:00:00+07:00', '--working-days', '3');
    expect(due.dueAt).toBe('2025-04-28T17:00:00+07:00');
    expect(due.trail.map((d) => [d.date, d.step, d.ordinal])).toEqual([
      ['2025-04-24', 'clock-start', undefined],
      ['2025-04-25', 'counted', 1],
      ['2025-04-26', 'counted', 2],
      ['2025-04-27', 'skipped', undefined],
      ['2025-04-28', 'counted', 3],
    ]);
    expect(due.trail[2]!.kind).toBe('make-up-working-day');
  });

  it('explains it in English', async () => {
    const { stdout } = await run('--received', '2025-04-24T09:00:00+07:00', '--working-days', '3', '--lang', 'en');
    expect(stdout).toContain('Due:          2025-04-28T17:00:00+07:00  (Mon 28/04/2025 17:00)\n');
    expect(stdout).toContain('Clock starts: 2025-04-24T09:00:00+07:00 — received within office hours, so the clock starts at once\n');
    expect(stdout).toContain('  Sat 26/04/2025  working day 2; make-up working day: Victory Day and Labour Day 2025 break\n');
    expect(stdout).toContain('  Sun 27/04/2025  skipped — weekly rest day\n');
    expect(stdout).toContain('  Mon 28/04/2025  working day 3; due at 17:00\n');
  });

  it('applies --cut-off to a working-days term: received at 16:00 it counts from the next working day', async () => {
    expect((await json('--received', '2025-04-24T16:00:00+07:00', '--working-days', '3')).dueAt).toBe('2025-04-28T17:00:00+07:00');
    const due = await json('--received', '2025-04-24T16:00:00+07:00', '--working-days', '3', '--cut-off', '15:00');
    expect(due.clockStartReason).toBe('after-cut-off');
    expect(due.term).toEqual({ unit: 'working-days', value: 3, cutOff: '15:00' });
    // Starts Friday 25/04; then Saturday 26 (make-up), Monday 28, Tuesday 29 — before the 30/04 holiday.
    expect(due.dueAt).toBe('2025-04-29T17:00:00+07:00');
  });

  it('counts working hours across the midday break and into the next day', async () => {
    const due = await json('--received', '2025-04-24T09:00:00+07:00', '--working-hours', '10');
    expect(due.dueAt).toBe('2025-04-25T11:00:00+07:00');
    const { stdout } = await run('--received', '2025-04-24T09:00:00+07:00', '--working-hours', '10', '--lang', 'en');
    expect(stdout).toContain('  Thu 24/04/2025  received at 09:00; clock starts at 09:00; counts 6 h\n');
    expect(stdout).toContain('  Fri 25/04/2025  counts 4 h; due at 11:00\n');
  });

  it('starts the clock on the next working day after a holiday weekend', async () => {
    const due = await json('--received', '2025-08-30T10:00:00+07:00', '--working-days', '1');
    expect(due.clockStartReason).toBe('non-working-day');
    expect(due.clockStartsAt).toBe('2025-09-03T07:00:00+07:00');
    expect(due.dueAt).toBe('2025-09-04T17:00:00+07:00');
  });

  it('uses a calendar file: its hours, its rest days, its holidays', async () => {
    await writeFile(path.join(dir, 'ward.json'), JSON.stringify(WARD, null, 2));
    const due = await json('--received', '2025-09-08T09:00:00+07:00', '--working-days', '4', '--calendar', 'ward.json');
    expect(due.calendar).toBe('ward-1');
    // Tuesday 9 (1), Wednesday 10 off (ward day), Thursday 11 (2), Friday 12 (3), Saturday 13 (4), closing at 16:30.
    expect(due.dueAt).toBe('2025-09-13T16:30:00+07:00');
    const { stdout } = await run('--received', '2025-09-08T09:00:00+07:00', '--working-days', '4', '--calendar', 'ward.json', '--lang', 'en');
    expect(stdout).toContain('Calendar:     ward-1 — Ward 1\n');
    expect(stdout).toContain('  Wed 10/09/2025  skipped — public holiday: Ward day\n');
  });

  it.each([
    ['no arguments', [], '--received'],
    ['no term', ['--received', '2025-04-24T09:00:00+07:00'], 'Cần một thời hạn'],
    ['two terms', ['--received', '2025-04-24T09:00:00+07:00', '--same-day', '--working-days', '2'], 'Give only one term'],
    ['three terms', ['--received', '2025-04-24T09:00:00+07:00', '--same-day', '--working-days', '2', '--working-hours', '4'], 'Give only one term'],
    ['a date-time without an offset', ['--received', '2025-04-24T09:00:00', '--same-day'], 'has no offset; add one such as +07:00'],
    ['a date without a time', ['--received', '2025-04-24', '--same-day'], 'has no offset'],
    ['a date in another notation', ['--received', '24/04/2025 09:00', '--same-day'], 'is not an ISO 8601 date-time'],
    ['a date that does not exist', ['--received', '2025-02-30T09:00:00+07:00', '--same-day'], 'does not exist'],
    ['a date before the calendar', ['--received', '1990-01-01T09:00:00+07:00', '--same-day'], 'outside it'],
    ['zero working days', ['--received', '2025-04-24T09:00:00+07:00', '--working-days', '0'], '--working-days needs a positive whole number, not "0"'],
    ['negative working days', ['--received', '2025-04-24T09:00:00+07:00', '--working-days=-2'], 'not "-2"'],
    ['fractional working hours', ['--received', '2025-04-24T09:00:00+07:00', '--working-hours', '1.5'], '--working-hours needs a positive whole number, not "1.5"'],
    ['words for a number', ['--received', '2025-04-24T09:00:00+07:00', '--working-days', 'three'], 'not "three"'],
    ['a cut-off that is not HH:MM', ['--received', '2025-04-24T09:00:00+07:00', '--same-day', '--cut-off', '3pm'], '--cut-off needs a time as HH:MM'],
    ['an unknown language', ['--received', '2025-04-24T09:00:00+07:00', '--same-day', '--lang', 'fr'], '--lang must be vi or en'],
    ['an unknown option', ['--received', '2025-04-24T09:00:00+07:00', '--same-day', '--deadline'], "Unknown option '--deadline'"],
  ])('refuses %s with exit code 2 and a bilingual message', async (_name, args, message) => {
    const { code, stdout, stderr } = await run(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr.startsWith('motcua deadline: ')).toBe(true);
    expect(stderr).not.toMatch(/\n\s+at /);
    if (!message.startsWith('Unknown option')) expect(stderr).toContain(' / ');
  });

  it.each([
    ['a syntax error', '{ "id": "x", ', ['bad.json:1:14  json.syntax']],
    ['schema errors', JSON.stringify({ ...WARD, title: { vi: 'Phường' }, timeZone: 'Asia/Bangkok', colour: 'red' }, null, 2), [
      'bad.json:3:3  schema.required  Missing required property "en". (/title)',
      'bad.json:6:3  schema.anyOf  "Asia/Bangkok" matches none of the allowed forms: "Asia/Ho_Chi_Minh" or ',
      'schema.unknown-property  Property "colour" is not part of the schema. (/colour)',
    ]],
    ['office hours out of order', JSON.stringify({ ...WARD, officeHours: [{ effectiveFrom: '2025-07-01', intervals: [{ start: '13:00', end: '16:30' }, { start: '08:00', end: '12:00' }] }] }, null, 2), [
      'calendar.inconsistent  Inconsistent calendar: intervals must be in order and must not overlap (/officeHours/0/intervals/1/start)',
    ]],
  ])('reports a calendar file with %s like motcua validate, exit code 1', async (_name, text, lines) => {
    await writeFile(path.join(dir, 'bad.json'), text);
    const { code, stdout } = await run('--received', '2025-09-08T09:00:00+07:00', '--same-day', '--calendar', 'bad.json', '--lang', 'en');
    expect(code).toBe(1);
    for (const line of lines) expect(stdout).toContain(line);
    expect(stdout).toMatch(/^bad\.json:\d+:\d+ {2}/);
  });

  it('reports a calendar file that does not exist', async () => {
    const { code, stdout } = await run('--received', '2025-09-08T09:00:00+07:00', '--same-day', '--calendar', 'missing.json');
    expect(code).toBe(1);
    expect(stdout).toBe('missing.json:1:1  io.not-found  Không tìm thấy tệp.  Gợi ý: Kiểm tra đường dẫn.\n');
  });

  it('reports calendar problems as JSON with --json', async () => {
    await writeFile(path.join(dir, 'bad.json'), JSON.stringify({ ...WARD, effectiveFrom: '2025-02-30' }));
    const { code, stdout } = await run('--received', '2025-09-08T09:00:00+07:00', '--same-day', '--calendar', 'bad.json', '--json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ valid: false, file: 'bad.json', errors: [{ code: 'schema.format', pointer: '/effectiveFrom', line: 1 }] });
  });

  it('prints its help', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('--working-days N');
  });
});
