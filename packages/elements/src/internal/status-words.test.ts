import { describe, expect, it } from 'vitest';
import { dueInWords, stateInWords, statusWords } from './status-words.js';

describe('stateInWords', () => {
  it('says status codes 1–10 in Vietnamese and in English', () => {
    expect(stateInWords('reception', 1, 'vi')).toBe('Mới nộp, chờ tiếp nhận');
    expect(stateInWords('processing', 4, 'en')).toBe('Being processed');
    expect(stateInWords('awaiting-supplement', 5, 'en')).toBe('Awaiting documents');
    expect(stateInWords('handed-over', 10, 'vi')).toBe('Đã trả kết quả');
    expect(Array.from({ length: 10 }, (_, index) => stateInWords('x', index + 1, 'en')).every((words) => words !== 'x')).toBe(true);
  });

  it('names refused and draft dossiers by state, and falls back to the state name', () => {
    expect(stateInWords('refused', 3, 'vi')).toBe('Bị từ chối, đã trả lại hồ sơ');
    expect(stateInWords('draft', null, 'en')).toBe('Draft, not submitted');
    expect(stateInWords('appraisal', null, 'en')).toBe('appraisal');
    expect(stateInWords('appraisal', 11, 'vi')).toBe('appraisal');
  });
});

describe('dueInWords', () => {
  it('says how a due date stands in words', () => {
    expect(dueInWords('overdue', 'vi')).toBe('Quá hạn');
    expect(dueInWords('due-soon', 'en')).toBe('Due soon');
    expect(dueInWords('on-time', 'en')).toBe('On time');
  });

  it('has the same keys in both languages', () => {
    expect(Object.keys(statusWords.en)).toEqual(Object.keys(statusWords.vi));
  });
});
