import { listItemKeys } from '../expression/field-lookup.js';
import type { LayoutField } from '../generated/procedure.types.js';
import { checkPresentation } from './check-presentation.js';
import { createIssue, joinPointer, type ValidationIssue } from './issue.js';
import type { FieldInfo, ProcedureIndex } from './procedure-index.js';
import { requiredButConditional } from './required-but-conditional.js';
import { unknownReference } from './unknown-reference.js';

/** The type of a field as an author reads it: `string (citizen-id)`, `array of string`. */
function describeType(path: string, info: FieldInfo, index: ProcedureIndex): string {
  if (info.type === 'array') return `array of ${index.fields.get(`${path}.*`)?.type ?? 'unknown'}`;
  return `${info.type}${info.format ? ` (${info.format})` : ''}`;
}

/**
 * The name of one item (`itemLabel`: only on a list) and the questions inside each item (`itemFields`:
 * only on a list of objects) of the layout field at `pointer`, whose field `info` describes. Each item
 * question names a property of the item object, once; widgets and option labels fit that property as
 * they do for top-level fields.
 */
export function checkItemFields(question: LayoutField, info: FieldInfo, pointer: string, index: ProcedureIndex, out: ValidationIssue[], itemRequired: readonly string[] = []): void {
  const list = question.field;
  if (question.itemLabel && info.type !== 'array') {
    const type = describeType(list, info, index);
    out.push(createIssue('form.item-label-not-list', joinPointer(pointer, 'itemLabel'),
      { vi: `Trường "${list}" có kiểu ${type}, không phải danh sách, nên không có phần tử để đặt tên.`, en: `Field "${list}" is of type ${type}, not a list, so it has no items to name.` },
      { vi: 'Bỏ itemLabel, hoặc khai báo trường là mảng (type: array).', en: 'Remove itemLabel, or declare the field as an array (type: array).' },
      { field: list, type }));
  }
  if (!question.itemFields) return;
  if (info.type !== 'array' || index.fields.get(`${list}.*`)?.type !== 'object') {
    const type = describeType(list, info, index);
    out.push(createIssue('form.item-fields-not-list', joinPointer(pointer, 'itemFields'),
      { vi: `Trường "${list}" có kiểu ${type}, không phải danh sách các đối tượng, nên không có câu hỏi trong phần tử.`, en: `Field "${list}" is of type ${type}, not a list of objects, so it has no questions inside items.` },
      { vi: 'Bỏ itemFields, hoặc khai báo trường là mảng (type: array) có items là đối tượng (type: object).', en: 'Remove itemFields, or declare the field as an array (type: array) whose items are objects (type: object).' },
      { field: list, type }));
    return;
  }
  const keys = listItemKeys(index.fields.keys(), list); // in schema order: the index keeps it
  const asked = new Map<string, string>();
  question.itemFields.forEach((item, i) => {
    const at = joinPointer(pointer, 'itemFields', i);
    const name = `${list}.*.${item.field}`;
    const property = index.fields.get(name);
    if (!property) { out.push(unknownReference('item-property', item.field, joinPointer(at, 'field'), keys)); return; }
    const first = asked.get(item.field);
    if (first) {
      out.push(createIssue('form.item-field-repeated', joinPointer(at, 'field'),
        { vi: `Thuộc tính "${item.field}" của mỗi phần tử "${list}" đã được hỏi tại ${first}.`, en: `Property "${item.field}" of each "${list}" item is already asked at ${first}.` },
        { vi: 'Mỗi thuộc tính chỉ hỏi một lần; xoá câu hỏi lặp.', en: 'Ask each property once; remove the repeated question.' }, { field: item.field, first }));
    } else asked.set(item.field, at);
    if (item.visibleWhen !== undefined && itemRequired.includes(item.field)) out.push(requiredButConditional(`${list}.*.${item.field}`, joinPointer(at, 'visibleWhen')));
    checkPresentation(item, property, name, at, out);
  });
}
