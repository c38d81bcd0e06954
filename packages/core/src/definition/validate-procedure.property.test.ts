import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateProcedure } from './validate-procedure.js';

const root = path.resolve(import.meta.dirname, '../../../..');
const sources = [
  path.join(root, 'test/fixtures/procedures/valid/minimal.json'),
  ...readdirSync(path.join(root, 'examples/procedures')).filter((f) => f.endsWith('.json')).map((f) => path.join(root, 'examples/procedures', f)),
];
const procedures = sources.map((file) => JSON.parse(readFileSync(file, 'utf8')) as unknown);

/** Every place in a JSON value, as a path of keys and indexes. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

/** Replaces, deletes or renames what sits at `at` in a deep copy of `value`. */
function mutate(value: unknown, at: (string | number)[], kind: 'replace' | 'delete' | 'rename', replacement: unknown): unknown {
  const copy = structuredClone(value);
  if (at.length === 0) return replacement;
  let parent = copy as Record<string | number, unknown>;
  for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = at[at.length - 1]!;
  if (kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (kind === 'rename' && !Array.isArray(parent)) {
    parent[`${String(last)}x`] = parent[last];
    delete parent[last];
  } else parent[last] = replacement;
  return copy;
}

function assertWellFormed(result: ReturnType<typeof validateProcedure>, fromText: boolean): void {
  expect(typeof result.valid).toBe('boolean');
  expect(result.valid).toBe(result.errors.length === 0);
  for (const error of result.errors) {
    expect(error.code).toMatch(/^[a-z]+\.[a-zA-Z-]+$/);
    expect(typeof error.pointer).toBe('string');
    expect(error.pointer === '' || error.pointer.startsWith('/')).toBe(true);
    expect(error.message.vi.length).toBeGreaterThan(0);
    expect(error.message.en.length).toBeGreaterThan(0);
    if (fromText) {
      expect(error.line).toBeGreaterThanOrEqual(1);
      expect(error.column).toBeGreaterThanOrEqual(1);
    }
    expect(error.code).not.toBe('internal.check-failed');
  }
}

describe('validateProcedure never crashes', () => {
  it('on mutations of valid procedures (objects and text)', () => {
    const mutation = fc.record({
      procedure: fc.constantFrom(...procedures),
      pick: fc.nat(),
      kind: fc.constantFrom('replace', 'delete', 'rename') as fc.Arbitrary<'replace' | 'delete' | 'rename'>,
      replacement: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('', 'x', 0, -1, 1.5, null, true, [], {}, 'result-ready', 'join', 'reception')),
    });
    fc.assert(fc.property(mutation, ({ procedure, pick, kind, replacement }) => {
      const all = paths(procedure);
      const mutated = mutate(procedure, all[pick % all.length]!, kind, replacement);
      assertWellFormed(validateProcedure(mutated), false);
      assertWellFormed(validateProcedure(JSON.stringify(mutated, null, 2)), true);
    }), { numRuns: 1000 });
  }, 120_000);

  it('on random JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => assertWellFormed(validateProcedure(value), false)), { numRuns: 500 });
  });

  it('on random text, including truncated procedures', () => {
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom(...sources.map((f) => readFileSync(f, 'utf8'))).chain((t) => fc.nat(t.length).map((n) => t.slice(0, n))),
    );
    fc.assert(fc.property(text, (t) => assertWellFormed(validateProcedure(t), true)), { numRuns: 500 });
  });
});
