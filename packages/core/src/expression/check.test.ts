import { describe, expect, it } from 'vitest';
import { checkExpression, inferExpressionType } from './check.js';
import { collectReferences } from './collect-references.js';
import type { CheckEnvironment, ExpressionIssue, FieldType } from './types.js';

const env: CheckEnvironment = {
  fields: new Map<string, FieldType>([
    ['age', 'integer'],
    ['income', 'number'],
    ['fullName', 'string'],
    ['isPoor', 'boolean'],
    ['gender', { type: 'string', enum: ['nam', 'nữ'] }],
    ['level', { type: 'integer', enum: [1, 2, 3] }],
    ['child', 'object'],
    ['child.birthDate', 'date'],
    ['child.name', 'string'],
    ['applicants', 'array'],
    ['applicants.*', 'object'],
    ['applicants.*.name', 'string'],
    ['tags', 'array'],
    ['extra', 'object'],
    ['anything', 'unknown'],
  ]),
  documents: ['cccd', 'birth-certificate'],
  cases: ['first-issue', 'reissue'],
};

function only(expr: unknown, pointer = '/guard'): ExpressionIssue {
  const issues = checkExpression(expr, env, pointer);
  expect(issues).toHaveLength(1);
  const [issue] = issues as [ExpressionIssue];
  expect(issue.message.vi).not.toBe('');
  expect(issue.message.en).not.toBe('');
  expect(issue.message.en).toContain(issue.pointer);
  return issue;
}

describe('checkExpression', () => {
  it('accepts sound expressions', () => {
    const sound = [
      { and: [{ '>=': [{ var: 'age' }, 18] }, { '==': [{ var: 'gender' }, 'nữ'] }, { '!': { var: '$documents.cccd' } }] },
      { '<': [{ 'days-between': [{ var: 'child.birthDate' }, { var: '$today' }] }, 365] },
      { '<': [{ var: 'child.birthDate' }, '2025-01-01'] },
      { in: [{ var: '$case' }, ['first-issue', 'reissue']] },
      { in: [{ var: '$channel' }, ['online', 'postal']] },
      { in: ['An', { var: 'applicants.0.name' }] },
      { in: ['x', { var: 'tags' }] },
      { '==': [{ var: 'fullName' }, null] },
      { '==': [{ var: 'extra.anything.below' }, 1] },
      { '==': [{ var: 'anything.else' }, 'x'] },
      { if: [{ var: 'isPoor' }, 0, { '*': [{ var: 'income' }, 0.01] }] },
      { or: [{ var: '$prefilled.child.name' }, { present: 'child.name' }] },
      { '==': [{ var: ['level', 1] }, 2] },
    ];
    for (const expr of sound) expect(checkExpression(expr, env, '/guard')).toEqual([]);
  });

  it('reports expression.malformed', () => {
    expect(only([{ var: 'age' }])).toMatchObject({ code: 'expression.malformed', pointer: '/guard', params: { reason: 'array' } });
    expect(only({ var: 'age', default: 1 })).toMatchObject({ params: { reason: 'keys', keys: ['var', 'default'] } });
    expect(only({ var: 'age', default: 1 }).hint?.en).toContain('{"var": ["path", <default>]}');
    expect(only({ var: 'a..b' })).toMatchObject({ pointer: '/guard/var', params: { reason: 'path' } });
    expect(only({ var: 7 })).toMatchObject({ params: { reason: 'path-type', found: '7' } });
    expect(only({ var: ['age', [1]] })).toMatchObject({ pointer: '/guard/var/1', params: { reason: 'default' } });
    expect(only({ in: [{ var: 'age' }, [1, { var: 'level' }]] })).toMatchObject({ pointer: '/guard/in/1/1', params: { reason: 'list-item' } });
    expect(only({ present: '$documents.cccd' })).toMatchObject({ pointer: '/guard/present', params: { reason: 'present-path' } });
  });

  it('reports expression.unknown-operator with a suggestion', () => {
    expect(only({ and: [{ '===': [1, 1] }] })).toMatchObject({ code: 'expression.unknown-operator', pointer: '/guard/and/0', params: { operator: '===', suggestion: '==' } });
    expect(only({ 'days-betwen': ['2025-01-01', '2025-01-02'] })).toMatchObject({ params: { suggestion: 'days-between' } });
    expect(only({ '&&': [true] }).hint?.en).toContain('Did you mean "and"?');
  });

  it('reports expression.arity and still checks the operands', () => {
    expect(only({ '==': [1, 2, 3] })).toMatchObject({ code: 'expression.arity', pointer: '/guard/==', params: { operator: '==', min: 2, max: 2, found: 3 } });
    expect(only({ and: [] })).toMatchObject({ params: { min: 1, max: null, found: 0 } });
    expect(only({ if: true })).toMatchObject({ params: { found: null } });
    expect(only({ '!': [] })).toMatchObject({ pointer: '/guard/!' });
    expect(only({ var: ['a', 'b', 'c'] })).toMatchObject({ params: { operator: 'var' } });
    const issues = checkExpression({ '==': [{ var: 'nope' }] }, env, '');
    expect(issues.map((issue) => issue.code)).toEqual(['expression.unknown-field', 'expression.arity']);
  });

  it('reports expression.unknown-field with "did you mean"', () => {
    expect(only({ var: 'child.birthdate' })).toMatchObject({ code: 'expression.unknown-field', pointer: '/guard/var', params: { suggestion: 'child.birthDate' } });
    expect(only({ var: 'birthDate' }).hint?.vi).toBe('Có phải ý bạn là "child.birthDate"?');
    expect(only({ var: 'applicants.2.nmae' })).toMatchObject({ params: { suggestion: 'applicants.2.name' } });
    expect(only({ var: ['fullname', ''] })).toMatchObject({ pointer: '/guard/var/0', params: { suggestion: 'fullName' } });
    expect(only({ present: 'child.age' })).toMatchObject({ pointer: '/guard/present', params: { field: 'child.age' } });
    expect(only({ var: 'fullName.first' })).toMatchObject({ code: 'expression.unknown-field' });
    expect(only({ var: '$prefilled.child.nam' })).toMatchObject({ code: 'expression.unknown-field', params: { field: 'child.nam', suggestion: 'child.name' } });
    expect(only({ var: 'zzzzzz' }).hint?.en).toContain('case-sensitive');
  });

  it('reports expression.unknown-document', () => {
    expect(only({ var: '$documents.ccdc' })).toMatchObject({ code: 'expression.unknown-document', params: { document: 'ccdc', suggestion: 'cccd' } });
    expect(only({ var: '$documents.photo' }).hint?.en).toContain('cccd, birth-certificate');
  });

  it('reports expression.unknown-context-variable', () => {
    expect(only({ var: '$now' })).toMatchObject({ code: 'expression.unknown-context-variable', params: { variable: '$now' } });
    expect(only({ var: '$document.cccd' })).toMatchObject({ params: { suggestion: '$documents.cccd' } });
    expect(only({ var: '$documents' }).params).not.toHaveProperty('suggestion');
  });

  it('reports expression.type-mismatch', () => {
    const numberVsText = only({ '==': [{ var: 'age' }, '18'] });
    expect(numberVsText).toMatchObject({ code: 'expression.type-mismatch', pointer: '/guard/==/1', params: { expected: ['number'], found: 'string', value: '18' } });
    expect(numberVsText.hint?.en).toBe('Write the number without quotes: 18, not "18".');
    expect(only({ '<': [{ var: 'isPoor' }, 1] })).toMatchObject({ pointer: '/guard/</0', params: { found: 'boolean' } });
    expect(only({ '<': [{ var: 'age' }, { var: 'fullName' }] })).toMatchObject({ pointer: '/guard/</1', params: { expected: ['number'], found: 'string' } });
    expect(only({ '<': [{ var: 'child.birthDate' }, 'yesterday'] })).toMatchObject({ params: { expected: ['date'], value: 'yesterday' } });
    expect(only({ 'days-between': [{ var: 'fullName' }, { var: '$today' }] })).toMatchObject({ pointer: '/guard/days-between/0', params: { expected: ['date'] } });
    expect(only({ and: [{ var: 'age' }, true] })).toMatchObject({ pointer: '/guard/and/0', params: { expected: ['boolean'], found: 'number' } });
    expect(only({ '!': { var: 'fullName' } })).toMatchObject({ pointer: '/guard/!', params: { operator: '!' } });
    expect(only({ if: ['yes', 1, 2] })).toMatchObject({ pointer: '/guard/if/0' });
    expect(only({ '+': [{ var: 'age' }, '1'] })).toMatchObject({ pointer: '/guard/+/1', params: { expected: ['number'] } });
    expect(only({ '/': [{ var: 'income' }, null] })).toMatchObject({ pointer: '/guard/~1/1', params: { found: 'null' } });
    expect(only({ '==': [{ var: 'isPoor' }, 'true'] }).hint?.en).toBe('Write true without quotes.');
    expect(only({ in: [{ var: 'age' }, [18, '19']] })).toMatchObject({ pointer: '/guard/in/1/1' });
    expect(only({ in: [1, { var: 'age' }] })).toMatchObject({ pointer: '/guard/in/1', params: { expected: ['string', 'array'] } });
    expect(only({ var: ['age', 'none'] })).toMatchObject({ pointer: '/guard/var/1', params: { operator: 'var' } });
  });

  it('reports expression.enum-mismatch with the allowed values', () => {
    const issue = only({ '==': [{ var: 'gender' }, 'Nu'] });
    expect(issue).toMatchObject({ code: 'expression.enum-mismatch', pointer: '/guard/==/1', params: { field: 'gender', value: 'Nu', allowed: ['nam', 'nữ'], suggestion: 'nữ' } });
    expect(issue.hint?.en).toBe('Did you mean "nữ"? Use one of: "nam", "nữ".');
    expect(only({ '!=': [4, { var: 'level' }] })).toMatchObject({ pointer: '/guard/!=/0', params: { allowed: [1, 2, 3] } });
    expect(only({ in: [{ var: '$channel' }, ['online', 'postl']] })).toMatchObject({ pointer: '/guard/in/1/1', params: { field: '$channel', suggestion: 'postal' } });
    expect(checkExpression({ '==': [{ var: 'gender' }, null] }, env)).toEqual([]);
  });

  it('reports expression.unknown-case', () => {
    expect(only({ '==': [{ var: '$case' }, 'reisue'] })).toMatchObject({ code: 'expression.unknown-case', params: { case: 'reisue', cases: ['first-issue', 'reissue'], suggestion: 'reissue' } });
    expect(only({ in: [{ var: '$case' }, ['first-issue', 'renewal']] })).toMatchObject({ pointer: '/guard/in/1/1' });
    expect(checkExpression({ '==': [{ var: '$case' }, 'anything'] }, { ...env, cases: undefined })).toEqual([]);
  });

  it('accepts fields and documents as plain records and arrays, and a root pointer', () => {
    const issues = checkExpression({ var: 'b' }, { fields: { a: 'string' }, documents: new Set<string>() });
    expect(issues).toMatchObject([{ code: 'expression.unknown-field', pointer: '/var' }]);
    expect(issues[0]?.message.en.startsWith('/var:')).toBe(true);
    expect(checkExpression([], env)[0]?.message.vi.startsWith('(gốc):')).toBe(true);
  });

  it('never throws on cyclic or non-JSON input', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.and = [cyclic];
    expect(() => checkExpression(cyclic, env)).not.toThrow();
    expect(() => checkExpression({ var: ['a', () => 1] }, env)).not.toThrow();
    expect(checkExpression(undefined, env)[0]?.params).toMatchObject({ reason: 'value', found: 'undefined' });
  });
});

describe('inferExpressionType', () => {
  it.each<[unknown, string]>([
    [{ var: 'age' }, 'number'],
    [{ var: 'child.birthDate' }, 'date'],
    [{ var: '$today' }, 'date'],
    [{ var: '$documents.cccd' }, 'boolean'],
    [{ var: 'extra.x' }, 'unknown'],
    [{ 'days-between': ['2025-01-01', { var: '$today' }] }, 'number'],
    [{ if: [true, 'a', null] }, 'string'],
    [{ if: [true, 'a', 1] }, 'unknown'],
    [{ in: ['a', ['a']] }, 'boolean'],
    ['x', 'string'],
    [null, 'null'],
    [{ bogus: 1 }, 'unknown'],
  ])('%j is %s', (expr, type) => {
    expect(inferExpressionType(expr, env)).toBe(type);
  });
});

describe('collectReferences', () => {
  it('lists fields, documents and context variables once, in order', () => {
    const expr = {
      and: [
        { present: 'email' },
        { '==': [{ var: ['child.name', ''] }, { var: 'email' }] },
        { var: '$documents.cccd' },
        { or: [{ var: '$prefilled.child.name' }, { in: [{ var: '$case' }, ['a']] }] },
      ],
    };
    expect(collectReferences(expr)).toEqual({
      fields: ['email', 'child.name'],
      documents: ['cccd'],
      context: ['$documents.cccd', '$prefilled.child.name', '$case'],
    });
  });

  it('is best effort on malformed input', () => {
    expect(collectReferences({ and: [{ var: 'a' }, { bogus: { var: 'b' } }, { var: '$nope' }, 'x'] })).toEqual({ fields: ['a'], documents: [], context: [] });
    expect(collectReferences(undefined)).toEqual({ fields: [], documents: [], context: [] });
  });
});
