/** The operators of the condition language and how many operands each takes. */
export type OperatorName =
  | 'var'
  | '=='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | 'and'
  | 'or'
  | '!'
  | 'in'
  | 'if'
  | '+'
  | '-'
  | '*'
  | '/'
  | 'min'
  | 'max'
  | 'days-between'
  | 'present';

/**
 * How an operator's operand is written:
 * - `list`: an array of expressions, `min`..`max` long;
 * - `not`: one expression, bare or wrapped in a one-element array;
 * - `var`: a path string, or `[path, default]`;
 * - `present`: a form field path string.
 */
export type OperandShape = 'list' | 'not' | 'var' | 'present';

/** The operand rule of one operator, with an example for hints. */
export interface OperatorSpec {
  readonly shape: OperandShape;
  readonly min: number;
  readonly max: number;
  readonly example: string;
}

const pair = (example: string): OperatorSpec => ({ shape: 'list', min: 2, max: 2, example });
const many = (min: number, example: string): OperatorSpec => ({ shape: 'list', min, max: Infinity, example });

/**
 * Every operator with its operand rule. `+` and `*` need two operands (one would be a no-op), `-`
 * takes one (negation) or two, `/` exactly two; `and`, `or`, `min` and `max` at least one.
 */
export const EXPRESSION_OPERATORS: Readonly<Record<OperatorName, OperatorSpec>> = {
  var: { shape: 'var', min: 1, max: 2, example: '{"var": "child.birthDate"}' },
  '==': pair('{"==": [{"var": "gender"}, "nữ"]}'),
  '!=': pair('{"!=": [{"var": "$channel"}, "postal"]}'),
  '<': pair('{"<": [{"var": "age"}, 18]}'),
  '<=': pair('{"<=": [{"var": "age"}, 18]}'),
  '>': pair('{">": [{"var": "income"}, 0]}'),
  '>=': pair('{">=": [{"var": "age"}, 18]}'),
  and: many(1, '{"and": [{"present": "email"}, {"==": [{"var": "$channel"}, "online"]}]}'),
  or: many(1, '{"or": [{"var": "$documents.cccd"}, {"var": "$prefilled.citizenId"}]}'),
  '!': { shape: 'not', min: 1, max: 1, example: '{"!": {"var": "$documents.cccd"}}' },
  in: pair('{"in": [{"var": "$case"}, ["first-issue", "reissue"]]}'),
  if: { shape: 'list', min: 3, max: 3, example: '{"if": [{"var": "isPoor"}, 0, 50000]}' },
  '+': many(2, '{"+": [{"var": "copies"}, 1]}'),
  '-': { shape: 'list', min: 1, max: 2, example: '{"-": [{"var": "total"}, {"var": "paid"}]}' },
  '*': many(2, '{"*": [{"var": "copies"}, 2000]}'),
  '/': pair('{"/": [{"var": "area"}, 2]}'),
  min: many(1, '{"min": [{"var": "copies"}, 10]}'),
  max: many(1, '{"max": [{"var": "copies"}, 1]}'),
  'days-between': pair('{"days-between": [{"var": "child.birthDate"}, {"var": "$today"}]}'),
  present: { shape: 'present', min: 1, max: 1, example: '{"present": "email"}' },
};

/** The operator names, in the order above (for messages and suggestions). */
export const OPERATOR_NAMES = Object.keys(EXPRESSION_OPERATORS) as readonly OperatorName[];

/** True when `key` is an operator of the language (own key only: `toString` is not an operator). */
export function isOperatorName(key: string): key is OperatorName {
  return Object.hasOwn(EXPRESSION_OPERATORS, key);
}

/**
 * Operators from JSON Logic or other languages that authors reach for, mapped to ours; used to
 * turn `expression.unknown-operator` into a precise hint before falling back to edit distance.
 */
export const OPERATOR_ALIASES: Readonly<Record<string, OperatorName>> = {
  '===': '==',
  '!==': '!=',
  '&&': 'and',
  '||': 'or',
  not: '!',
  '?:': 'if',
  missing: 'present',
  daysBetween: 'days-between',
  days_between: 'days-between',
};
