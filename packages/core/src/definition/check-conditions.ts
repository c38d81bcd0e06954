import type { Procedure } from '../generated/procedure.types.js';
import { checkExpression, inferExpressionType } from '../expression/index.js';
import type { CheckEnvironment } from '../expression/index.js';
import { listExpressionSites } from './expression-sites.js';
import { createIssue, type ValidationIssue } from './issue.js';
import type { ProcedureIndex } from './procedure-index.js';

/**
 * Every condition is well formed, names fields, components and cases that exist, compares
 * values of compatible types, and yields true/false. A condition of a question inside list items
 * may also read the item (`$item.<property>`); no other condition may.
 */
export function checkConditions(procedure: Procedure, index: ProcedureIndex): ValidationIssue[] {
  const env: CheckEnvironment = {
    fields: index.fields,
    documents: [...index.components.keys()],
    cases: [...index.cases.keys()],
  };
  const out: ValidationIssue[] = [];
  for (const { expression, pointer, item } of listExpressionSites(procedure)) {
    const siteEnv = { ...env, item };
    const issues = checkExpression(expression, siteEnv, pointer);
    out.push(...issues.map((i) => ({ ...i, params: { ...i.params } }) as ValidationIssue));
    if (issues.length > 0) continue;
    const type = inferExpressionType(expression, siteEnv);
    if (type !== 'boolean' && type !== 'unknown') {
      out.push(createIssue('expression.not-boolean', pointer,
        { vi: `Điều kiện phải cho kết quả đúng/sai, nhưng biểu thức này cho kiểu ${type}.`, en: `A condition must yield true or false, but this expression yields a ${type}.` },
        { vi: 'So sánh giá trị, ví dụ {"==": [{"var": "truong"}, "gia-tri"]}.', en: 'Compare the value, e.g. {"==": [{"var": "field"}, "value"]}.' }, { type }));
    }
  }
  return out;
}
