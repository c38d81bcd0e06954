import { validateScenarioSchema } from '../generated/validators.js';
import type { Scenario } from '../generated/scenario.types.js';
import type { ValidationResult } from './issue.js';
import { parseJson } from './parse-json.js';
import { toSchemaIssues } from './schema-issues.js';

/**
 * Checks a scenario file against `schemas/scenario.schema.json` (precompiled), with line and
 * column for every issue when text is given. Whether its actions and expectations fit the
 * procedure is what running it tells.
 */
export function validateScenario(input: string | unknown): ValidationResult<Scenario> {
  let value = input;
  let locate: ((pointer: string) => { line: number; column: number }) | undefined;
  if (typeof input === 'string') {
    const parsed = parseJson(input);
    if (parsed.issues.length > 0) return { valid: false, errors: parsed.issues };
    value = parsed.value;
    locate = parsed.locate;
  }
  if (validateScenarioSchema(value)) return { valid: true, errors: [], value: value as Scenario };
  const errors = toSchemaIssues(validateScenarioSchema.errors ?? [], value);
  if (locate) for (const issue of errors) Object.assign(issue, locate(issue.pointer));
  return { valid: false, errors };
}
