import type { OptionLabels, Widget } from '../generated/procedure.types.js';
import { createIssue, joinPointer, type ValidationIssue } from './issue.js';
import type { FieldInfo } from './procedure-index.js';

/** The widgets that make sense for each data type. */
const WIDGETS: Record<FieldInfo['type'], readonly string[]> = {
  string: ['text', 'textarea', 'select', 'radio', 'citizen-id', 'tax-code', 'phone', 'email'],
  date: ['date', 'text'],
  number: ['number', 'select', 'radio', 'text'],
  integer: ['number', 'select', 'radio', 'text'],
  boolean: ['checkbox', 'radio'],
  object: ['address'],
  array: [],
};

/** Formats that imply a widget: a `citizen-id` field shown as `phone` is a mistake. */
const FORMAT_WIDGET: Record<string, string> = {
  'citizen-id': 'citizen-id', 'tax-code': 'tax-code', phone: 'phone', email: 'email', 'vn-address': 'address',
};

/** What a question presents: its widget and option labels (a layout field or a list-item field). */
interface Presented {
  widget?: Widget;
  options?: OptionLabels;
}

/**
 * Checks that the widget of the question at `pointer` fits the type and format of the field
 * named `name`, and that its option labels name values of the field's enum.
 */
export function checkPresentation(question: Presented, info: FieldInfo, name: string, pointer: string, out: ValidationIssue[]): void {
  checkWidget(question.widget, info, name, pointer, out);
  question.options?.forEach((option, o) => {
    if (info.enum?.includes(option.value)) return;
    const valid = info.enum?.map((v) => JSON.stringify(v)).join(', ');
    out.push(createIssue('form.option-not-in-enum', joinPointer(pointer, 'options', o, 'value'),
      { vi: `Lựa chọn ${JSON.stringify(option.value)} không có trong enum của trường "${name}".`, en: `Option ${JSON.stringify(option.value)} is not in the enum of field "${name}".` },
      { vi: valid ? `Giá trị hợp lệ: ${valid}.` : 'Thêm enum vào trường trong form.data.', en: valid ? `Valid values: ${valid}.` : 'Add an enum to the field in form.data.' },
      { value: option.value }));
  });
}

function checkWidget(widget: Widget | undefined, info: FieldInfo, name: string, pointer: string, out: ValidationIssue[]): void {
  const implied = info.format ? FORMAT_WIDGET[info.format] : undefined;
  if (!widget || (WIDGETS[info.type].includes(widget) && (implied === undefined || widget === implied))) return;
  const fits = implied ? [implied] : WIDGETS[info.type];
  const kind = `${info.type}${info.format ? ` (${info.format})` : ''}`;
  out.push(createIssue('form.widget-mismatch', joinPointer(pointer, 'widget'),
    { vi: `Kiểu nhập "${widget}" không dùng được cho trường ${kind} "${name}".`, en: `Widget "${widget}" does not fit the ${kind} field "${name}".` },
    fits.length > 0
      ? { vi: `Dùng một trong: ${fits.join(', ')}.`, en: `Use one of ${fits.join(', ')}.` }
      : { vi: 'Bỏ "widget": danh sách được hiển thị theo itemFields.', en: 'Remove "widget": a list is shown through its itemFields.' },
    { widget, type: info.type }));
}
