import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeDueDate, evaluateCondition, validateProcedure } from '@motcua/core';

// The code shown in README.md, run as written, so the documentation cannot drift from the code.
describe('README examples', () => {
  const readme = readFileSync(path.resolve(import.meta.dirname, '../README.md'), 'utf8');

  it('the due date of a same-day dossier received at 16:00 before Tết 2026', () => {
    const { dueAt } = computeDueDate({ receivedAt: '2026-02-13T16:00:00+07:00', term: { unit: 'same-day' } });
    expect(dueAt).toBe('2026-02-23T17:00:00+07:00');
    expect(readme).toContain(`// → '${dueAt}'`);
  });

  it('a condition', () => {
    expect(evaluateCondition({ '>': [{ var: 'copies' }, 2] }, { data: { copies: 3 } })).toBe(true);
  });

  it('the validate output line for a misspelt role', () => {
    const text = readFileSync(path.resolve(import.meta.dirname, 'fixtures/procedures/valid/minimal.json'), 'utf8').replace('"role": "chair"', '"role": "chiar"');
    const [e] = validateProcedure(text).errors;
    expect(readme).toContain(`p.json:${e!.line}:${e!.column}  ${e!.code}  ${e!.message.vi} (${e!.pointer})  Gợi ý: ${e!.hint!.vi}`);
  });
});
