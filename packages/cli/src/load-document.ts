import type { ValidationIssue, ValidationResult } from '@motcua/core';
import { readInput } from './read-inputs.js';

/** A checked document, or the issues that say why it could not be used. */
export type Loaded<T> = { value: T; issues?: undefined } | { value?: undefined; issues: ValidationIssue[] };

/**
 * Reads a file and checks it with one of core's validators (`validateProcedure`,
 * `validateCalendar`, `validateScenario`): unreadable files, syntax and schema problems all come
 * back as issues with line and column, ready for `formatIssue`.
 */
export async function loadDocument<T>(file: string, cwd: string, validate: (text: string) => ValidationResult<T>): Promise<Loaded<T>> {
  const input = await readInput(file, cwd);
  if ('problem' in input) return { issues: [{ ...input.problem, pointer: '', line: 1, column: 1 }] };
  const result = validate(input.text);
  return result.valid ? { value: result.value as T } : { issues: result.errors };
}
