import type { SchemaError } from '../generated/validators.js';
import { suggestClosest } from '../expression/suggest.js';
import { createIssue, joinPointer, type ValidationIssue } from './issue.js';
import type { Message } from '../types.js';

const list = (values: unknown) => (Array.isArray(values) ? values.map((v) => JSON.stringify(v)).join(', ') : String(values));

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['chuỗi', 'a string'],
  number: ['số', 'a number'],
  integer: ['số nguyên', 'a whole number'],
  boolean: ['true/false', 'true/false'],
  object: ['đối tượng { }', 'an object { }'],
  array: ['danh sách [ ]', 'a list [ ]'],
  null: ['null', 'null'],
};

function describeType(value: unknown): [string, string] {
  if (value === null) return TYPE_NAMES.null!;
  if (Array.isArray(value)) return TYPE_NAMES.array!;
  if (typeof value === 'number') return Number.isInteger(value) ? ['số nguyên', 'a whole number'] : TYPE_NAMES.number!;
  return TYPE_NAMES[typeof value] ?? [typeof value, typeof value];
}

/** Reads the value at a JSON Pointer inside `root` (undefined when absent). */
function valueAt(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const raw of pointer.split('/').slice(1)) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

function message(vi: string, en: string): Message {
  return { vi, en };
}

/**
 * Turns one precompiled-validator error into an issue with a Vietnamese and English message
 * that says what was expected and what was found. Returns undefined for errors that only
 * repeat another (e.g. the `oneOf` wrapper around a discriminated branch).
 */
function toIssue(error: SchemaError, root: unknown): ValidationIssue | undefined {
  const at = error.instancePath;
  const found = valueAt(root, at);
  const p = error.params;
  switch (error.keyword) {
    case 'required': {
      const name = String(p.missingProperty);
      return createIssue('schema.required', at,
        message(`Thiếu thuộc tính bắt buộc "${name}".`, `Missing required property "${name}".`),
        message(`Thêm "${name}" vào đối tượng này.`, `Add "${name}" to this object.`), { missingProperty: name });
    }
    case 'additionalProperties': {
      const name = String(p.additionalProperty);
      const names = Object.keys(error.parentSchema?.properties ?? {});
      const guess = suggestClosest(name, names);
      const hint = guess
        ? message(`Có phải ý bạn là "${guess}"?`, `Did you mean "${guess}"?`)
        : message(`Các thuộc tính được phép: ${names.join(', ')}.`, `Allowed properties: ${names.join(', ')}.`);
      return createIssue('schema.unknown-property', joinPointer(at, name),
        message(`Thuộc tính "${name}" không có trong lược đồ.`, `Property "${name}" is not part of the schema.`), hint,
        { property: name, ...(guess ? { suggestion: guess } : {}) });
    }
    case 'type': {
      const [fvi, fen] = describeType(found);
      const expected = String(p.type).split(',');
      const evi = expected.map((t) => TYPE_NAMES[t]?.[0] ?? t).join(' hoặc ');
      const een = expected.map((t) => TYPE_NAMES[t]?.[1] ?? t).join(' or ');
      return createIssue('schema.type', at, message(`Cần ${evi}, nhưng gặp ${fvi}.`, `Expected ${een}, found ${fen}.`), undefined, { expected: p.type });
    }
    case 'enum': {
      const values = p.allowedValues as unknown[];
      const guess = typeof found === 'string' ? suggestClosest(found, values.filter((v): v is string => typeof v === 'string')) : undefined;
      return createIssue('schema.enum', at,
        message(`Giá trị ${JSON.stringify(found)} không hợp lệ; chọn một trong: ${list(values)}.`, `${JSON.stringify(found)} is not allowed; use one of ${list(values)}.`),
        guess ? message(`Có phải ý bạn là "${guess}"?`, `Did you mean "${guess}"?`) : undefined, { allowedValues: values, ...(guess ? { suggestion: guess } : {}) });
    }
    case 'const':
      return createIssue('schema.const', at,
        message(`Giá trị phải là ${JSON.stringify(p.allowedValue)}.`, `The value must be ${JSON.stringify(p.allowedValue)}.`), undefined, { allowedValue: p.allowedValue });
    case 'pattern':
      return createIssue('schema.pattern', at,
        message(`${JSON.stringify(found)} không đúng dạng yêu cầu (${p.pattern}).`, `${JSON.stringify(found)} does not have the required form (${p.pattern}).`),
        patternHint(String(p.pattern)), { pattern: p.pattern });
    case 'format':
      return createIssue('schema.format', at,
        message(`${JSON.stringify(found)} không đúng định dạng ${p.format}.`, `${JSON.stringify(found)} is not a valid ${p.format}.`),
        p.format === 'date' ? message('Viết ngày theo dạng YYYY-MM-DD, ví dụ 2025-07-01.', 'Write dates as YYYY-MM-DD, e.g. 2025-07-01.') : undefined, { format: p.format });
    case 'minimum': case 'maximum': case 'exclusiveMinimum': case 'exclusiveMaximum': {
      const op = { minimum: ['≥', '≥'], maximum: ['≤', '≤'], exclusiveMinimum: ['>', '>'], exclusiveMaximum: ['<', '<'] }[error.keyword]!;
      return createIssue(`schema.${error.keyword}`, at,
        message(`Giá trị ${JSON.stringify(found)} phải ${op[0]} ${p.limit}.`, `${JSON.stringify(found)} must be ${op[1]} ${p.limit}.`), undefined, { limit: p.limit });
    }
    case 'minLength': case 'maxLength':
      return createIssue(`schema.${error.keyword}`, at, error.keyword === 'minLength'
        ? message(`Chuỗi phải có ít nhất ${p.limit} ký tự.`, `The text must have at least ${p.limit} characters.`)
        : message(`Chuỗi chỉ được tối đa ${p.limit} ký tự.`, `The text may have at most ${p.limit} characters.`), undefined, { limit: p.limit });
    case 'minItems': case 'maxItems':
      return createIssue(`schema.${error.keyword}`, at, error.keyword === 'minItems'
        ? message(`Danh sách phải có ít nhất ${p.limit} mục.`, `The list must have at least ${p.limit} items.`)
        : message(`Danh sách chỉ được tối đa ${p.limit} mục.`, `The list may have at most ${p.limit} items.`), undefined, { limit: p.limit });
    case 'uniqueItems':
      return createIssue('schema.uniqueItems', joinPointer(at, Number(p.i)),
        message(`Mục thứ ${Number(p.i) + 1} trùng với mục thứ ${Number(p.j) + 1}.`, `Item ${Number(p.i) + 1} repeats item ${Number(p.j) + 1}.`),
        message('Xoá mục trùng.', 'Remove the duplicate.'), { i: p.i, j: p.j });
    case 'discriminator': {
      const tag = String(p.tagName);
      return createIssue('schema.discriminator', at, p.error === 'tag'
        ? message(`Thiếu hoặc sai "${tag}" nên không xác định được loại phần tử.`, `Missing or invalid "${tag}", so the kind of element cannot be told.`)
        : message(`Giá trị "${tag}" = ${JSON.stringify(valueAt(root, joinPointer(at, tag)))} không phải loại nào đã biết.`, `"${tag}" = ${JSON.stringify(valueAt(root, joinPointer(at, tag)))} is not a known kind.`),
      undefined, { tagName: tag });
    }
    case 'propertyNames':
      return undefined; // the pattern error on the name itself says it better
    case 'oneOf': case 'anyOf':
      return createIssue(`schema.${error.keyword}`, at,
        message('Giá trị không khớp với dạng nào được phép.', 'The value matches none of the allowed shapes.'), undefined, {});
    default:
      return createIssue(`schema.${error.keyword}`, at,
        message(`Giá trị không hợp lệ (${error.keyword}).`, `Invalid value (${error.keyword}).`), undefined, { ...p });
  }
}

/** Patterns of the procedure schema, with what an author needs to know to match them. */
const PATTERN_HINTS: [test: string, hint: Message][] = [
  ['^[a-z][a-z0-9]*(-[a-z0-9]+)*$', message('Mã chỉ gồm chữ thường không dấu, số và gạch nối, bắt đầu bằng chữ, ví dụ "to-khai".', 'Ids use lower-case ASCII letters, digits and single hyphens, starting with a letter, e.g. "birth-form".')],
  ['local\\.', message('Mã thủ tục dạng 1.001193, có thể kèm hậu tố tỉnh .H38, hoặc local.ten-thu-tuc.', 'Procedure codes look like 1.001193, optionally with a province suffix .H38, or local.procedure-name.')],
  ['^[0-9]+\\.[0-9]+\\.[0-9]+$', message('Phiên bản dạng MAJOR.MINOR.PATCH, ví dụ 1.0.0.', 'Versions look like MAJOR.MINOR.PATCH, e.g. 1.0.0.')],
  ['[0-5][0-9]$', message('Giờ dạng HH:MM, ví dụ 15:00.', 'Times look like HH:MM, e.g. 15:00.')],
  ['^[a-z]+/', message('Kiểu tệp dạng loại/kiểu con, ví dụ application/pdf.', 'Media types look like type/subtype, e.g. application/pdf.')],
];

function patternHint(pattern: string): Message | undefined {
  return PATTERN_HINTS.find(([test]) => pattern === test || pattern.includes(test))?.[1];
}

const isWrapper = (e: SchemaError) => e.keyword === 'anyOf' || e.keyword === 'oneOf';
/** `e` is one of the alternatives `w` tried on the same value. */
const inside = (e: SchemaError, w: SchemaError) => e !== w && e.instancePath === w.instancePath && e.schemaPath.startsWith(`${w.schemaPath}/`);
const SIMPLE_FORMS = ['const', 'enum', 'pattern', 'format'];

/** "A or B": an `anyOf` of simple forms (a time-zone name or an offset) said as one issue. */
function alternativesIssue(wrapper: SchemaError, alternatives: SchemaError[], root: unknown): ValidationIssue {
  const found = JSON.stringify(valueAt(root, wrapper.instancePath));
  const forms = alternatives.map((x) => (x.params.allowedValue !== undefined ? JSON.stringify(x.params.allowedValue)
    : x.params.allowedValues !== undefined ? list(x.params.allowedValues) : String(x.params.pattern ?? x.params.format)));
  return createIssue(`schema.${wrapper.keyword}`, wrapper.instancePath,
    message(`${found} không khớp dạng nào được phép: ${forms.join(' hoặc ')}.`, `${found} matches none of the allowed forms: ${forms.join(' or ')}.`),
    undefined, { forms });
}

/**
 * Converts the errors of a precompiled validator into issues. A wrapper (`oneOf`, `anyOf`)
 * whose alternatives are all simple forms becomes one "A or B" issue; other wrappers give way
 * to the more specific errors at or below the same place.
 */
export function toSchemaIssues(errors: readonly SchemaError[], root: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const push = (issue: ValidationIssue | undefined) => {
    if (issue && !issues.some((i) => i.code === issue.code && i.pointer === issue.pointer)) issues.push(issue);
  };
  const merged = errors.filter((w) => isWrapper(w) && errors.some((e) => inside(e, w)) && errors.filter((e) => inside(e, w)).every((e) => SIMPLE_FORMS.includes(e.keyword)));
  for (const error of errors) {
    if (merged.some((w) => inside(error, w))) continue;
    if (merged.includes(error)) { push(alternativesIssue(error, errors.filter((e) => inside(e, error)), root)); continue; }
    if (isWrapper(error) && errors.some((e) => !isWrapper(e) && e.instancePath.startsWith(error.instancePath))) continue;
    push(toIssue(error, root));
  }
  return issues;
}
