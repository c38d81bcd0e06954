import type { ValidationIssue } from './issue.js';
import { parseJson } from './parse-json.js';

/** A document to check: its value, how to locate a pointer in its text, or why it cannot be read. */
export interface DocumentInput {
  value: unknown;
  /** Present when the input was text: line and column of a JSON Pointer. */
  locate?: (pointer: string) => { line: number; column: number };
  /** Syntax problems (duplicate keys included); when any exist the document is not checked further. */
  issues: ValidationIssue[];
}

/** Accepts JSON text or an already parsed value, as every `validate*` function does. */
export function readDocument(input: unknown): DocumentInput {
  if (typeof input !== 'string') return { value: input, issues: [] };
  const parsed = parseJson(input);
  return { value: parsed.value, locate: parsed.locate, issues: parsed.issues };
}

/** Adds line and column to issues when the document came from text. */
export function locateIssues(issues: ValidationIssue[], document: DocumentInput): ValidationIssue[] {
  if (document.locate) for (const issue of issues) Object.assign(issue, document.locate(issue.pointer));
  return issues;
}
