import { validateCalendarSchema } from '../generated/validators.js';
import { CalendarDataError, createWorkingCalendar, type CalendarData } from '../calendar/index.js';
import { createIssue, type ValidationResult } from './issue.js';
import { locateIssues, readDocument } from './read-document.js';
import { toSchemaIssues } from './schema-issues.js';

/**
 * Checks calendar data (text or object) in three layers — JSON syntax, `schemas/calendar.schema.json`,
 * then the consistency checks of `createWorkingCalendar` (overlapping office hours, impossible
 * dates, schedules that contradict each other) — with line and column when text is given.
 *
 * @example
 * const { valid, errors, value } = validateCalendar(await readFile('calendar.json', 'utf8'));
 */
export function validateCalendar(input: string | unknown): ValidationResult<CalendarData> {
  const document = readDocument(input);
  if (document.issues.length > 0) return { valid: false, errors: document.issues };
  const { value } = document;
  let errors;
  if (!validateCalendarSchema(value)) {
    errors = toSchemaIssues(validateCalendarSchema.errors ?? [], value);
  } else {
    try {
      createWorkingCalendar(value as CalendarData);
      return { valid: true, errors: [], value: value as CalendarData };
    } catch (error) {
      if (!(error instanceof CalendarDataError)) throw error;
      const detail = error.message.slice(`${error.pointer || '/'}: `.length);
      errors = [createIssue('calendar.inconsistent', error.pointer, { vi: `Lịch không nhất quán: ${detail}`, en: `Inconsistent calendar: ${detail}` })];
    }
  }
  return { valid: false, errors: locateIssues(errors, document) };
}
