import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateProcedure } from './validate-procedure.js';

const minimalText = readFileSync(path.resolve(import.meta.dirname, '../../../../test/fixtures/procedures/valid/minimal.json'), 'utf8');
const minimal = () => JSON.parse(minimalText) as Record<string, any>;

describe('validateProcedure', () => {
  it('accepts a valid procedure as text or as an object, and returns the parsed value', () => {
    const fromText = validateProcedure(minimalText);
    expect(fromText).toMatchObject({ valid: true, errors: [] });
    expect((fromText.value as { code: string }).code).toBe('local.minimal');
    expect(validateProcedure(minimal()).valid).toBe(true);
  });

  it('locates errors in the text by line and column, at the property name', () => {
    const text = minimalText.replace('"role": "chair"', '"role": "chiar"');
    const [error] = validateProcedure(text).errors;
    const line = text.split('\n').findIndex((l) => l.includes('"role": "chiar"')) + 1;
    expect(error).toMatchObject({ code: 'ref.unknown-role', pointer: '/workflow/steps/1/role', line, column: text.split('\n')[line - 1]!.indexOf('"role"') + 1 });
    expect(error!.hint).toEqual({ vi: 'Có phải ý bạn là "chair"?', en: 'Did you mean "chair"?' });
  });

  it('reports every schema error at once, with did-you-mean for misspelled properties', () => {
    const p = minimal();
    p.components[0].originalz = p.components[0].originals;
    delete p.components[0].originals;
    p.deadline.term.unit = 'working-day';
    const codes = validateProcedure(p).errors.map((e) => [e.code, e.pointer, e.hint?.en]);
    expect(codes).toEqual(expect.arrayContaining([
      ['schema.required', '/components/0', 'Add "originals" to this object.'],
      ['schema.unknown-property', '/components/0/originalz', 'Did you mean "originals"?'],
      ['schema.enum', '/deadline/term/unit', 'Did you mean "working-days"?'],
    ]));
  });

  it('refuses a required field whose question, or its page, is shown only under a condition', () => {
    const byQuestion = minimal();
    byQuestion.form.data.required.push('urgent');
    byQuestion.form.layout.pages[0].fields[3].visibleWhen = { '>': [{ var: 'copies' }, 1] };
    expect(validateProcedure(byQuestion).errors.map((e) => [e.code, e.pointer, e.params])).toEqual([
      ['form.required-but-conditional', '/form/layout/pages/0/fields/3/visibleWhen', { field: 'urgent' }],
    ]);
    const byPage = minimal();
    byPage.form.layout.pages[0].visibleWhen = { '>': [{ var: 'copies' }, 1] };
    expect(validateProcedure(byPage).errors.map((e) => [e.code, e.pointer, e.params])).toEqual([
      ['form.required-but-conditional', '/form/layout/pages/0/visibleWhen', { field: 'fullName' }],
      ['form.required-but-conditional', '/form/layout/pages/0/visibleWhen', { field: 'copies' }],
    ]);
    // The same condition as requiredWhen, and the field out of required, is the fix the hint gives.
    const fixed = minimal();
    fixed.form.layout.pages[0].fields[3].visibleWhen = { '>': [{ var: 'copies' }, 1] };
    fixed.form.layout.pages[0].fields[3].requiredWhen = { '>': [{ var: 'copies' }, 1] };
    expect(validateProcedure(fixed).errors).toEqual([]);
  });

  it('runs the meaning checks only on a schema-valid document', () => {
    const p = minimal();
    p.workflow.steps[1].role = 'nobody';
    delete p.title;
    expect(validateProcedure(p).errors.map((e) => e.code)).toEqual(['schema.required']);
  });

  it('reports malformed JSON with its position and nothing else', () => {
    const result = validateProcedure('{\n  "code": "local.x",\n}\n');
    expect(result.errors).toMatchObject([{ code: 'json.syntax', line: 3, column: 1, params: { error: 'TrailingComma' } }]);
    expect(validateProcedure('')).toMatchObject({ valid: false, errors: [{ code: 'json.empty' }] });
  });

  it('ignores a byte-order mark', () => {
    expect(validateProcedure(`\uFEFF${minimalText}`).valid).toBe(true);
  });

  it('reports a duplicate key, which JSON.parse would silently drop', () => {
    const text = minimalText.replace('"version": "1.0.0",', '"version": "1.0.0",\n  "version": "2.0.0",');
    expect(validateProcedure(text).errors).toMatchObject([{ code: 'json.duplicate-key', pointer: '/version', line: 5 }]);
  });

  it('checks the sum of allowances on the longest path against the legal term', () => {
    const p = minimal();
    p.deadline.term = { unit: 'working-days', value: 2 };
    const [error] = validateProcedure(p).errors;
    expect(error).toMatchObject({ code: 'workflow.over-deadline', params: { hours: 20, legalHours: 16, path: ['reception', 'approval'] } });
  });
});
