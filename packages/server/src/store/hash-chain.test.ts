import { describe, expect, it } from 'vitest';
import { canonicalJson, GENESIS_HASH, hashEventRecord, type EventRecord } from './hash-chain.js';

/** The first implementation (until c2ba66b), which hashed values after a JSON round trip: the reference for plain JSON. */
function firstCanonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map((item) => firstCanonicalJson(item)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${firstCanonicalJson(item)}`).join(',')}}`;
}

/** A seeded pseudo-random JSON value (numbers, strings with Vietnamese and escapes, nesting, shuffled keys). */
function randomJson(seed: number): unknown {
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const words = ['a', 'Đ', 'đủ', 'z', 'key "q"', 'ă\\n', '\u0001', '10', '2', 'aa', 'A', 'é', '😀'];
  const make = (depth: number): unknown => {
    const pick = Math.floor(next() * (depth > 3 ? 5 : 7));
    if (pick === 0) return null;
    if (pick === 1) return next() < 0.5;
    if (pick === 2) return Math.round((next() - 0.5) * 1e6) / (next() < 0.5 ? 1 : 1000);
    if (pick === 3 || pick === 4) return words[Math.floor(next() * words.length)]! + String(Math.floor(next() * 3));
    if (pick === 5) return Array.from({ length: Math.floor(next() * 4) }, () => make(depth + 1));
    return Object.fromEntries(Array.from({ length: Math.floor(next() * 5) }, () => [words[Math.floor(next() * words.length)]!, make(depth + 1)]));
  };
  return make(0);
}

const record: EventRecord = {
  dossierId: 'd-1', seq: 1, at: '2026-03-02T02:00:00.000Z', actorId: 'demo-reception-officer', actorAgency: '000.00.01.H26', role: 'reception-officer',
  type: 'reception.accept', payload: { reason: 'Hồ sơ đủ thành phần', missingComponents: ['giay-to-cu-tru'], nested: { z: 1, a: [1, 2.5, null, 'x'], 'Đ': true } },
  fromState: 'submitted', state: 'appraisal', status: 2, dueAt: '2026-03-09T10:00:00.000Z',
  dueChange: { kind: 'started', previousDueAt: null, dueAt: '2026-03-09T17:00:00+07:00' },
};

describe('canonicalJson and hashEventRecord', () => {
  it('keeps the hashes of logs already written (computed by the first implementation)', () => {
    const first = hashEventRecord(GENESIS_HASH, record);
    expect(first).toBe('bf8516614051f6ea30da69fff15f538ae869ede818253e00c8aa2081ea1de9b6');
    const second = { ...record, seq: 2, type: 'appraisal.forward', payload: {}, dueChange: null, actorAgency: null, status: null, dueAt: null };
    expect(hashEventRecord(first, second)).toBe('044ccb0262edb46508fff882fa431fd49bd2eb083ef0e127d1600fcaa8bf136a');
  });

  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: [{ y: 1, x: 'đ' }], a: null, 'Đ': 1, A: 2 })).toBe('{"A":2,"a":null,"b":[{"x":"đ","y":1}],"Đ":1}');
  });

  it('gives the first implementation\'s text for any plain JSON value', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const value = randomJson(seed);
      expect(canonicalJson(value), JSON.stringify(value)).toBe(firstCanonicalJson(value));
    }
  });

  it('gives the same text before and after a JSON round trip, as JSON.stringify would', () => {
    const odd = {
      when: new Date('2026-03-02T02:00:00Z'), gone: undefined, fn: () => 1, sym: Symbol('s'), nan: Number.NaN, inf: -Infinity, negativeZero: -0,
      list: [undefined, () => 1, Number.NaN, new Date(0), 1e21], sparse: [1, , 3], custom: { toJSON: () => ({ b: 1, a: [2] }) }, boxed: [new String('s'), new Number(2), new Boolean(false)],
      nested: { deep: { undefinedOnly: undefined } },
    };
    const trip = JSON.parse(JSON.stringify(odd)) as unknown;
    expect(canonicalJson(odd)).toBe(canonicalJson(trip));
    expect(canonicalJson(trip)).toBe(firstCanonicalJson(trip));
    expect(canonicalJson(undefined)).toBe('null');
    expect(() => canonicalJson({ big: 1n })).toThrow(TypeError);
  });

  it('hashes a record the same before and after the database\'s round trip', () => {
    const written = { ...record, payload: { note: 'x', skipped: undefined, at: new Date('2026-03-02T02:00:00Z') } };
    expect(hashEventRecord(GENESIS_HASH, written)).toBe(hashEventRecord(GENESIS_HASH, JSON.parse(JSON.stringify(written)) as EventRecord));
  });
});
