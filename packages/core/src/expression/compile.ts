/**
 * Compiles an expression into a tree of closures. No source text is generated and nothing is
 * evaluated as code, so compiled conditions run under a Content-Security-Policy without
 * `'unsafe-eval'`. All validation happens here, once; the closures only compute.
 */

import { daysBetween } from './days-between.js';
import { ExpressionError } from './expression-error.js';
import { EXPRESSION_OPERATORS, OPERATOR_NAMES, isOperatorName, type OperatorName } from './expression-operators.js';
import { appendPointer } from './json-pointer.js';
import type { CompiledExpression, ExpressionEnvironment } from './types.js';
import { hasFlag, isEqualValue, isExpressionLiteral, isPresentValue, readPath } from './value-semantics.js';
import { isIndexSegment, parseVariablePath } from './variable-path.js';

type Node = CompiledExpression;
type ListOperator = Exclude<OperatorName, 'var' | 'present' | '!' | 'in'>;

/** Operator objects nest at most this deep; deeper input is rejected rather than overflowing the stack. */
export const MAX_EXPRESSION_DEPTH = 100;

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return String(value);
  return `a value of type ${typeof value}`;
}

function malformed(pointer: string, reason: string, message: string): never {
  throw new ExpressionError('expression.malformed', pointer, message, { reason });
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Strict ordering: both numbers or both strings (ISO dates order as strings); anything else is `false`. */
function isOrderable(x: unknown, y: unknown): boolean {
  return (typeof x === 'number' && typeof y === 'number') || (typeof x === 'string' && typeof y === 'string');
}

/** `null` replaces every non-finite result (division by zero, overflow), keeping `null` the only "no number". */
function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

function fold(ops: readonly Node[], step: (acc: number, next: number) => number): Node {
  return (env) => {
    const first = (ops[0] as Node)(env);
    if (!isFiniteNumber(first)) return null;
    let acc = first;
    for (let i = 1; i < ops.length; i++) {
      const value = (ops[i] as Node)(env);
      if (!isFiniteNumber(value)) return null;
      acc = step(acc, value);
    }
    return finiteOrNull(acc);
  };
}

// The non-null assertions are sound because compileList has checked the arity; the casts in `<`
// and friends because `isOrderable` has just checked that both sides share a type.
const LIST_BUILDERS: Readonly<Record<ListOperator, (ops: readonly Node[]) => Node>> = {
  '==': ([a, b]) => (env) => isEqualValue(a!(env), b!(env)),
  '!=': ([a, b]) => (env) => !isEqualValue(a!(env), b!(env)),
  '<': ([a, b]) => (env) => { const x = a!(env), y = b!(env); return isOrderable(x, y) && (x as number) < (y as number); },
  '<=': ([a, b]) => (env) => { const x = a!(env), y = b!(env); return isOrderable(x, y) && (x as number) <= (y as number); },
  '>': ([a, b]) => (env) => { const x = a!(env), y = b!(env); return isOrderable(x, y) && (x as number) > (y as number); },
  '>=': ([a, b]) => (env) => { const x = a!(env), y = b!(env); return isOrderable(x, y) && (x as number) >= (y as number); },
  and: (ops) => (env) => { for (let i = 0; i < ops.length; i++) if ((ops[i] as Node)(env) !== true) return false; return true; },
  or: (ops) => (env) => { for (let i = 0; i < ops.length; i++) if ((ops[i] as Node)(env) === true) return true; return false; },
  if: ([c, t, e]) => (env) => (c!(env) === true ? t!(env) : e!(env)),
  '+': (ops) => fold(ops, (acc, next) => acc + next),
  '*': (ops) => fold(ops, (acc, next) => acc * next),
  '-': ([a, b]) => b === undefined
    ? (env) => { const x = a!(env); return isFiniteNumber(x) ? -x : null; }
    : (env) => { const x = a!(env), y = b(env); return isFiniteNumber(x) && isFiniteNumber(y) ? finiteOrNull(x - y) : null; },
  '/': ([a, b]) => (env) => { const x = a!(env), y = b!(env); return isFiniteNumber(x) && isFiniteNumber(y) ? finiteOrNull(x / y) : null; },
  min: (ops) => fold(ops, Math.min),
  max: (ops) => fold(ops, Math.max),
  'days-between': ([a, b]) => (env) => daysBetween(a!(env), b!(env)),
};

/**
 * Compiles an expression into a function of the environment. Throws {@link ExpressionError} when
 * the expression is malformed; the returned function never throws on plain JSON data.
 *
 * Semantics are total: a missing variable is `null`; arithmetic, `min`, `max` and `days-between`
 * give `null` unless every operand is a finite number (or a real `YYYY-MM-DD` date), and for
 * non-finite results; `<`-style comparisons are `false` unless both sides are numbers or both are
 * strings; `==` is strict and structural; `and`, `or`, `!` and `if` treat only `true` as true
 * (there is no truthiness: `"0"`, `1` and `[]` are all simply "not true").
 *
 * @example
 * const isAdult = compileExpression({ '>=': [{ var: 'age' }, 18] });
 * isAdult({ data: { age: 20 } }) // true
 */
export function compileExpression(expr: unknown): CompiledExpression {
  return compileNode(expr, '', 0);
}

function compileNode(node: unknown, pointer: string, depth: number): Node {
  if (isExpressionLiteral(node)) return () => node;
  if (typeof node !== 'object' || node === null) {
    return malformed(pointer, 'value', `expected a string, a finite number, a boolean, null or an operator object, found ${kindOf(node)}`);
  }
  if (Array.isArray(node)) {
    return malformed(pointer, 'array', 'an array is not an expression; arrays are only allowed as the list in {"in": [needle, [...]]}');
  }
  const keys = Object.keys(node);
  if (keys.length !== 1) {
    return malformed(pointer, 'keys', `an operator object has exactly one key, found ${keys.length} (${keys.join(', ')})`);
  }
  const op = keys[0] as string;
  if (!isOperatorName(op)) {
    throw new ExpressionError('expression.unknown-operator', pointer, `unknown operator "${op}"; use one of ${OPERATOR_NAMES.join(', ')}`, { operator: op });
  }
  if (depth >= MAX_EXPRESSION_DEPTH) {
    return malformed(pointer, 'too-deep', `expressions nest at most ${MAX_EXPRESSION_DEPTH} operators deep`);
  }
  const operand = (node as Record<string, unknown>)[op];
  const at = appendPointer(pointer, op);
  switch (op) {
    case 'var':
      return compileVar(operand, at);
    case 'present':
      return compilePresent(operand, at);
    case '!': {
      const inner = Array.isArray(operand) ? compileList(op, operand, at, depth)[0] : compileNode(operand, at, depth + 1);
      return (env) => inner!(env) !== true;
    }
    case 'in':
      return compileIn(operand, at, depth);
    default:
      return LIST_BUILDERS[op](compileList(op, operand, at, depth));
  }
}

function compileList(op: OperatorName, operand: unknown, at: string, depth: number): Node[] {
  const { min, max } = EXPRESSION_OPERATORS[op];
  if (!Array.isArray(operand) || operand.length < min || operand.length > max) {
    const expected = min === max ? `exactly ${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    const found = Array.isArray(operand) ? `${operand.length}` : kindOf(operand);
    throw new ExpressionError('expression.arity', at, `"${op}" takes an array of ${expected} operands, found ${found}`, { operator: op, min, max });
  }
  return operand.map((item, i) => compileNode(item, appendPointer(at, i), depth + 1));
}

function compileVar(operand: unknown, at: string): Node {
  let path = operand;
  let fallback: unknown = null;
  let pathPointer = at;
  if (Array.isArray(operand)) {
    if (operand.length !== 2) {
      throw new ExpressionError('expression.arity', at, `"var" takes a path or [path, default], found an array of ${operand.length}`, { operator: 'var', min: 1, max: 2 });
    }
    [path, fallback] = operand;
    pathPointer = appendPointer(at, 0);
    if (!isExpressionLiteral(fallback)) malformed(appendPointer(at, 1), 'default', 'the default of "var" must be a string, number, boolean or null');
  }
  if (typeof path !== 'string') return malformed(pathPointer, 'path-type', `"var" takes a path string, found ${kindOf(path)}`);
  const parsed = parseVariablePath(path);
  switch (parsed.kind) {
    case 'invalid':
      return malformed(pathPointer, 'path', `"${path}" is not a field path; write segments separated by dots, e.g. "child.birthDate"`);
    case 'unknown-context':
      throw new ExpressionError('expression.unknown-context-variable', pathPointer, `unknown context variable "${path}"`, { variable: path });
    case 'field':
    case 'item': {
      const { segments } = parsed;
      const indices = segments.map((segment) => (isIndexSegment(segment) ? Number(segment) : -1));
      const isItem = parsed.kind === 'item';
      return (env) => {
        const value = readPath(isItem ? env.item : env.data, segments, indices);
        return value === null ? fallback : value;
      };
    }
    case 'channel':
      return (env) => env.context?.channel ?? fallback;
    case 'case':
      return (env) => env.context?.case ?? fallback;
    case 'role':
      return (env) => env.context?.role ?? fallback;
    case 'today':
      return (env) => env.context?.today ?? fallback;
    case 'document': {
      const { id } = parsed;
      return (env) => hasFlag(env.context?.documents, id);
    }
    case 'prefilled': {
      const { field } = parsed;
      return (env) => hasFlag(env.context?.prefilled, field);
    }
  }
}

function compilePresent(operand: unknown, at: string): Node {
  const parsed = typeof operand === 'string' ? parseVariablePath(operand) : undefined;
  if (parsed?.kind !== 'field') {
    return malformed(at, 'present-path', `"present" takes a form field path such as "email", found ${typeof operand === 'string' ? `"${operand}"` : kindOf(operand)}`);
  }
  const { segments } = parsed;
  const indices = segments.map((segment) => (isIndexSegment(segment) ? Number(segment) : -1));
  return (env: ExpressionEnvironment) => isPresentValue(readPath(env.data, segments, indices));
}

function compileIn(operand: unknown, at: string, depth: number): Node {
  if (!Array.isArray(operand) || operand.length !== 2) {
    const found = Array.isArray(operand) ? `${operand.length}` : kindOf(operand);
    throw new ExpressionError('expression.arity', at, `"in" takes [needle, list or string], found ${found}`, { operator: 'in', min: 2, max: 2 });
  }
  const needle = compileNode(operand[0], appendPointer(at, 0), depth + 1);
  const list: unknown = operand[1];
  const listPointer = appendPointer(at, 1);
  if (Array.isArray(list)) {
    list.forEach((item, i) => {
      if (!isExpressionLiteral(item)) malformed(appendPointer(listPointer, i), 'list-item', 'the list of "in" holds only strings, numbers, booleans and null');
    });
    // A Set's SameValueZero agrees with === here: literals are finite, so NaN never appears.
    const members = new Set<unknown>(list);
    return (env) => members.has(needle(env));
  }
  const haystack = compileNode(list, listPointer, depth + 1);
  return (env) => {
    const value = needle(env);
    const within = haystack(env);
    if (typeof within === 'string') return typeof value === 'string' && within.includes(value);
    if (!Array.isArray(within)) return false;
    for (let i = 0; i < within.length; i++) if (isEqualValue(value, within[i])) return true;
    return false;
  };
}
