import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, suggestClosest } from './suggest.js';

describe('editDistance', () => {
  it.each<[string, string, number]>([
    ['', '', 0],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['brithDate', 'birthDate', 1],
    ['ca', 'ac', 1],
    ['abc', 'abc', 0],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  it('is a symmetric premetric bounded by the longer length', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const d = editDistance(a, b);
        expect(d).toBe(editDistance(b, a));
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});

describe('suggestClosest', () => {
  it('finds typos, case slips and missing diacritics', () => {
    expect(suggestClosest('child.birthdate', ['child.birthDate', 'child.name'])).toBe('child.birthDate');
    expect(suggestClosest('adress', ['address', 'email'])).toBe('address');
    expect(suggestClosest('Nu', ['nam', 'nữ'])).toBe('nữ');
    expect(suggestClosest('giay-to-dat', ['giấy-tờ-đất', 'cccd'])).toBe('giấy-tờ-đất');
  });

  it('prefers the candidate closest as written, then the earlier one', () => {
    expect(suggestClosest('Email', ['email', 'EMAIL'])).toBe('email');
    expect(suggestClosest('abcd', ['abce', 'abcf'])).toBe('abce');
  });

  it('suggests nothing when nothing is close', () => {
    expect(suggestClosest('zzz', ['child.name'])).toBeUndefined();
    expect(suggestClosest('c', ['a', 'b'])).toBeUndefined();
    expect(suggestClosest('x', [])).toBeUndefined();
    expect(suggestClosest('abcdef', ['abcxyz'], { maxDistance: 2 })).toBeUndefined();
    expect(suggestClosest('abcdef', ['abcxyz'], { maxDistance: 3 })).toBe('abcxyz');
  });
});
