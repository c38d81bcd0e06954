/**
 * `validateFormData`: checks applicant answers against the procedure's form (`form.data`), so a dossier
 * never holds data its own form forbids. Closed forms: a field the form does not declare is an error
 * (design.md: bad input — unknown fields — gets a clear error and changes nothing).
 *
 * Patches sent with officer actions are checked for shape only; on SUBMIT the whole dossier is also
 * checked for `required` fields and for layout fields whose `requiredWhen` holds on a visible page — for a
 * list's `itemFields`, in each item, with `$item` reading that item.
 */
import { checkCitizenId, isValidTaxCode } from '../identifiers/index.js';
import { isIsoDate } from '../expression/index.js';
import type { ExpressionEnvironment } from '../expression/index.js';
import type { Form, FormField, FormObject, LayoutField } from '../generated/procedure.types.js';
import { dataIssue } from './create-rejection.js';
import { holds } from './dossier-environment.js';
import type { DataIssue } from './types.js';

/** Stop after this many issues: enough to fix, not enough to flood a response. */
const MAX_ISSUES = 20;

// Vietnamese identifier shapes (domain.md §6): citizen id 12 digits (structure checked by
// checkCitizenId: it has no check digit), tax code 10 digits or 13 with a branch suffix (check digit by
// isValidTaxCode) or a 12-digit personal number, administrative units 2 (province) or 5 (commune) digits.
const FORMATS: Readonly<Record<string, RegExp>> = {
  'citizen-id': /^\d{12}$/,
  'tax-code': /^(?:\d{10}(?:-\d{3})?|\d{12})$/,
  'administrative-unit': /^\d{2,5}$/,
  phone: /^(?:0|\+84)\d{9,10}$/,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/,
};

const patterns = new Map<string, RegExp | null>();

function patternOf(source: string): RegExp | null {
  let re = patterns.get(source);
  if (re === undefined) {
    try { re = new RegExp(source, 'u'); } catch { re = null; }
    patterns.set(source, re);
  }
  return re;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function join(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}

function checkString(field: Extract<FormField, { type: 'string' }>, value: string, path: string, out: DataIssue[]): void {
  const length = [...value].length;
  if (field.enum && !field.enum.includes(value)) out.push(dataIssue(path, `phải là một trong ${field.enum.join(', ')}`, `must be one of ${field.enum.join(', ')}`));
  if (field.minLength !== undefined && length < field.minLength) out.push(dataIssue(path, `cần ít nhất ${field.minLength} ký tự`, `needs at least ${field.minLength} characters`));
  if (field.maxLength !== undefined && length > field.maxLength) out.push(dataIssue(path, `tối đa ${field.maxLength} ký tự`, `at most ${field.maxLength} characters`));
  if (field.pattern !== undefined && patternOf(field.pattern)?.test(value) === false) out.push(dataIssue(path, 'không đúng mẫu quy định', `does not match the pattern ${field.pattern}`));
  if (field.format === 'date' ? !isIsoDate(value) : field.format !== undefined && FORMATS[field.format]?.test(value) === false) {
    out.push(dataIssue(path, `không đúng định dạng ${field.format}`, `is not a valid ${field.format}`));
  } else if (field.format === 'citizen-id' && checkCitizenId(value) !== null) {
    out.push(dataIssue(path, 'số định danh cá nhân không hợp lệ: 3 chữ số đầu là mã tỉnh nơi đăng ký khai sinh (001–096)', 'is not a valid personal ID number: the first 3 digits are the province of birth registration (001–096)'));
  } else if (field.format === 'tax-code' && !isValidTaxCode(value)) {
    out.push(dataIssue(path, 'mã số thuế sai chữ số kiểm tra', 'is not a valid tax code: the check digit does not match'));
  }
}

function checkField(field: FormField, value: unknown, path: string, complete: boolean, out: DataIssue[]): void {
  if (out.length >= MAX_ISSUES) return;
  switch (field.type) {
    case 'object':
      checkObject(field, value, path, complete, out);
      return;
    case 'string':
      if (typeof value !== 'string') out.push(dataIssue(path, 'phải là chuỗi ký tự', 'must be a string'));
      else checkString(field, value, path, out);
      return;
    case 'number':
    case 'integer':
      if (typeof value !== 'number' || !Number.isFinite(value) || (field.type === 'integer' && !Number.isInteger(value))) {
        out.push(dataIssue(path, field.type === 'integer' ? 'phải là số nguyên' : 'phải là số', field.type === 'integer' ? 'must be a whole number' : 'must be a number'));
        return;
      }
      if (field.minimum !== undefined && value < field.minimum) out.push(dataIssue(path, `không được nhỏ hơn ${field.minimum}`, `must be at least ${field.minimum}`));
      if (field.maximum !== undefined && value > field.maximum) out.push(dataIssue(path, `không được lớn hơn ${field.maximum}`, `must be at most ${field.maximum}`));
      if (field.enum && !field.enum.includes(value)) out.push(dataIssue(path, `phải là một trong ${field.enum.join(', ')}`, `must be one of ${field.enum.join(', ')}`));
      return;
    case 'boolean':
      if (typeof value !== 'boolean') out.push(dataIssue(path, 'phải là đúng/sai', 'must be true or false'));
      return;
    case 'array':
      if (!Array.isArray(value)) { out.push(dataIssue(path, 'phải là danh sách', 'must be a list')); return; }
      if (field.minItems !== undefined && value.length < field.minItems) out.push(dataIssue(path, `cần ít nhất ${field.minItems} mục`, `needs at least ${field.minItems} items`));
      if (field.maxItems !== undefined && value.length > field.maxItems) out.push(dataIssue(path, `tối đa ${field.maxItems} mục`, `at most ${field.maxItems} items`));
      value.forEach((item, i) => checkField(field.items, item, join(path, i), complete, out));
  }
}

function checkObject(field: FormObject, value: unknown, path: string, complete: boolean, out: DataIssue[]): void {
  if (!isPlainObject(value)) { out.push(dataIssue(path, 'phải là một nhóm trường (object)', 'must be an object')); return; }
  const properties = field.properties ?? {};
  for (const key of Object.keys(value)) {
    const child = Object.hasOwn(properties, key) ? properties[key] : undefined;
    if (child === undefined) out.push(dataIssue(join(path, key), 'tờ khai không có trường này', 'the form has no such field'));
    else if (value[key] !== undefined) checkField(child, value[key], join(path, key), complete, out);
  }
  if (complete) {
    for (const name of field.required ?? []) {
      if (!isFilled(value[name])) out.push(dataIssue(join(path, name), 'bắt buộc phải khai', 'is required'));
    }
  }
}

/** The value at dotted `path` (`members.0.note` indexes the list), own properties only. */
function readField(data: unknown, path: string): unknown {
  let current = data;
  for (const segment of path.split('.')) {
    if (!(isPlainObject(current) || Array.isArray(current)) || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/**
 * Checks form data. With `complete`, also checks required fields: the schema's `required` lists and
 * layout fields whose `requiredWhen` holds (on pages and fields that are visible).
 *
 * @param env the dossier's environment, for `requiredWhen` / `visibleWhen`; needed only with `complete`.
 * @example validateFormData(procedure.form, { copies: 0 }, { complete: false }) // [{ path: 'copies', … 'must be at least 1' }]
 */
export function validateFormData(form: Form, data: unknown, options: { complete: boolean; env?: ExpressionEnvironment }): DataIssue[] {
  const out: DataIssue[] = [];
  checkObject(form.data, data, '', options.complete, out);
  if (options.complete && options.env) {
    const env = options.env;
    for (const page of form.layout.pages) {
      if (page.visibleWhen !== undefined && !holds(page.visibleWhen, env)) continue;
      for (const field of page.fields) {
        if (!requireWhen(field, field.field, data, env, out)) continue;
        // A question inside list items is judged per item: `$item` reads that item.
        const items = readField(data, field.field);
        if (field.itemFields && Array.isArray(items)) {
          items.forEach((item, i) => field.itemFields!.forEach((q) => requireWhen(q, `${field.field}.${i}.${q.field}`, data, { ...env, item }, out)));
        }
      }
    }
  }
  return out.slice(0, MAX_ISSUES);
}

/** Reports the question at `path` when it is shown and its `requiredWhen` holds but it is not answered; false when it is hidden. */
function requireWhen(question: Pick<LayoutField, 'visibleWhen' | 'requiredWhen'>, path: string, data: unknown, env: ExpressionEnvironment, out: DataIssue[]): boolean {
  if (question.visibleWhen !== undefined && !holds(question.visibleWhen, env)) return false;
  if (question.requiredWhen !== undefined && holds(question.requiredWhen, env) && !isFilled(readField(data, path)) && !out.some((i) => i.path === path)) {
    out.push(dataIssue(path, 'bắt buộc phải khai trong trường hợp này', 'is required in this case'));
  }
  return true;
}
