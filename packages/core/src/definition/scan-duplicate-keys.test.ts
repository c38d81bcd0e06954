import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanDuplicateKeys } from './scan-duplicate-keys.js';

describe('scanDuplicateKeys', () => {
  it('finds a repeated key with the pointer of the repeat and its offset', () => {
    const text = '{"a": [{"x": 1}, {"y": {"k": 1, "k": 2}}], "b": "\\"k\\""}';
    expect(scanDuplicateKeys(text)).toEqual([{ key: 'k', pointer: '/a/1/y/k', offset: text.lastIndexOf('"k"') }]);
  });

  it('reads escaped keys and escapes the pointer', () => {
    expect(scanDuplicateKeys('{"a/b": {"\\u0074": 1, "t": 2}}')).toMatchObject([{ key: 't', pointer: '/a~1b/t' }]);
  });

  it('finds every repeated key of random objects, and nothing in JSON.stringify output', () => {
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 1 }), fc.jsonValue(), (object, extra) => {
      const text = JSON.stringify(object);
      const key = Object.keys(object)[0]!;
      const repeated = `${text.slice(0, -1)},${JSON.stringify(key)}:${JSON.stringify(extra)}}`;
      expect(scanDuplicateKeys(repeated).map((d) => d.key)).toEqual([key]);
    }));
  });

  it('finds nothing in JSON produced by JSON.stringify', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => { expect(scanDuplicateKeys(JSON.stringify(value, null, 1))).toEqual([]); }));
  });
});

