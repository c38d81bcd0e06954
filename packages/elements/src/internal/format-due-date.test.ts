import { describe, expect, it } from 'vitest';
import { dueStateOf, formatDueDate } from './format-due-date.js';
import { dossierStatusMessages } from '../components/dossier-status/dossier-status.messages.js';
import { toLang, translate } from './localize.js';

describe('formatDueDate', () => {
  it('writes the due date in Vietnam time, vi and en', () => {
    expect(formatDueDate('2026-02-23T17:00:00+07:00', 'vi')).toBe('17:00, thứ Hai 23/02/2026');
    expect(formatDueDate('2026-02-23T17:00:00+07:00', 'en')).toBe('17:00, Monday 23 February 2026');
    expect(formatDueDate('2026-03-01T01:30:00Z', 'vi')).toBe('08:30, Chủ nhật 01/03/2026');
    expect(formatDueDate('not a date', 'en')).toBeNull();
  });

  it('tells overdue, due soon and on time apart', () => {
    const now = new Date('2026-02-22T09:00:00+07:00');
    expect(dueStateOf('2026-02-22T08:59:00+07:00', now)).toBe('overdue');
    expect(dueStateOf('2026-02-23T17:00:00+07:00', now)).toBe('due-soon');
    expect(dueStateOf('2026-03-02T17:00:00+07:00', now)).toBe('on-time');
    expect(dueStateOf(null, now)).toBeNull();
  });
});

describe('translate', () => {
  it('fills placeholders and follows the language tag', () => {
    expect(translate(dossierStatusMessages, 'result-title', toLang('en-GB'), { code: 'X-1' })).toBe('Dossier X-1');
    expect(translate(dossierStatusMessages, 'result-title', toLang(null), { code: 'X-1' })).toBe('Hồ sơ X-1');
    expect(toLang('vi-VN')).toBe('vi');
  });
});
