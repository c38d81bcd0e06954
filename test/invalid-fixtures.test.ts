import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateProcedure } from '@motcua/core';

/**
 * Broken procedures, each derived from `valid/minimal.json` with one realistic authoring
 * mistake. Beside each `NN-name.json` lies `NN-name.expected.json`, listing exactly the errors
 * (code, pointer, line, column) a careful author expects the checker to report.
 */
const dir = path.resolve(import.meta.dirname, 'fixtures/procedures/invalid');
const entries = readdirSync(dir).sort();
const fixtures = entries.filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));

interface ExpectedError { code: string; pointer: string; line: number; column: number }
interface Expected { description: string; errors: ExpectedError[] }

const sidecar = (file: string) => file.replace(/\.json$/, '.expected.json');
const readExpected = (file: string): Expected => JSON.parse(readFileSync(path.join(dir, sidecar(file)), 'utf8')) as Expected;
const key = (e: { code: string; pointer: string; line?: number; column?: number }) => `${e.line}:${e.column} ${e.code} ${e.pointer}`;
const check = (file: string) => validateProcedure(readFileSync(path.join(dir, file), 'utf8'));

function expectExactErrors(file: string): void {
  const result = check(file);
  expect(result.valid).toBe(false);
  const actual = result.errors.map(key).sort();
  const expected = readExpected(file).errors.map(key).sort();
  expect(actual).toEqual(expected);
}

describe('invalid procedure fixtures', () => {
  it('there are at least 30 fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
  });

  it('every fixture has a sidecar, and every sidecar a fixture', () => {
    expect(fixtures.filter((f) => !existsSync(path.join(dir, sidecar(f))))).toEqual([]);
    const orphans = entries.filter((f) => f.endsWith('.expected.json') && !fixtures.includes(f.replace(/\.expected\.json$/, '.json')));
    expect(orphans).toEqual([]);
  });

  it('every sidecar describes the mistake and lists at least one located error', () => {
    for (const file of fixtures) {
      const { description, errors } = readExpected(file);
      expect(description, file).toMatch(/\S/);
      expect(errors.length, file).toBeGreaterThan(0);
      for (const e of errors) {
        expect(typeof e.code, file).toBe('string');
        expect(typeof e.pointer, file).toBe('string');
        expect(Number.isInteger(e.line) && e.line >= 1, file).toBe(true);
        expect(Number.isInteger(e.column) && e.column >= 1, file).toBe(true);
      }
    }
  });


  it.each(fixtures)('%s reports exactly the expected errors', (file) => {
    expectExactErrors(file);
  });

  it.each(fixtures)('%s: every expected error is found, and every error is explained', (file) => {
    const result = check(file);
    expect(result.valid).toBe(false);
    const actual = result.errors.map(key);
    for (const e of readExpected(file).errors) expect(actual).toContain(key(e));
    for (const error of result.errors) {
      expect(error.message.vi.trim(), key(error)).not.toBe('');
      expect(error.message.en.trim(), key(error)).not.toBe('');
      const suggestion = error.params?.suggestion;
      if (suggestion !== undefined) {
        expect(error.hint, key(error)).toBeDefined();
        expect(error.hint!.vi, key(error)).toContain(String(suggestion));
        expect(error.hint!.en, key(error)).toContain(String(suggestion));
      }
    }
  });
});
