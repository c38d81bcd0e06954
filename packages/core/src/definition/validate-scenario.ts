import { validateScenarioSchema } from '../generated/validators.js';
import type { Scenario } from '../generated/scenario.types.js';
import type { ValidationResult } from './issue.js';
import { locateIssues, readDocument } from './read-document.js';
import { toSchemaIssues } from './schema-issues.js';

/**
 * Checks a scenario file against `schemas/scenario.schema.json` (precompiled), with line and
 * column for every issue when text is given. Whether its actions and expectations fit the
 * procedure is what running it tells.
 */
export function validateScenario(input: string | unknown): ValidationResult<Scenario> {
  const document = readDocument(input);
  if (document.issues.length > 0) return { valid: false, errors: document.issues };
  const { value } = document;
  if (validateScenarioSchema(value)) return { valid: true, errors: [], value: value as Scenario };
  return { valid: false, errors: locateIssues(toSchemaIssues(validateScenarioSchema.errors ?? [], value), document) };
}
