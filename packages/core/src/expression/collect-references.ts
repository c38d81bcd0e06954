/** Lists what an expression reads: form fields, dossier components and context variables. */

import { MAX_EXPRESSION_DEPTH } from './compile.js';
import { isOperatorName } from './expression-operators.js';
import type { ExpressionReferences } from './types.js';
import { parseVariablePath } from './variable-path.js';

/**
 * Collects the names an expression reads, each once, in order of first use. Best effort on
 * malformed input (never throws): it reports what the well-formed parts read. Use it to know when
 * a condition must be re-evaluated (a field changed, a document was uploaded) and to warn about
 * fields no condition uses.
 *
 * `$documents.<id>` appears in `documents` as `<id>` and, verbatim, in `context`;
 * `$prefilled.<path>` appears only in `context`, as it reads the prefill status, not the field.
 *
 * @example
 * collectReferences({ and: [{ present: 'email' }, { var: '$documents.cccd' }] })
 * // { fields: ['email'], documents: ['cccd'], context: ['$documents.cccd'] }
 */
export function collectReferences(expr: unknown): ExpressionReferences {
  const fields = new Set<string>();
  const documents = new Set<string>();
  const context = new Set<string>();

  function addPath(path: unknown, isPresence: boolean): void {
    if (typeof path !== 'string') return;
    const parsed = parseVariablePath(path);
    if (parsed.kind === 'field') fields.add(path);
    else if (isPresence || parsed.kind === 'invalid' || parsed.kind === 'unknown-context') return;
    else {
      context.add(path);
      if (parsed.kind === 'document') documents.add(parsed.id);
    }
  }

  // Operand lists and operator objects both count a level, hence twice the operator depth.
  function visit(node: unknown, depth: number): void {
    if (typeof node !== 'object' || node === null || depth > 2 * MAX_EXPRESSION_DEPTH) return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    const keys = Object.keys(node);
    if (keys.length !== 1) return;
    const op = keys[0] as string;
    const operand = (node as Record<string, unknown>)[op];
    if (op === 'var') addPath(Array.isArray(operand) ? operand[0] : operand, false);
    else if (op === 'present') addPath(operand, true);
    else if (isOperatorName(op)) visit(operand, depth + 1);
  }

  visit(expr, 0);
  return { fields: [...fields], documents: [...documents], context: [...context] };
}
