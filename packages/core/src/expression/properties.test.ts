/**
 * Property tests of the whole language: a generator of expressions (fc.letrec), a deliberately
 * naive reference interpreter, and the JSON Schema. They share one file because the generator is
 * used by all of them and a test file cannot import from another without re-running its tests.
 */

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkExpression } from './check.js';
import { compileExpression } from './compile.js';
import { evaluateExpression } from './evaluate.js';
import type { ExpressionContext, ExpressionEnvironment, ExpressionFlags } from './types.js';

// ---------------------------------------------------------------------------------------------
// Generators

const FIELD_PATHS = ['age', 'name', 'birthDate', 'child.birthDate', 'applicants.0.name', 'applicants.1', 'tags', 'flag'];
const CONTEXT_PATHS = ['$channel', '$case', '$role', '$today', '$documents.cccd', '$documents.photo', '$prefilled.name'];

const date = fc.oneof(
  fc.constantFrom('2020-02-29', '2024-12-31', '2025-01-01', '2025-02-29', '1999-13-01', '0000-01-01'),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const literal = fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: -5, max: 40 }), fc.constantFrom(0, -0, 1, 2, 1e308, '', ' ', 'nữ'), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), date);
const path = fc.constantFrom(...FIELD_PATHS, ...CONTEXT_PATHS);

type Tie = (key: string) => fc.Arbitrary<unknown>;

function operators(tie: Tie, node: string): fc.Arbitrary<unknown>[] {
  const child = tie(node);
  const list = (op: string, minLength: number) => fc.array(child, { minLength, maxLength: 4 }).map((ops) => ({ [op]: ops }));
  const pair = (op: string) => fc.tuple(child, child).map((ops) => ({ [op]: ops }));
  return [
    path.map((p) => ({ var: p })),
    fc.tuple(path, literal).map((pd) => ({ var: pd })),
    fc.constantFrom(...FIELD_PATHS).map((p) => ({ present: p })),
    ...['==', '!=', '<', '<=', '>', '>=', '/', 'days-between'].map(pair),
    list('and', 1),
    list('or', 1),
    list('+', 2),
    list('*', 2),
    list('min', 1),
    list('max', 1),
    list('-', 1).map((e) => ({ '-': (e['-'] as unknown[]).slice(0, 2) })),
    child.map((e) => ({ '!': e })),
    child.map((e) => ({ '!': [e] })),
    fc.tuple(child, child, child).map((ops) => ({ if: ops })),
    fc.tuple(child, fc.oneof(fc.array(literal, { maxLength: 4 }), child)).map((ops) => ({ in: ops })),
  ];
}

/** Near misses: each is malformed, or only sometimes well formed (random paths, random arity). */
function brokenNodes(tie: Tie): fc.Arbitrary<unknown>[] {
  const child = tie('any');
  return [
    fc.constant([1]),
    fc.constant({}),
    fc.tuple(path, literal).map(([p, extra]) => ({ var: p, default: extra })),
    child.map((e) => ({ '===': [e, 1] })),
    fc.array(child, { maxLength: 4 }).map((ops) => ({ '==': ops })),
    fc.array(child, { maxLength: 4 }).map((ops) => ({ '-': ops })),
    fc.array(child, { maxLength: 2 }).map((ops) => ({ '!': ops })),
    fc.string({ maxLength: 12 }).map((p) => ({ var: p })),
    fc.string({ maxLength: 12 }).map((p) => ({ present: p })),
    fc.jsonValue({ maxDepth: 1 }).map((v) => ({ var: ['age', v] })),
    fc.tuple(child, fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 })).map((ops) => ({ in: ops })),
    fc.jsonValue({ maxDepth: 1 }).map((v) => ({ and: v })),
  ];
}

const { expression } = fc.letrec<{ expression: unknown }>((tie) => ({
  expression: fc.oneof({ depthSize: 'small', maxDepth: 5, withCrossShrink: true }, literal, ...operators(tie, 'expression')),
}));

const { any: anyExpression } = fc.letrec<{ any: unknown }>((tie) => ({
  any: fc.oneof({ depthSize: 'small', maxDepth: 4, withCrossShrink: true }, literal, ...operators(tie, 'any'), ...brokenNodes(tie)),
}));

// Edge values of form fields (blank, zero, false, empty) get their own weight: they decide "present".
const value = fc.oneof(literal, fc.constantFrom('', ' \t', 0, false, [], {}), fc.array(literal, { maxLength: 3 }), fc.jsonValue({ maxDepth: 2 }));
const formData = fc.record(
  {
    age: value,
    name: value,
    birthDate: fc.oneof(date, value),
    child: fc.oneof(fc.record({ birthDate: fc.oneof(date, value) }, { requiredKeys: [] }), value),
    applicants: fc.oneof(fc.array(fc.record({ name: value }, { requiredKeys: [] }), { maxLength: 3 }), value),
    tags: value,
    flag: value,
  },
  { requiredKeys: [] },
);
const names = fc.subarray(['cccd', 'photo', 'name']);
const flags: fc.Arbitrary<ExpressionFlags> = fc.oneof(
  names,
  names.map((list) => new Set(list)),
  fc.dictionary(fc.constantFrom('cccd', 'photo', 'name'), fc.oneof(fc.boolean(), fc.constant(null as unknown as boolean))),
);
const context: fc.Arbitrary<ExpressionContext> = fc.record(
  {
    channel: fc.constantFrom('in-person' as const, 'online' as const, 'postal' as const, null),
    case: fc.constantFrom('a', 'b', null),
    role: fc.constantFrom('citizen', 'officer'),
    today: date,
    documents: flags,
    prefilled: flags,
  },
  { requiredKeys: [] },
);

// ---------------------------------------------------------------------------------------------
// A naive reference interpreter, written from the language description without sharing code.

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  const plain = (x: unknown): x is Record<string, unknown> =>
    typeof x === 'object' && x !== null && !Array.isArray(x) && [Object.prototype, null].includes(Object.getPrototypeOf(x));
  if (!plain(a) || !plain(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && same(a[key], b[key]));
}

function flagOn(flags: unknown, name: string): boolean {
  if (flags instanceof Set) return flags.has(name);
  if (Array.isArray(flags)) return flags.includes(name);
  return typeof flags === 'object' && flags !== null && Object.prototype.hasOwnProperty.call(flags, name) && (flags as Record<string, unknown>)[name] === true;
}

function lookup(path: string, env: ExpressionEnvironment): unknown {
  if (path.startsWith('$documents.')) return flagOn(env.context?.documents, path.slice('$documents.'.length));
  if (path.startsWith('$prefilled.')) return flagOn(env.context?.prefilled, path.slice('$prefilled.'.length));
  if (path.startsWith('$')) return (env.context as Record<string, unknown> | undefined)?.[path.slice(1)];
  let current: unknown = env.data;
  for (const segment of path.split('.')) {
    if (Array.isArray(current)) current = /^(0|[1-9]\d*)$/.test(segment) ? current[Number(segment)] : undefined;
    else if (typeof current === 'object' && current !== null && Object.prototype.hasOwnProperty.call(current, segment)) current = (current as Record<string, unknown>)[segment];
    else current = undefined;
  }
  return current;
}

function referenceDays(from: unknown, to: unknown): number | null {
  const parse = (text: unknown): number | null => {
    const match = typeof text === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) : null;
    if (match === null) return null;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const utc = new Date(0);
    utc.setUTCFullYear(year, month - 1, day); // unlike Date.UTC, keeps years 0–99 as written
    return utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day ? utc.getTime() / 86_400_000 : null;
  };
  const [a, b] = [parse(from), parse(to)];
  return a === null || b === null ? null : b - a;
}

function reference(expr: unknown, env: ExpressionEnvironment): unknown {
  if (expr === null || typeof expr !== 'object') return expr;
  const [op, arg] = Object.entries(expr)[0] as [string, unknown];
  const args = (Array.isArray(arg) ? arg : [arg]) as unknown[];
  const values = () => args.map((e) => reference(e, env));
  const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  const numeric = (compute: (ns: number[]) => number) => {
    const ns = values();
    if (!ns.every(isNumber)) return null;
    const result = compute(ns);
    return Number.isFinite(result) ? result : null;
  };
  const ordered = (test: (x: number, y: number) => boolean) => {
    const [x, y] = values();
    const comparable = (typeof x === 'number' && typeof y === 'number') || (typeof x === 'string' && typeof y === 'string');
    return comparable && test(x as number, y as number);
  };
  switch (op) {
    case 'var': {
      const [p, fallback = null] = args as [string, unknown];
      const found = lookup(p, env);
      return found === null || found === undefined ? fallback : found;
    }
    case 'present': {
      const v = lookup(arg as string, env);
      if (v === null || v === undefined) return false;
      if (typeof v === 'string') return v.trim().length > 0;
      if (typeof v === 'number') return Number.isFinite(v);
      if (Array.isArray(v)) return v.length > 0;
      if (typeof v === 'object') return Object.keys(v).length > 0;
      return true;
    }
    case '==': { const [x, y] = values(); return same(x, y); }
    case '!=': { const [x, y] = values(); return !same(x, y); }
    case '<': return ordered((x, y) => x < y);
    case '<=': return ordered((x, y) => x <= y);
    case '>': return ordered((x, y) => x > y);
    case '>=': return ordered((x, y) => x >= y);
    case 'and': return values().every((v) => v === true);
    case 'or': return values().some((v) => v === true);
    case '!': return reference(args[0], env) !== true;
    case 'if': return reference(args[0], env) === true ? reference(args[1], env) : reference(args[2], env);
    case 'in': {
      const needle = reference(args[0], env);
      if (Array.isArray(args[1])) return args[1].some((item) => item === needle);
      const haystack = reference(args[1], env);
      if (typeof haystack === 'string') return typeof needle === 'string' && haystack.includes(needle);
      return Array.isArray(haystack) && haystack.some((item) => same(needle, item));
    }
    case '+': return numeric((ns) => ns.reduce((x, y) => x + y));
    case '*': return numeric((ns) => ns.reduce((x, y) => x * y));
    case '-': return numeric((ns) => (ns.length === 1 ? -ns[0]! : ns[0]! - ns[1]!));
    case '/': return numeric(([x, y]) => x! / y!);
    case 'min': return numeric((ns) => Math.min(...ns));
    case 'max': return numeric((ns) => Math.max(...ns));
    case 'days-between': { const [x, y] = values(); return referenceDays(x, y); }
    default: throw new Error(`the generator produced an unknown operator ${op}`);
  }
}

// ---------------------------------------------------------------------------------------------

const schema = JSON.parse(readFileSync(new URL('../../../../schemas/expression.schema.json', import.meta.url), 'utf8')) as { $id: string };
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
const STRUCTURAL = new Set(['expression.malformed', 'expression.unknown-operator', 'expression.arity', 'expression.unknown-context-variable']);
const checkEnv = { fields: Object.fromEntries(FIELD_PATHS.map((p) => [p, 'unknown' as const])), documents: ['cccd', 'photo'] };

function isCompilable(expr: unknown): boolean {
  try {
    compileExpression(expr);
    return true;
  } catch {
    return false;
  }
}

describe('evaluation', () => {
  it('never throws on well-formed expressions, and compiled closures agree with the reference interpreter', () => {
    fc.assert(
      fc.property(expression, formData, fc.option(context, { nil: undefined }), (expr, data, ctx) => {
        const env: ExpressionEnvironment = ctx === undefined ? { data } : { data, context: ctx };
        const expected = reference(expr, env);
        expect(compileExpression(expr)(env)).toStrictEqual(expected);
        expect(evaluateExpression(expr, env)).toStrictEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on any data at all', () => {
    const anything = fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withBoxedValues: true, withSparseArray: true, withTypedArray: true, withDate: true, withBigInt: true });
    fc.assert(
      fc.property(expression, anything, (expr, data) => {
        evaluateExpression(expr, { data });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('checking', () => {
  const prefix = fc.constantFrom('', '/steps/0/guard', '/fees/1/exemptWhen', '/a~1b~0c');

  it('never throws on random JSON, and locates every issue under the given pointer', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), anyExpression), prefix, (json, pointer) => {
        for (const issue of checkExpression(json, checkEnv, pointer)) {
          expect(issue.pointer.startsWith(pointer)).toBe(true);
          expect(issue.message.vi.length * issue.message.en.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('finds no structural issue in a well-formed expression', () => {
    fc.assert(
      fc.property(expression, (expr) => {
        expect(checkExpression(expr, checkEnv).filter((issue) => STRUCTURAL.has(issue.code))).toEqual([]);
      }),
    );
  });
});

describe('expression.schema.json', () => {
  it('accepts every well-formed expression', () => {
    fc.assert(
      fc.property(expression, (expr) => {
        expect(validate(expr), JSON.stringify(validate.errors)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['an array', [1]],
    ['an empty object', {}],
    ['two operator keys', { var: 'a', '==': [1, 1] }],
    ['an unknown operator', { '===': [1, 1] }],
    ['too few operands', { '==': [1] }],
    ['too many operands', { if: [true, 1, 2, 3] }],
    ['an empty "and"', { and: [] }],
    ['one operand to "+"', { '+': [1] }],
    ['three operands to "-"', { '-': [1, 2, 3] }],
    ['a non-array operand', { or: true }],
    ['an unknown context variable', { var: '$now' }],
    ['an empty path segment', { var: 'a..b' }],
    ['a default that is an expression', { var: ['a', { var: 'b' }] }],
    ['an expression in the list of "in"', { in: [1, [{ var: 'a' }]] }],
    ['a context variable in "present"', { present: '$today' }],
    ['a nested error', { and: [true, { '!': [1, 2] }] }],
  ])('rejects %s', (_label, expr) => {
    expect(validate(expr)).toBe(false);
  });

  it('agrees with the compiler and the checker on what is well formed', () => {
    fc.assert(
      fc.property(fc.oneof(anyExpression, fc.jsonValue({ maxDepth: 3 })), (json) => {
        const structural = checkExpression(json, checkEnv).some((issue) => STRUCTURAL.has(issue.code));
        expect(validate(json)).toBe(isCompilable(json));
        expect(structural).toBe(!isCompilable(json));
      }),
      { numRuns: 2000 },
    );
  });

  it('compiles to a standalone validator (as the build precompiles it) that agrees with ajv', async () => {
    // The options of packages/core/scripts/gen-validators.mjs, which precompiles every schema.
    const ajv = new Ajv2020({
      strict: true,
      allErrors: true,
      allowUnionTypes: true,
      inlineRefs: false,
      verbose: true,
      discriminator: true,
      messages: false,
      code: { source: true, esm: true, lines: false, optimize: true },
    });
    ajv.addSchema(schema);
    const directory = mkdtempSync(join(tmpdir(), 'motcua-expression-'));
    try {
      const file = join(directory, 'expression-validator.mjs');
      writeFileSync(file, standaloneCode(ajv, { validateExpression: schema.$id }));
      const { validateExpression } = (await import(pathToFileURL(file).href)) as { validateExpression: (data: unknown) => boolean };
      fc.assert(
        fc.property(fc.oneof(anyExpression, expression), (json) => {
          expect(validateExpression(json)).toBe(validate(json));
        }),
        { numRuns: 500 },
      );
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
