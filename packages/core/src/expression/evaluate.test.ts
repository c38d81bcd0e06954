import { describe, expect, it } from 'vitest';
import { compileExpression } from './compile.js';
import { evaluateCondition, evaluateExpression } from './evaluate.js';
import { ExpressionError } from './expression-error.js';
import type { ExpressionContext } from './types.js';

const data = {
  age: 20,
  zero: 0,
  income: 1500000.5,
  name: 'Nguyễn Văn An',
  blank: '   ',
  empty: '',
  isPoor: true,
  notPoor: false,
  nothing: null,
  tags: ['a', 'b', { k: 1 }],
  noTags: [],
  child: { birthDate: '2020-02-29', name: 'Bé' },
  applicants: [{ name: 'An' }, { name: 'Bình' }],
  emptyObject: {},
  numericText: '18',
};
const context: ExpressionContext = {
  channel: 'online',
  case: 'first-issue',
  role: 'citizen',
  today: '2025-03-01',
  documents: new Set(['cccd']),
  prefilled: ['child.name'],
};
const env = { data, context };

type Row = [label: string, expr: unknown, expected: unknown];

const rows: Record<string, Row[]> = {
  literal: [
    ['string', 'x', 'x'],
    ['number', 1.5, 1.5],
    ['boolean', false, false],
    ['null', null, null],
  ],
  var: [
    ['field', { var: 'age' }, 20],
    ['nested', { var: 'child.birthDate' }, '2020-02-29'],
    ['array index', { var: 'applicants.1.name' }, 'Bình'],
    ['index out of range', { var: 'applicants.5.name' }, null],
    ['non-canonical index', { var: 'applicants.01.name' }, null],
    ['missing', { var: 'missing.deep.path' }, null],
    ['into a string', { var: 'name.length' }, null],
    ['prototype key', { var: 'constructor' }, null],
    ['default when missing', { var: ['missing', 5] }, 5],
    ['default when null', { var: ['nothing', 'x'] }, 'x'],
    ['no default for 0', { var: ['zero', 5] }, 0],
    ['no default for empty string', { var: ['empty', 'x'] }, ''],
    ['whole array', { var: 'noTags' }, []],
    ['$channel', { var: '$channel' }, 'online'],
    ['$case', { var: '$case' }, 'first-issue'],
    ['$role', { var: '$role' }, 'citizen'],
    ['$today', { var: '$today' }, '2025-03-01'],
    ['$documents provided', { var: '$documents.cccd' }, true],
    ['$documents missing', { var: '$documents.photo' }, false],
    ['$prefilled', { var: '$prefilled.child.name' }, true],
    ['$prefilled not', { var: '$prefilled.name' }, false],
  ],
  '==': [
    ['equal numbers', { '==': [{ var: 'age' }, 20] }, true],
    ['no coercion', { '==': [{ var: 'numericText' }, 18] }, false],
    ['null is not false', { '==': [null, false] }, false],
    ['missing equals null', { '==': [{ var: 'missing' }, null] }, true],
    ['structural arrays', { '==': [{ var: 'noTags' }, { var: 'noTags' }] }, true],
    ['dates as strings', { '==': [{ var: 'child.birthDate' }, '2020-02-29'] }, true],
  ],
  '!=': [
    ['different', { '!=': [{ var: '$channel' }, 'postal'] }, true],
    ['same', { '!=': [{ var: 'age' }, 20] }, false],
    ['no coercion', { '!=': ['1', 1] }, true],
  ],
  '<': [
    ['numbers', { '<': [{ var: 'age' }, 21] }, true],
    ['ISO dates', { '<': [{ var: 'child.birthDate' }, { var: '$today' }] }, true],
    ['mixed types are false', { '<': [{ var: 'numericText' }, 100] }, false],
    ['null is false', { '<': [null, 1] }, false],
    ['booleans are false', { '<': [false, true] }, false],
  ],
  '<=': [
    ['equal', { '<=': [20, { var: 'age' }] }, true],
    ['greater', { '<=': [21, { var: 'age' }] }, false],
  ],
  '>': [
    ['numbers', { '>': [{ var: 'income' }, 0] }, true],
    ['strings', { '>': ['b', 'a'] }, true],
    ['missing is false', { '>': [{ var: 'missing' }, 0] }, false],
  ],
  '>=': [
    ['adult', { '>=': [{ var: 'age' }, 18] }, true],
    ['mixed', { '>=': ['20', 18] }, false],
  ],
  and: [
    ['all true', { and: [true, { '==': [1, 1] }] }, true],
    ['one false', { and: [true, false] }, false],
    ['no truthiness', { and: [1, 'x'] }, false],
    ['single operand', { and: [{ var: 'isPoor' }] }, true],
    ['short-circuit skips the rest', { and: [false, { var: 'missing' }] }, false],
  ],
  or: [
    ['one true', { or: [false, { var: 'isPoor' }] }, true],
    ['none true', { or: [false, null, 'true'] }, false],
  ],
  '!': [
    ['bare', { '!': { var: 'notPoor' } }, true],
    ['wrapped', { '!': [{ var: 'isPoor' }] }, false],
    ['null is not true', { '!': null }, true],
    ['a string is not true', { '!': 'x' }, true],
  ],
  in: [
    ['in literal list', { in: [{ var: '$case' }, ['first-issue', 'reissue']] }, true],
    ['not in list', { in: [{ var: '$channel' }, ['postal']] }, false],
    ['strict membership', { in: ['1', [1, 2]] }, false],
    ['null in list', { in: [{ var: 'missing' }, [null]] }, true],
    ['empty list', { in: ['x', []] }, false],
    ['substring', { in: ['Văn', { var: 'name' }] }, true],
    ['not a substring', { in: ['Thị', { var: 'name' }] }, false],
    ['number in a string', { in: [1, '1'] }, false],
    ['array field membership', { in: ['b', { var: 'tags' }] }, true],
    ['structural array membership', { in: [{ var: 'tags.2' }, { var: 'tags' }] }, true],
    ['non-string haystack', { in: ['a', { var: 'age' }] }, false],
  ],
  if: [
    ['then', { if: [{ var: 'isPoor' }, 0, 50000] }, 0],
    ['else', { if: [{ var: 'notPoor' }, 0, 50000] }, 50000],
    ['null condition goes to else', { if: [{ var: 'missing' }, 'a', 'b'] }, 'b'],
  ],
  '+': [
    ['sum', { '+': [1, 2, 3] }, 6],
    ['non-number gives null', { '+': [1, { var: 'numericText' }] }, null],
    ['missing gives null', { '+': [{ var: 'missing' }, 1] }, null],
  ],
  '-': [
    ['difference', { '-': [10, 4] }, 6],
    ['negation', { '-': [{ var: 'age' }] }, -20],
    ['non-number', { '-': ['x'] }, null],
  ],
  '*': [
    ['product', { '*': [{ var: 'age' }, 2000] }, 40000],
    ['boolean is not a number', { '*': [true, 2] }, null],
    ['overflow gives null', { '*': [1e308, 10] }, null],
  ],
  '/': [
    ['quotient', { '/': [10, 4] }, 2.5],
    ['division by zero', { '/': [1, { var: 'zero' }] }, null],
    ['zero by zero', { '/': [0, 0] }, null],
  ],
  min: [
    ['smallest', { min: [3, { var: 'age' }, -1] }, -1],
    ['single', { min: [7] }, 7],
    ['non-number', { min: [1, null] }, null],
  ],
  max: [
    ['largest', { max: [3, { var: 'age' }] }, 20],
    ['non-number', { max: ['9', 1] }, null],
  ],
  'days-between': [
    ['leap day to today', { 'days-between': [{ var: 'child.birthDate' }, { var: '$today' }] }, 1827],
    ['negative', { 'days-between': ['2025-03-01', '2025-02-28'] }, -1],
    ['across a leap February', { 'days-between': ['2024-02-28', '2024-03-01'] }, 2],
    ['same day', { 'days-between': ['2025-01-01', '2025-01-01'] }, 0],
    ['not a real date', { 'days-between': ['2025-02-29', '2025-03-01'] }, null],
    ['date-time is not a date', { 'days-between': ['2025-01-01T00:00:00Z', '2025-01-02'] }, null],
    ['missing', { 'days-between': [{ var: 'missing' }, '2025-01-02'] }, null],
  ],
  present: [
    ['filled', { present: 'name' }, true],
    ['zero is an answer', { present: 'zero' }, true],
    ['false is an answer', { present: 'notPoor' }, true],
    ['blank string', { present: 'blank' }, false],
    ['empty string', { present: 'empty' }, false],
    ['null', { present: 'nothing' }, false],
    ['missing', { present: 'missing' }, false],
    ['empty array', { present: 'noTags' }, false],
    ['empty object', { present: 'emptyObject' }, false],
    ['nested', { present: 'applicants.0.name' }, true],
  ],
};

describe('evaluateExpression', () => {
  for (const [operator, table] of Object.entries(rows)) {
    describe(operator, () => {
      it.each(table)('%s', (_label, expr, expected) => {
        expect(evaluateExpression(expr, env)).toStrictEqual(expected);
        expect(compileExpression(expr)(env)).toStrictEqual(expected);
      });
    });
  }

  it('reads context variables as null, and flags as false, when the context is absent', () => {
    const bare = { data: {} };
    expect(evaluateExpression({ var: '$today' }, bare)).toBeNull();
    expect(evaluateExpression({ var: ['$channel', 'in-person'] }, bare)).toBe('in-person');
    expect(evaluateExpression({ var: '$documents.cccd' }, bare)).toBe(false);
  });

  it('accepts flags as a Set, an array or a record of booleans', () => {
    const expr = { var: '$documents.cccd' };
    expect(evaluateExpression(expr, { data: null, context: { documents: new Set(['cccd']) } })).toBe(true);
    expect(evaluateExpression(expr, { data: null, context: { documents: ['cccd'] } })).toBe(true);
    expect(evaluateExpression(expr, { data: null, context: { documents: { cccd: true } } })).toBe(true);
    expect(evaluateExpression(expr, { data: null, context: { documents: { cccd: false } } })).toBe(false);
  });

  it('is total over odd data', () => {
    const expr = { and: [{ '>': [{ var: 'a.b' }, 1] }, { present: 'a.0' }, { '==': [{ var: 'a' }, { var: 'a' }] }] };
    for (const odd of [undefined, null, 42, 'text', [], [[1]], { a: Object.create(null) }, { a: new Map() }, { a: [1, 2] }]) {
      expect(() => evaluateExpression(expr, { data: odd })).not.toThrow();
    }
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(evaluateExpression({ '==': [{ var: 'x' }, { var: 'y' }] }, { data: { x: cyclic, y: { self: { self: {} } } } })).toBe(false);
  });

  it('evaluates conditions as exactly true', () => {
    expect(evaluateCondition({ var: 'isPoor' }, env)).toBe(true);
    expect(evaluateCondition({ var: 'age' }, env)).toBe(false);
    expect(evaluateCondition({ var: 'missing' }, env)).toBe(false);
  });

  it('caches the compiled form per expression object', () => {
    const expr = { '+': [{ var: 'age' }, 1] };
    expect(evaluateExpression(expr, env)).toBe(21);
    expect(evaluateExpression(expr, { data: { age: 1 } })).toBe(2);
  });
});

describe('ExpressionError', () => {
  it.each<[string, unknown, string, string]>([
    ['an array', [1], 'expression.malformed', ''],
    ['undefined', undefined, 'expression.malformed', ''],
    ['a non-finite number', Number.NaN, 'expression.malformed', ''],
    ['two keys', { var: 'a', default: 1 }, 'expression.malformed', ''],
    ['no key', {}, 'expression.malformed', ''],
    ['an unknown operator', { and: [{ '===': [1, 1] }] }, 'expression.unknown-operator', '/and/0'],
    ['too few operands', { '==': [1] }, 'expression.arity', '/=='],
    ['operands not in an array', { and: true }, 'expression.arity', '/and'],
    ['a wrong var array', { var: ['a'] }, 'expression.arity', '/var'],
    ['a non-literal default', { var: ['a', { var: 'b' }] }, 'expression.malformed', '/var/1'],
    ['an empty path segment', { var: 'a..b' }, 'expression.malformed', '/var'],
    ['an unknown context variable', { var: '$now' }, 'expression.unknown-context-variable', '/var'],
    ['a document id with a dot', { var: '$documents.a.b' }, 'expression.unknown-context-variable', '/var'],
    ['an expression in the "in" list', { in: [1, [{ var: 'a' }]] }, 'expression.malformed', '/in/1/0'],
    ['"present" on a context variable', { present: '$today' }, 'expression.malformed', '/present'],
    ['an escaped key', { '/': [1, [2]] }, 'expression.malformed', '/~1/1'],
  ])('is thrown for %s', (_label, expr, code, pointer) => {
    let caught: unknown;
    try {
      evaluateExpression(expr, env);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ExpressionError);
    expect(caught).toMatchObject({ name: 'ExpressionError', code, pointer });
  });

  it('is thrown for expressions nested too deep, instead of overflowing the stack', () => {
    let expr: unknown = true;
    for (let i = 0; i < 10_000; i++) expr = { '!': expr };
    expect(() => compileExpression(expr)).toThrow(ExpressionError);
  });
});
