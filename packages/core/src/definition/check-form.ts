import type { FormField, Procedure } from '../generated/procedure.types.js';
import { createIssue, joinPointer, type ValidationIssue } from './issue.js';
import { checkItemFields } from './check-item-fields.js';
import { requiredButConditional } from './required-but-conditional.js';
import { checkPresentation } from './check-presentation.js';
import type { ProcedureIndex } from './procedure-index.js';
import { unknownReference } from './unknown-reference.js';

function checkDataSchema(node: FormField, pointer: string, out: ValidationIssue[]): void {
  if (node.type === 'object') {
    const names = Object.keys(node.properties ?? {});
    node.required?.forEach((name, i) => {
      if (!names.includes(name)) out.push(unknownReference('field', name, joinPointer(pointer, 'required', i), names));
    });
    for (const [name, child] of Object.entries(node.properties ?? {})) checkDataSchema(child, joinPointer(pointer, 'properties', name), out);
  } else if (node.type === 'array') {
    checkDataSchema(node.items, joinPointer(pointer, 'items'), out);
  }
  const range = (lo: number | undefined, hi: number | undefined, loKey: string, hiKey: string) => {
    if (lo !== undefined && hi !== undefined && lo > hi) {
      out.push(createIssue('form.range-inverted', joinPointer(pointer, loKey),
        { vi: `${loKey} (${lo}) lớn hơn ${hiKey} (${hi}): không giá trị nào hợp lệ.`, en: `${loKey} (${lo}) is greater than ${hiKey} (${hi}): no value can be valid.` },
        { vi: `Đổi chỗ hoặc sửa ${loKey}/${hiKey}.`, en: `Swap or correct ${loKey}/${hiKey}.` }, { [loKey]: lo, [hiKey]: hi }));
    }
  };
  if (node.type === 'string') range(node.minLength, node.maxLength, 'minLength', 'maxLength');
  if (node.type === 'number' || node.type === 'integer') range(node.minimum, node.maximum, 'minimum', 'maximum');
  if (node.type === 'array') range(node.minItems, node.maxItems, 'minItems', 'maxItems');
}

/** The `required` list of the items of the list at dot `path` of `node` (none when that is no list of objects). */
function itemRequired(node: FormField, path: string): readonly string[] {
  let at: FormField | undefined = node;
  for (const name of path.split('.')) at = at?.type === 'object' ? at.properties?.[name] : undefined;
  return at?.type === 'array' && at.items.type === 'object' ? at.items.required ?? [] : [];
}

/** Required top-level and nested field paths (a nested field counts when its parents are required). */
function requiredPaths(node: FormField, path: string, out: Set<string>): void {
  if (node.type !== 'object') return;
  for (const name of node.required ?? []) {
    const child = node.properties?.[name];
    if (!child) continue;
    const childPath = path ? `${path}.${name}` : name;
    if (child.type === 'object' && child.properties && child.format !== 'vn-address') requiredPaths(child, childPath, out);
    else out.add(childPath);
  }
}

/**
 * The form: the data schema is consistent, every question of the layout names a field,
 * no field is asked twice, every required field is asked somewhere and not only under a condition, widgets fit their
 * field's type, option labels name enum values, the questions inside list items fit the item
 * object (see check-item-fields.ts), and prefill targets exist.
 */
export function checkForm(procedure: Procedure, index: ProcedureIndex): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  checkDataSchema(procedure.form.data as FormField, '/form/data', out);
  const asked = new Map<string, string>();
  /** Where each conditionally shown question's condition is: its own `visibleWhen`, else its page's. */
  const conditional = new Map<string, string>();
  procedure.form.layout.pages.forEach((page, p) => page.fields.forEach((q, f) => {
    const pointer = joinPointer('/form/layout/pages', p, 'fields', f);
    if (q.visibleWhen !== undefined) conditional.set(q.field, joinPointer(pointer, 'visibleWhen'));
    else if (page.visibleWhen !== undefined) conditional.set(q.field, joinPointer('/form/layout/pages', p, 'visibleWhen'));
    const info = index.fields.get(q.field);
    if (!info) { out.push(unknownReference('field', q.field, joinPointer(pointer, 'field'), index.fields.keys())); return; }
    const first = asked.get(q.field);
    if (first) {
      out.push(createIssue('form.field-repeated', joinPointer(pointer, 'field'),
        { vi: `Trường "${q.field}" đã được hỏi tại ${first}.`, en: `Field "${q.field}" is already asked at ${first}.` },
        { vi: 'Mỗi trường chỉ hỏi một lần; xoá câu hỏi lặp.', en: 'Ask each field once; remove the repeated question.' }, { field: q.field, first }));
    } else asked.set(q.field, pointer);
    checkPresentation(q, info, q.field, pointer, out);
    checkItemFields(q, info, pointer, index, out, itemRequired(procedure.form.data as FormField, q.field));
  }));
  const required = new Set<string>();
  requiredPaths(procedure.form.data as FormField, '', required);
  const prefilled = new Set((procedure.prefill ?? []).map((p) => p.field));
  for (const path of required) {
    if (!asked.has(path) && !prefilled.has(path) && ![...asked.keys()].some((a) => path.startsWith(`${a}.`))) {
      out.push(createIssue('form.required-field-not-asked', index.fields.get(path)!.pointer,
        { vi: `Trường bắt buộc "${path}" không có trên trang nào và không được điền sẵn, nên người nộp không thể hoàn thành tờ khai.`, en: `Required field "${path}" is on no page and is not prefilled, so no applicant can complete the form.` },
        { vi: 'Thêm trường vào một trang của form.layout, hoặc bỏ khỏi required.', en: 'Add the field to a page of form.layout, or drop it from required.' }, { field: path }));
    }
  }
  for (const path of required) {
    const shownWhen = [...conditional].find(([field]) => path === field || path.startsWith(`${field}.`))?.[1];
    if (shownWhen !== undefined && !prefilled.has(path)) out.push(requiredButConditional(path, shownWhen));
  }
  procedure.prefill?.forEach((p, i) => {
    if (!index.fields.has(p.field)) out.push(unknownReference('field', p.field, joinPointer('/prefill', i, 'field'), index.fields.keys()));
    if (p.subject && p.subject !== 'applicant' && !index.fields.has(p.subject)) {
      out.push(unknownReference('field', p.subject, joinPointer('/prefill', i, 'subject'), ['applicant', ...index.fields.keys()]));
    }
  });
  return out;
}
