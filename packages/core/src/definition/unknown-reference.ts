import { suggestClosest } from '../expression/suggest.js';
import { createIssue, type ValidationIssue } from './issue.js';

/** The kinds of named things a procedure can refer to, with their names in both languages. */
export const REFERENCE_KINDS = {
  field: ['trường dữ liệu', 'field', 'form.data'],
  'item-property': ['thuộc tính của phần tử danh sách', 'list item property', 'form.data (items.properties)'],
  component: ['thành phần hồ sơ', 'dossier component', 'components'],
  role: ['vai trò', 'role', 'roles'],
  step: ['bước', 'step', 'workflow.steps'],
  agency: ['cơ quan', 'agency', 'agencies'],
  case: ['trường hợp', 'case', 'cases'],
  'legal-document': ['văn bản pháp luật', 'legal document', 'legalDocuments'],
} as const;

export type ReferenceKind = keyof typeof REFERENCE_KINDS;

/**
 * An issue for a name that refers to nothing, with a "did you mean …" hint when a declared
 * name is close, or the list of declared names when there are few.
 */
export function unknownReference(kind: ReferenceKind, name: string, pointer: string, known: Iterable<string>): ValidationIssue {
  const [vi, en, where] = REFERENCE_KINDS[kind];
  const candidates = [...known];
  const guess = suggestClosest(name, candidates);
  let hint;
  if (guess) hint = { vi: `Có phải ý bạn là "${guess}"?`, en: `Did you mean "${guess}"?` };
  else if (candidates.length === 0) hint = { vi: `Chưa khai báo ${vi} nào trong ${where}.`, en: `No ${en} is declared in ${where}.` };
  else if (candidates.length <= 8) hint = { vi: `Các ${vi} đã khai báo: ${candidates.join(', ')}.`, en: `Declared: ${candidates.join(', ')}.` };
  else hint = { vi: `Khai báo "${name}" trong ${where} hoặc sửa tên.`, en: `Declare "${name}" in ${where} or fix the name.` };
  return createIssue(`ref.unknown-${kind}`, pointer,
    { vi: `Không có ${vi} "${name}".`, en: `There is no ${en} "${name}".` }, hint,
    { name, ...(guess ? { suggestion: guess } : {}) });
}
