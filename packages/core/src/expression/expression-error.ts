import type { ExpressionIssueCode } from './types.js';

/**
 * Thrown by {@link compileExpression} and {@link evaluateExpression} when the expression itself is
 * malformed (not when the data is odd — evaluation is total over data). Publishing checks every
 * expression with `checkExpression` first, so in a running system this marks a programmer mistake.
 *
 * `code` uses the same stable codes as the checker's issues; `pointer` is a JSON Pointer into the
 * expression.
 */
export class ExpressionError extends Error {
  override readonly name = 'ExpressionError';
  readonly code: ExpressionIssueCode;
  readonly pointer: string;
  readonly params: Readonly<Record<string, unknown>>;

  constructor(code: ExpressionIssueCode, pointer: string, message: string, params: Readonly<Record<string, unknown>> = {}) {
    super(`${pointer === '' ? '(root)' : pointer}: ${message}`);
    this.code = code;
    this.pointer = pointer;
    this.params = params;
  }
}
