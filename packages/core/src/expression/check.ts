/**
 * Static checking of expressions against a procedure: its form's field types, its dossier
 * components and its cases. Accepts any JSON and never throws; every problem becomes an issue.
 *
 * Longer than most modules because it is one walk over the whole language; the typing rules
 * themselves live in `type-rules.ts` and the messages in `create-issue.ts`.
 */

import { MAX_EXPRESSION_DEPTH } from './compile.js';
import { createIssue, previewValue } from './create-issue.js';
import { EXPRESSION_OPERATORS, OPERATOR_ALIASES, OPERATOR_NAMES, isOperatorName, type OperatorName } from './expression-operators.js';
import { createFieldLookup, type FieldLookup, type ResolvedField } from './field-lookup.js';
import { appendPointer } from './json-pointer.js';
import { suggestClosest } from './suggest.js';
import { BOOLEAN, DATE, NUMBER, STRING, UNKNOWN, accepts, fromFieldType, inferLiteral, isEqualityMismatch, joinTypes, type AllowedValues, type Inferred } from './type-rules.js';
import type { CheckEnvironment, ExpressionIssue, ExpressionType } from './types.js';
import { isEqualValue, isExpressionLiteral } from './value-semantics.js';
import { CHANNELS, CONTEXT_VARIABLES, parseVariablePath } from './variable-path.js';

interface CheckState {
  readonly fields: FieldLookup;
  readonly item: string | undefined;
  readonly documents: readonly string[];
  readonly cases: readonly string[] | undefined;
  readonly issues: ExpressionIssue[];
}

const CONTEXT_HEADS = CONTEXT_VARIABLES.map((variable) => variable.split('.')[0]!);
const ORDERABLE: ExpressionType[] = ['number', 'date', 'string'];

// A procedure has dozens of conditions checked against the same fields: build each lookup once.
const lookups = new WeakMap<object, FieldLookup>();

function lookupFor(fields: CheckEnvironment['fields']): FieldLookup {
  let lookup = lookups.get(fields);
  if (!lookup) lookups.set(fields, (lookup = createFieldLookup(fields)));
  return lookup;
}

function createState(env: CheckEnvironment): CheckState {
  return { fields: lookupFor(env.fields), item: env.item, documents: [...env.documents], cases: env.cases, issues: [] };
}

/**
 * Checks an expression against the procedure and returns every issue found (an empty array when
 * the expression is sound). Never throws, whatever JSON it is given.
 *
 * `pointer` locates the expression in its document; each issue's pointer extends it into the
 * expression (`/steps/0/guard` + `/and/1/==/0`).
 *
 * @example
 * checkExpression({ '==': [{ var: 'child.birthdate' }, null] }, { fields: { 'child.birthDate': 'date' }, documents: [] }, '/guard')
 * // [{ code: 'expression.unknown-field', pointer: '/guard/==/0/var', hint: { en: 'Did you mean "child.birthDate"?', … }, … }]
 */
export function checkExpression(expr: unknown, env: CheckEnvironment, pointer = ''): ExpressionIssue[] {
  const state = createState(env);
  walk(expr, pointer, 0, state);
  return state.issues;
}

/**
 * The type `expr` evaluates to, as far as the procedure tells: `unknown` where it cannot tell
 * (or the expression is malformed). Any value may also be `null` at run time.
 *
 * @example
 * inferExpressionType({ 'days-between': [{ var: 'birthDate' }, { var: '$today' }] }, env) // 'number'
 */
export function inferExpressionType(expr: unknown, env: CheckEnvironment): ExpressionType {
  return walk(expr, '', 0, createState(env)).type;
}

function walk(node: unknown, pointer: string, depth: number, state: CheckState): Inferred {
  if (isExpressionLiteral(node)) return inferLiteral(node);
  const { issues } = state;
  if (typeof node !== 'object' || node === null) {
    issues.push(createIssue('expression.malformed', pointer, { reason: 'value', found: previewValue(node) }));
    return UNKNOWN;
  }
  if (Array.isArray(node)) {
    issues.push(createIssue('expression.malformed', pointer, { reason: 'array', found: previewValue(node) }));
    return UNKNOWN;
  }
  const keys = Object.keys(node);
  if (keys.length !== 1) {
    issues.push(createIssue('expression.malformed', pointer, { reason: 'keys', keys }));
    return UNKNOWN;
  }
  const op = keys[0] as string;
  if (!isOperatorName(op)) {
    const suggestion = Object.hasOwn(OPERATOR_ALIASES, op) ? OPERATOR_ALIASES[op] : suggestClosest(op, OPERATOR_NAMES);
    issues.push(createIssue('expression.unknown-operator', pointer, { operator: op, ...(suggestion !== undefined && { suggestion }) }));
    return UNKNOWN;
  }
  if (depth >= MAX_EXPRESSION_DEPTH) {
    issues.push(createIssue('expression.malformed', pointer, { reason: 'too-deep', max: MAX_EXPRESSION_DEPTH }));
    return UNKNOWN;
  }
  return walkOperator(op, (node as Record<string, unknown>)[op], appendPointer(pointer, op), depth, state);
}

function walkOperator(op: OperatorName, operand: unknown, at: string, depth: number, state: CheckState): Inferred {
  switch (op) {
    case 'var':
      return checkVar(operand, at, state);
    case 'present':
      checkPresent(operand, at, state);
      return BOOLEAN;
    case '!': {
      const inner = Array.isArray(operand) ? walkList(op, operand, at, depth, state)?.[0] : walk(operand, at, depth + 1, state);
      if (inner !== undefined) expectType(op, ['boolean'], inner, Array.isArray(operand) ? appendPointer(at, 0) : at, state);
      return BOOLEAN;
    }
    case 'in':
      checkIn(operand, at, depth, state);
      return BOOLEAN;
    default:
      break;
  }
  const operands = walkList(op, operand, at, depth, state);
  if (operands === undefined) return op === 'if' ? UNKNOWN : resultOf(op);
  const pointerOf = (i: number) => appendPointer(at, i);
  if (op === '==' || op === '!=') {
    checkEquality(op, operands[0]!, operands[1]!, pointerOf(0), pointerOf(1), state);
  } else if (op === '<' || op === '<=' || op === '>' || op === '>=') {
    checkOrdering(op, operands[0]!, operands[1]!, at, state);
  } else if (op === 'if') {
    expectType(op, ['boolean'], operands[0]!, pointerOf(0), state);
    return joinTypes(operands[1]!, operands[2]!);
  } else {
    const expected = op === 'and' || op === 'or' ? 'boolean' : op === 'days-between' ? 'date' : 'number';
    operands.forEach((operand, i) => expectType(op, [expected], operand, pointerOf(i), state));
  }
  return resultOf(op);
}

function resultOf(op: OperatorName): Inferred {
  return op === '+' || op === '-' || op === '*' || op === '/' || op === 'min' || op === 'max' || op === 'days-between' ? NUMBER : BOOLEAN;
}

function walkList(op: OperatorName, operand: unknown, at: string, depth: number, state: CheckState): Inferred[] | undefined {
  const { min, max } = EXPRESSION_OPERATORS[op];
  if (!Array.isArray(operand)) {
    state.issues.push(createIssue('expression.arity', at, { operator: op, min, max: max === Infinity ? null : max, found: null }));
    return undefined;
  }
  const operands = operand.map((item, i) => walk(item, appendPointer(at, i), depth + 1, state));
  if (operand.length < min || operand.length > max) {
    state.issues.push(createIssue('expression.arity', at, { operator: op, min, max: max === Infinity ? null : max, found: operand.length }));
    return undefined;
  }
  return operands;
}

function expectType(operator: string, expected: ExpressionType[], node: Inferred, pointer: string, state: CheckState): boolean {
  if (expected.some((type) => accepts(type, node))) return true;
  state.issues.push(createIssue('expression.type-mismatch', pointer, { operator, expected, found: node.type, ...(node.literal && { value: node.literal.value }) }));
  return false;
}

/** Reports `==`-incompatible types; true when it did. Blames the constant, as the field's type is the author's intent. */
function reportMismatch(operator: string, a: Inferred, b: Inferred, pointerA: string, pointerB: string, state: CheckState): boolean {
  if (!isEqualityMismatch(a, b)) return false;
  const [bad, badPointer, good] = a.literal !== undefined && b.literal === undefined ? [a, pointerA, b] : [b, pointerB, a];
  state.issues.push(createIssue('expression.type-mismatch', badPointer, { operator, expected: [good.type], found: bad.type, ...(bad.literal && { value: bad.literal.value }) }));
  return true;
}

function checkEquality(operator: string, a: Inferred, b: Inferred, pointerA: string, pointerB: string, state: CheckState): void {
  if (reportMismatch(operator, a, b, pointerA, pointerB, state)) return;
  if (a.allowed !== undefined && b.literal !== undefined) checkAllowed(a.allowed, b.literal.value, pointerB, state);
  if (b.allowed !== undefined && a.literal !== undefined) checkAllowed(b.allowed, a.literal.value, pointerA, state);
}

function checkOrdering(operator: string, a: Inferred, b: Inferred, at: string, state: CheckState): void {
  const [pointerA, pointerB] = [appendPointer(at, 0), appendPointer(at, 1)];
  const okA = expectType(operator, ORDERABLE, a, pointerA, state);
  const okB = expectType(operator, ORDERABLE, b, pointerB, state);
  // Both orderable, but a number against a string or a date against a non-date constant never orders.
  if (okA && okB) reportMismatch(operator, a, b, pointerA, pointerB, state);
}

function checkAllowed(allowed: AllowedValues, value: unknown, pointer: string, state: CheckState): void {
  if (value === null || allowed.values.some((candidate) => isEqualValue(candidate, value))) return;
  const strings = allowed.values.filter((candidate): candidate is string => typeof candidate === 'string');
  const suggestion = typeof value === 'string' ? suggestClosest(value, strings) : undefined;
  if (allowed.kind === 'case') {
    state.issues.push(createIssue('expression.unknown-case', pointer, { case: String(value), cases: strings, ...(suggestion !== undefined && { suggestion }) }));
  } else {
    state.issues.push(createIssue('expression.enum-mismatch', pointer, { field: allowed.name, value, allowed: [...allowed.values], ...(suggestion !== undefined && { suggestion }) }));
  }
}

function checkIn(operand: unknown, at: string, depth: number, state: CheckState): void {
  if (!Array.isArray(operand) || operand.length !== 2) {
    if (Array.isArray(operand)) operand.forEach((item, i) => walk(item, appendPointer(at, i), depth + 1, state));
    state.issues.push(createIssue('expression.arity', at, { operator: 'in', min: 2, max: 2, found: Array.isArray(operand) ? operand.length : null }));
    return;
  }
  const needle = walk(operand[0], appendPointer(at, 0), depth + 1, state);
  const list: unknown = operand[1];
  const listPointer = appendPointer(at, 1);
  if (!Array.isArray(list)) {
    const haystack = walk(list, listPointer, depth + 1, state);
    if (expectType('in', ['string', 'array'], haystack, listPointer, state) && haystack.type === 'string') {
      expectType('in', ['string'], needle.type === 'date' ? STRING : needle, appendPointer(at, 0), state);
    }
    return;
  }
  list.forEach((item, i) => {
    const itemPointer = appendPointer(listPointer, i);
    if (!isExpressionLiteral(item)) {
      state.issues.push(createIssue('expression.malformed', itemPointer, { reason: 'list-item', found: previewValue(item) }));
      return;
    }
    checkEquality('in', needle, inferLiteral(item), appendPointer(at, 0), itemPointer, state);
  });
}

function checkVar(operand: unknown, at: string, state: CheckState): Inferred {
  let path = operand;
  let pathPointer = at;
  let fallback: Inferred | undefined;
  if (Array.isArray(operand)) {
    if (operand.length !== 2) {
      state.issues.push(createIssue('expression.arity', at, { operator: 'var', min: 1, max: 2, found: operand.length }));
      return UNKNOWN;
    }
    path = operand[0];
    pathPointer = appendPointer(at, 0);
    if (isExpressionLiteral(operand[1])) fallback = inferLiteral(operand[1]);
    else state.issues.push(createIssue('expression.malformed', appendPointer(at, 1), { reason: 'default', found: previewValue(operand[1]) }));
  }
  if (typeof path !== 'string') {
    state.issues.push(createIssue('expression.malformed', pathPointer, { reason: 'path-type', found: previewValue(path) }));
    return UNKNOWN;
  }
  const variable = readVariable(path, pathPointer, state);
  if (fallback !== undefined) checkEquality('var', variable, fallback, pathPointer, appendPointer(at, 1), state);
  return variable;
}

function readVariable(path: string, pointer: string, state: CheckState): Inferred {
  const parsed = parseVariablePath(path);
  switch (parsed.kind) {
    case 'invalid':
      state.issues.push(createIssue('expression.malformed', pointer, { reason: 'path', found: previewValue(path) }));
      return UNKNOWN;
    case 'unknown-context': {
      const [head = '', ...rest] = path.split('.');
      const close = suggestClosest(head, CONTEXT_HEADS);
      const suggestion = close === undefined || close === head ? undefined : [close, ...rest].join('.');
      state.issues.push(createIssue('expression.unknown-context-variable', pointer, { variable: path, ...(suggestion !== undefined && { suggestion }) }));
      return UNKNOWN;
    }
    case 'field':
      return fieldType(path, resolveField(path, pointer, state));
    case 'item':
      return fieldType(path, resolveItemProperty(path, parsed.path, pointer, state));
    case 'channel':
      return { type: 'string', allowed: { kind: 'enum', name: '$channel', values: CHANNELS } };
    case 'case':
      return state.cases === undefined ? STRING : { type: 'string', allowed: { kind: 'case', name: '$case', values: state.cases } };
    case 'role':
      return STRING;
    case 'today':
      return DATE;
    case 'document':
      if (!state.documents.includes(parsed.id)) {
        const suggestion = suggestClosest(parsed.id, state.documents);
        state.issues.push(createIssue('expression.unknown-document', pointer, { document: parsed.id, known: [...state.documents], ...(suggestion !== undefined && { suggestion }) }));
      }
      return BOOLEAN;
    case 'prefilled':
      resolveField(parsed.field, pointer, state);
      return BOOLEAN;
  }
}

function fieldType(name: string, field: ResolvedField | undefined): Inferred {
  if (field === undefined) return UNKNOWN;
  const type = fromFieldType(field.type);
  return field.enum === undefined ? { type } : { type, allowed: { kind: 'enum', name, values: field.enum } };
}

/** `$item.<property>` resolves against the item object of `state.item`'s list (`members.*.<property>`), suggesting its properties. */
function resolveItemProperty(variable: string, property: string, pointer: string, state: CheckState): ResolvedField | undefined {
  const { item: list, fields, issues } = state;
  if (list === undefined) {
    issues.push(createIssue('expression.item-outside-list', pointer, { variable }));
    return undefined;
  }
  const field = fields.resolve(`${list}.*.${property}`);
  const suggestion = field ? undefined : suggestClosest(property, fields.itemKeys(list));
  if (!field) issues.push(createIssue('expression.unknown-field', pointer, { field: variable, suggestion: suggestion && `$item.${suggestion}` }));
  return field;
}

function resolveField(path: string, pointer: string, state: CheckState) {
  const field = state.fields.resolve(path);
  if (field === undefined) {
    const suggestion = state.fields.suggest(path);
    state.issues.push(createIssue('expression.unknown-field', pointer, { field: path, ...(suggestion !== undefined && { suggestion }) }));
  }
  return field;
}

function checkPresent(operand: unknown, at: string, state: CheckState): void {
  if (typeof operand !== 'string' || parseVariablePath(operand).kind !== 'field') {
    state.issues.push(createIssue('expression.malformed', at, { reason: 'present-path', found: previewValue(operand) }));
    return;
  }
  resolveField(operand, at, state);
}
