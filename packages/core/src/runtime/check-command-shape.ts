/**
 * `checkCommandShape`: the outer shape of a command — an object with a string `type`, an actor with a
 * string `id` and `role`, a string `at`, and optional fields of the right kinds — checked before
 * anything reads it, so forged or garbled input is refused with a clear reason and never throws.
 */
import { createRejection, type DataIssue, type Rejection } from '../compile/index.js';

const STRING_FIELDS = ['reason', 'newDueDate'] as const;
const LIST_FIELDS = ['missingComponents', 'attachments', 'documents', 'prefilled'] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function issue(path: string, vi: string, en: string): DataIssue {
  return { path, message: { vi, en } };
}

/** Returns a rejection when the command is not shaped like one, else null. */
export function checkCommandShape(command: unknown): Rejection | null {
  if (!isObject(command)) return createRejection('invalid-data', '', { issues: [issue('', 'lệnh phải là một object', 'a command must be an object')] });
  const type = command['type'];
  if (typeof type !== 'string' || type === '') return createRejection('unknown-action', String(type ?? ''));
  const issues: DataIssue[] = [];
  const actor = command['actor'];
  if (!isObject(actor) || typeof actor['id'] !== 'string' || actor['id'] === '' || typeof actor['role'] !== 'string') {
    issues.push(issue('actor', 'cần { id, role } dạng chuỗi', 'needs { id, role } as strings'));
  } else if (actor['agency'] !== undefined && typeof actor['agency'] !== 'string') {
    issues.push(issue('actor.agency', 'phải là chuỗi', 'must be a string'));
  }
  if (typeof command['at'] !== 'string') issues.push(issue('at', 'cần thời điểm ISO 8601 có múi giờ', 'needs an ISO 8601 instant with offset'));
  for (const key of STRING_FIELDS) {
    if (command[key] !== undefined && typeof command[key] !== 'string') issues.push(issue(key, 'phải là chuỗi', 'must be a string'));
  }
  for (const key of LIST_FIELDS) {
    const value = command[key];
    if (value !== undefined && (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))) {
      issues.push(issue(key, 'phải là danh sách chuỗi', 'must be a list of strings'));
    }
  }
  if (command['data'] !== undefined && !isObject(command['data'])) issues.push(issue('data', 'phải là một object', 'must be an object'));
  return issues.length ? createRejection('invalid-data', type, { issues }) : null;
}
