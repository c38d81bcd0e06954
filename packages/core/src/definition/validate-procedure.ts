import { validateProcedureShape } from '../generated/validators.js';
import type { Procedure } from '../generated/procedure.types.js';
import { checkConditions } from './check-conditions.js';
import { checkDossierRules } from './check-dossier-rules.js';
import { checkForm } from './check-form.js';
import { checkReferences, checkUniqueIds } from './check-references.js';
import { checkWorkflow } from './check-workflow.js';
import { createIssue, type ValidationIssue, type ValidationResult } from './issue.js';
import { locateIssues, readDocument } from './read-document.js';
import { indexProcedure } from './procedure-index.js';
import { toSchemaIssues } from './schema-issues.js';

/** The meaning checks, in the order their findings are reported. */
const MEANING_CHECKS = [checkUniqueIds, checkReferences, checkForm, checkConditions, checkDossierRules, checkWorkflow];

/**
 * Checks a procedure definition in two layers and returns every problem at once:
 *
 * 1. **schema** — the JSON Schema `schemas/procedure.schema.json`, run from validators
 *    precompiled at build time (no `new Function`, so it runs under a strict CSP);
 * 2. **meaning** — ids are unique, every reference resolves (with "did you mean …"),
 *    conditions are well-typed against the form, every step is reachable, branches join,
 *    allowances fit the legal deadline, amounts are whole VND and media types are real.
 *    It runs only on a schema-valid document, since it relies on the schema's shapes.
 *
 * Given JSON text, every issue also carries its 1-based line and column. Never throws.
 *
 * @example
 * const { valid, errors } = validateProcedure(await readFile('birth.json', 'utf8'));
 * for (const e of errors) console.log(`${e.line}:${e.column} ${e.code} ${e.message.vi}`);
 */
export function validateProcedure(input: string | unknown): ValidationResult<Procedure> {
  const document = readDocument(input);
  const value = document.value as Procedure;
  if (document.issues.length > 0) return value === undefined ? { valid: false, errors: document.issues } : { valid: false, errors: document.issues, value };
  const errors = locateIssues(collectIssues(value), document);
  return { valid: errors.length === 0, errors, value };
}

function collectIssues(value: unknown): ValidationIssue[] {
  if (!validateProcedureShape(value)) {
    return toSchemaIssues(validateProcedureShape.errors ?? [], value);
  }
  const procedure = value as Procedure;
  const index = indexProcedure(procedure);
  const issues: ValidationIssue[] = [];
  for (const check of MEANING_CHECKS) {
    try {
      issues.push(...check(procedure, index));
    } catch (error) {
      // A check that throws is a bug in motcua, not in the procedure: say so instead of crashing.
      issues.push(createIssue('internal.check-failed', '',
        { vi: `Lỗi nội bộ khi kiểm tra (${check.name}); hãy báo lỗi cho motcua.`, en: `Internal error while checking (${check.name}); please report it to motcua.` },
        undefined, { check: check.name, error: String(error) }));
    }
  }
  return issues;
}
