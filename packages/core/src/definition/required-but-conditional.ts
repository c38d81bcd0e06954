import { createIssue, type ValidationIssue } from './issue.js';

/**
 * A field in a `required` list whose question is shown only under a condition (at `shownWhen`): when
 * hidden it cannot be answered, yet the data still demands it, so no dossier could be submitted.
 */
export function requiredButConditional(path: string, shownWhen: string): ValidationIssue {
  return createIssue('form.required-but-conditional', shownWhen,
    { vi: `Trường "${path}" bắt buộc (required) nhưng câu hỏi chỉ hiện khi điều kiện này đúng: khi ẩn, không ai khai được nên hồ sơ không nộp được.`,
      en: `Field "${path}" is required, but its question shows only when this condition holds: while hidden it cannot be answered, so the dossier cannot be submitted.` },
    { vi: `Bỏ "${path}" khỏi required và cho câu hỏi requiredWhen với cùng điều kiện.`, en: `Drop "${path}" from required and give the question a requiredWhen with the same condition.` },
    { field: path });
}
