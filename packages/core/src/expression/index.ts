/**
 * Conditions as data: a small JSON Logic–style expression language, evaluated without generating
 * code (CSP-safe) and checked statically against a procedure's form.
 */

export { checkExpression, inferExpressionType } from './check.js';
export { collectReferences } from './collect-references.js';
export { compileExpression, MAX_EXPRESSION_DEPTH } from './compile.js';
export type { IssueParams, MalformedReason } from './create-issue.js';
export { daysBetween, isIsoDate, toDayNumber } from './days-between.js';
export { evaluateCondition, evaluateExpression } from './evaluate.js';
export { ExpressionError } from './expression-error.js';
export { EXPRESSION_OPERATORS, type OperatorName, type OperatorSpec } from './expression-operators.js';
export { editDistance, suggestClosest, type SuggestOptions } from './suggest.js';
export { CHANNELS, CONTEXT_VARIABLES } from './variable-path.js';
export type {
  CheckEnvironment,
  CompiledExpression,
  Expression,
  ExpressionChannel,
  ExpressionContext,
  ExpressionEnvironment,
  ExpressionFlags,
  ExpressionIssue,
  ExpressionIssueCode,
  ExpressionLiteral,
  ExpressionReferences,
  ExpressionType,
  FieldDescriptor,
  FieldType,
  FieldTypeName,
} from './types.js';
