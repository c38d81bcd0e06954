/**
 * Evaluates conditions. Compiled closures are cached per expression object, so evaluating the same
 * procedure condition on every keystroke compiles it once and then allocates nothing.
 */

import { compileExpression } from './compile.js';
import type { CompiledExpression, ExpressionEnvironment } from './types.js';
import { isExpressionLiteral } from './value-semantics.js';

// Keyed by object identity, as ajv caches compiled schemas: an expression must not be mutated
// after its first evaluation (procedure definitions are immutable once loaded). Build a new
// object, or call `compileExpression` directly, to evaluate an edited expression.
const compiledByExpression = new WeakMap<object, CompiledExpression>();

/**
 * Evaluates `expr` against the form data and context, and returns its value.
 *
 * Total over data: it never throws because of what the data holds. A missing variable is `null`;
 * arithmetic, `min`, `max` and `days-between` give `null` unless every operand is a finite number
 * (or a real `YYYY-MM-DD` date); comparisons with `<`, `<=`, `>`, `>=` are `false` unless both sides
 * are numbers or both are strings; `==` is strict (no coercion) and structural; `and`, `or`, `!`
 * and `if` count only `true` as true. See {@link compileExpression} for details.
 *
 * Throws {@link ExpressionError} only when `expr` itself is malformed.
 *
 * @example
 * evaluateExpression(
 *   { and: [{ '==': [{ var: '$channel' }, 'online'] }, { '!': { var: '$documents.cccd' } }] },
 *   { data: {}, context: { channel: 'online', documents: [] } },
 * ) // true
 */
export function evaluateExpression(expr: unknown, env: ExpressionEnvironment): unknown {
  if (isExpressionLiteral(expr)) return expr;
  if (typeof expr !== 'object' || expr === null) return compileExpression(expr)(env); // throws: not an expression
  let compiled = compiledByExpression.get(expr);
  if (compiled === undefined) {
    compiled = compileExpression(expr);
    compiledByExpression.set(expr, compiled);
  }
  return compiled(env);
}

/**
 * Evaluates a condition: `true` only when the expression evaluates to exactly `true`. This is the
 * rule guards, "required when" and fee exemptions use; `null` (for instance a missing field) means
 * the condition does not hold.
 *
 * @example
 * evaluateCondition({ present: 'email' }, { data: { email: ' ' } }) // false
 */
export function evaluateCondition(expr: unknown, env: ExpressionEnvironment): boolean {
  return evaluateExpression(expr, env) === true;
}
