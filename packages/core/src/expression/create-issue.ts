/**
 * The checker's messages, Vietnamese first and English alongside. Each says where (the JSON
 * Pointer), what was expected, what was found, and — in the hint — how to fix it.
 *
 * This module is long because it is the message catalogue for every issue code; keeping them
 * together lets a translator review all of them at once.
 */

import { EXPRESSION_OPERATORS, OPERATOR_NAMES, isOperatorName } from './expression-operators.js';
import type { Message } from '../types.js';
import { CONTEXT_VARIABLES } from './variable-path.js';
import type { ExpressionIssue, ExpressionIssueCode, ExpressionType } from './types.js';

/** Why an expression is structurally malformed (`params.reason` of `expression.malformed`). */
export type MalformedReason = 'value' | 'array' | 'keys' | 'path' | 'path-type' | 'default' | 'list-item' | 'present-path' | 'too-deep';

/** The params each issue code carries. */
export interface IssueParams {
  'expression.malformed': { reason: MalformedReason; found?: string; keys?: string[]; max?: number };
  'expression.unknown-operator': { operator: string; suggestion?: string };
  /** `max: null` means no upper bound; `found: null` means the operand was not an array. */
  'expression.arity': { operator: string; min: number; max: number | null; found: number | null };
  'expression.unknown-field': { field: string; suggestion?: string };
  'expression.unknown-document': { document: string; known: string[]; suggestion?: string };
  'expression.unknown-context-variable': { variable: string; suggestion?: string };
  'expression.item-outside-list': { variable: string };
  'expression.type-mismatch': { operator: string; expected: ExpressionType[]; found: ExpressionType; value?: unknown };
  'expression.enum-mismatch': { field: string; value: unknown; allowed: unknown[]; suggestion?: unknown };
  'expression.unknown-case': { case: string; cases: string[]; suggestion?: string };
}

type Template<TParams> = (where: Message, params: TParams) => { message: Message; hint?: Message };

const TYPE_NAMES: Readonly<Record<ExpressionType, Message>> = {
  string: { vi: 'chuỗi ký tự', en: 'a string' },
  number: { vi: 'số', en: 'a number' },
  boolean: { vi: 'giá trị đúng/sai', en: 'a boolean' },
  date: { vi: 'ngày dạng YYYY-MM-DD', en: 'a date (YYYY-MM-DD)' },
  null: { vi: 'null', en: 'null' },
  array: { vi: 'danh sách', en: 'an array' },
  object: { vi: 'đối tượng', en: 'an object' },
  unknown: { vi: 'giá trị chưa rõ kiểu', en: 'a value of unknown type' },
};

/** A short, safe rendering of any value for a message. */
export function previewValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function') return typeof value;
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined; // cyclic or otherwise unserializable
  }
  if (text === undefined) return typeof value;
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

const typeList = (types: readonly ExpressionType[]): Message => ({
  vi: types.map((type) => TYPE_NAMES[type].vi).join(' hoặc '),
  en: types.map((type) => TYPE_NAMES[type].en).join(' or '),
});

const didYouMean = (suggestion: string | undefined): Message | undefined =>
  suggestion === undefined ? undefined : { vi: `Có phải ý bạn là "${suggestion}"?`, en: `Did you mean "${suggestion}"?` };

const OPERATOR_LIST = OPERATOR_NAMES.join(', ');
const CONTEXT_LIST = CONTEXT_VARIABLES.join(', ');

const MALFORMED: Readonly<Record<MalformedReason, (found: string, params: IssueParams['expression.malformed']) => { message: Message; hint?: Message }>> = {
  value: (found) => ({
    message: { vi: `${found} không phải là biểu thức; biểu thức là chuỗi, số, đúng/sai, null hoặc một đối tượng có đúng một toán tử`, en: `${found} is not an expression; an expression is a string, number, boolean, null or an object with exactly one operator` },
  }),
  array: () => ({
    message: { vi: 'danh sách không phải là biểu thức', en: 'an array is not an expression' },
    hint: { vi: 'Danh sách chỉ dùng làm vế thứ hai của "in", ví dụ {"in": [{"var": "$case"}, ["a", "b"]]}; để ghép điều kiện, dùng {"and": [...]} hoặc {"or": [...]}.', en: 'Arrays are only allowed as the list in "in", e.g. {"in": [{"var": "$case"}, ["a", "b"]]}; to combine conditions use {"and": [...]} or {"or": [...]}.' },
  }),
  keys: (_found, { keys = [] }) => ({
    message: {
      vi: `đối tượng biểu thức phải có đúng một khóa toán tử, nhưng có ${keys.length} khóa${keys.length > 0 ? ` (${keys.join(', ')})` : ''}`,
      en: `an expression object has exactly one operator key, found ${keys.length}${keys.length > 0 ? ` (${keys.join(', ')})` : ''}`,
    },
    hint: keys.includes('var')
      ? { vi: 'Để có giá trị mặc định, viết {"var": ["đường.dẫn", <giá trị mặc định>]}.', en: 'For a default value write {"var": ["path", <default>]}.' }
      : keys.length === 0
        ? { vi: 'Thêm một toán tử, ví dụ {"present": "email"}.', en: 'Add one operator, e.g. {"present": "email"}.' }
        : { vi: 'Tách thành nhiều biểu thức rồi ghép bằng {"and": [...]} hoặc {"or": [...]}.', en: 'Split it into several expressions and combine them with {"and": [...]} or {"or": [...]}.' },
  }),
  path: (found) => ({
    message: { vi: `${found} không phải là đường dẫn trường hợp lệ`, en: `${found} is not a valid field path` },
    hint: { vi: 'Viết các tên trường cách nhau bằng dấu chấm, không có đoạn rỗng, ví dụ "child.birthDate" hoặc "applicants.0.name".', en: 'Write field names separated by dots, with no empty segment, e.g. "child.birthDate" or "applicants.0.name".' },
  }),
  'path-type': (found) => ({
    message: { vi: `"var" cần một đường dẫn dạng chuỗi, nhưng nhận được ${found}`, en: `"var" takes a path string, found ${found}` },
    hint: { vi: 'Viết {"var": "email"}, hoặc kèm giá trị mặc định: {"var": ["email", ""]}.', en: 'Write {"var": "email"}, or with a default: {"var": ["email", ""]}.' },
  }),
  default: (found) => ({
    message: { vi: `giá trị mặc định của "var" phải là chuỗi, số, đúng/sai hoặc null, nhưng nhận được ${found}`, en: `the default of "var" must be a string, number, boolean or null, found ${found}` },
  }),
  'list-item': (found) => ({
    message: { vi: `phần tử trong danh sách của "in" phải là giá trị cố định (chuỗi, số, đúng/sai hoặc null), nhưng nhận được ${found}`, en: `items of the list in "in" must be constants (string, number, boolean or null), found ${found}` },
    hint: { vi: 'Để so sánh với giá trị của một trường khác, dùng {"or": [{"==": [a, b]}, ...]}.', en: 'To compare with another field, use {"or": [{"==": [a, b]}, ...]}.' },
  }),
  'present-path': (found) => ({
    message: { vi: `"present" cần đường dẫn tới một trường của biểu mẫu, nhưng nhận được ${found}`, en: `"present" takes the path of a form field, found ${found}` },
    hint: { vi: 'Ví dụ {"present": "email"}; để hỏi một thành phần hồ sơ đã nộp chưa, dùng {"var": "$documents.<mã>"}.', en: 'E.g. {"present": "email"}; to ask whether a dossier component was provided, use {"var": "$documents.<id>"}.' },
  }),
  'too-deep': (_found, { max }) => ({
    message: { vi: `biểu thức lồng quá ${max} tầng toán tử`, en: `the expression nests more than ${max} operators deep` },
    hint: { vi: 'Tách điều kiện thành các phần đơn giản hơn.', en: 'Split the condition into simpler parts.' },
  }),
};

function arityText(op: string, min: number, max: number | null): Message {
  if (op === 'var') return { vi: 'một đường dẫn hoặc [đường dẫn, giá trị mặc định]', en: 'a path or [path, default]' };
  if (max === null) return { vi: `một danh sách ít nhất ${min} toán hạng`, en: `an array of at least ${min} operands` };
  if (min === max) return { vi: `một danh sách đúng ${min} toán hạng`, en: `an array of exactly ${min} operand${min === 1 ? '' : 's'}` };
  return { vi: `một danh sách ${min} hoặc ${max} toán hạng`, en: `an array of ${min} or ${max} operands` };
}

function typeMismatchHint({ operator, expected, value }: IssueParams['expression.type-mismatch']): Message | undefined {
  if (typeof value === 'string' && expected.includes('number') && value.trim() !== '' && Number.isFinite(Number(value))) {
    return { vi: `Viết số không có dấu ngoặc kép: ${Number(value)} thay vì "${value}".`, en: `Write the number without quotes: ${Number(value)}, not "${value}".` };
  }
  if ((value === 'true' || value === 'false') && expected.includes('boolean')) {
    return { vi: `Viết ${value} không có dấu ngoặc kép.`, en: `Write ${value} without quotes.` };
  }
  if (expected.length === 1 && expected[0] === 'boolean') {
    return { vi: 'Dùng một phép so sánh hoặc "present" để có giá trị đúng/sai, ví dụ {"present": "email"} hay {"==": [{"var": "gender"}, "nữ"]}.', en: 'Use a comparison or "present" to get a boolean, e.g. {"present": "email"} or {"==": [{"var": "gender"}, "nữ"]}.' };
  }
  if (expected.length === 1 && expected[0] === 'date') {
    return { vi: 'Dùng một trường kiểu ngày, {"var": "$today"} hoặc một ngày viết "YYYY-MM-DD", ví dụ "2025-07-01".', en: 'Use a date field, {"var": "$today"} or a date written "YYYY-MM-DD", e.g. "2025-07-01".' };
  }
  if (operator === '<' || operator === '<=' || operator === '>' || operator === '>=') {
    return { vi: 'Chỉ so sánh lớn, nhỏ giữa hai số, hai ngày hoặc hai chuỗi; để so sánh bằng, dùng "==".', en: 'Order only two numbers, two dates or two strings; to test equality use "==".' };
  }
  if (expected.length === 1 && expected[0] === 'number') {
    return { vi: 'Phép tính, min và max chỉ nhận số: dùng một trường kiểu số hoặc một số viết không có dấu ngoặc kép.', en: 'Arithmetic, min and max take numbers only: use a number field or a number without quotes.' };
  }
  return undefined;
}

const TEMPLATES: { readonly [C in ExpressionIssueCode]: Template<IssueParams[C]> } = {
  'expression.malformed': (where, params) => {
    const { message, hint } = MALFORMED[params.reason](params.found ?? '', params);
    return { message: { vi: `${where.vi}: ${message.vi}.`, en: `${where.en}: ${message.en}.` }, ...(hint && { hint }) };
  },
  'expression.unknown-operator': (where, { operator, suggestion }) => ({
    message: { vi: `${where.vi}: toán tử "${operator}" không được hỗ trợ; các toán tử hợp lệ: ${OPERATOR_LIST}.`, en: `${where.en}: unknown operator "${operator}"; the operators are ${OPERATOR_LIST}.` },
    ...(suggestion !== undefined && isOperatorName(suggestion) && {
      hint: { vi: `Có phải ý bạn là "${suggestion}"? Ví dụ: ${EXPRESSION_OPERATORS[suggestion].example}`, en: `Did you mean "${suggestion}"? Example: ${EXPRESSION_OPERATORS[suggestion].example}` },
    }),
  }),
  'expression.arity': (where, { operator, min, max, found }) => {
    const expected = arityText(operator, min, max);
    const got: Message = found === null ? { vi: 'một giá trị không phải danh sách', en: 'a value that is not an array' } : { vi: `${found} toán hạng`, en: `${found} operand${found === 1 ? '' : 's'}` };
    const example = isOperatorName(operator) ? EXPRESSION_OPERATORS[operator].example : '';
    return {
      message: { vi: `${where.vi}: "${operator}" cần ${expected.vi}, nhưng nhận được ${got.vi}.`, en: `${where.en}: "${operator}" takes ${expected.en}, found ${got.en}.` },
      hint: { vi: `Ví dụ: ${example}`, en: `Example: ${example}` },
    };
  },
  'expression.unknown-field': (where, { field, suggestion }) => ({
    message: { vi: `${where.vi}: trường "${field}" không có trong biểu mẫu của thủ tục.`, en: `${where.en}: field "${field}" is not in the procedure's form.` },
    hint: didYouMean(suggestion) ?? { vi: 'Kiểm tra tên trường trong biểu mẫu của thủ tục (phân biệt chữ hoa, chữ thường).', en: "Check the field names in the procedure's form (names are case-sensitive)." },
  }),
  'expression.unknown-document': (where, { document, known, suggestion }) => ({
    message: { vi: `${where.vi}: thành phần hồ sơ "${document}" chưa được khai báo trong thủ tục.`, en: `${where.en}: dossier component "${document}" is not declared in the procedure.` },
    hint: didYouMean(suggestion) ?? (known.length > 0
      ? { vi: `Các thành phần hồ sơ đã khai báo: ${known.join(', ')}.`, en: `The declared dossier components are ${known.join(', ')}.` }
      : { vi: 'Khai báo thành phần này trong danh sách thành phần hồ sơ của thủ tục.', en: "Declare the component in the procedure's dossier components." }),
  }),
  'expression.unknown-context-variable': (where, { variable, suggestion }) => ({
    message: { vi: `${where.vi}: biến ngữ cảnh "${variable}" không tồn tại; các biến hợp lệ: ${CONTEXT_LIST}.`, en: `${where.en}: unknown context variable "${variable}"; the context variables are ${CONTEXT_LIST}.` },
    ...(suggestion !== undefined && { hint: didYouMean(suggestion) }),
  }),
  'expression.item-outside-list': (where, { variable }) => ({
    message: { vi: `${where.vi}: "${variable}" chỉ dùng được trong visibleWhen/requiredWhen của itemFields.`, en: `${where.en}: "${variable}" is only allowed in the visibleWhen/requiredWhen of itemFields.` },
    hint: { vi: 'Chuyển điều kiện vào itemFields, hoặc đọc một phần tử theo chỉ số: {"var": "members.0.relationship"}.', en: 'Move the condition into itemFields, or read one item by index: {"var": "members.0.relationship"}.' },
  }),
  'expression.type-mismatch': (where, params) => {
    const expected = typeList(params.expected);
    const found = TYPE_NAMES[params.found];
    const shown = params.value === undefined ? '' : ` (${previewValue(params.value)})`;
    const hint = typeMismatchHint(params);
    return {
      message: { vi: `${where.vi}: "${params.operator}" cần ${expected.vi}, nhưng ở đây là ${found.vi}${shown}.`, en: `${where.en}: "${params.operator}" expects ${expected.en}, found ${found.en}${shown}.` },
      ...(hint && { hint }),
    };
  },
  'expression.enum-mismatch': (where, { field, value, allowed, suggestion }) => {
    const list = allowed.map(previewValue).join(', ');
    const guess = suggestion === undefined ? { vi: '', en: '' } : { vi: `Có phải ý bạn là ${previewValue(suggestion)}? `, en: `Did you mean ${previewValue(suggestion)}? ` };
    return {
      message: { vi: `${where.vi}: giá trị ${previewValue(value)} không nằm trong các giá trị cho phép của "${field}".`, en: `${where.en}: ${previewValue(value)} is not an allowed value of "${field}".` },
      hint: { vi: `${guess.vi}Dùng một trong: ${list}.`, en: `${guess.en}Use one of: ${list}.` },
    };
  },
  'expression.unknown-case': (where, { case: caseId, cases, suggestion }) => {
    const guess = didYouMean(suggestion);
    return {
      message: { vi: `${where.vi}: trường hợp "${caseId}" không được khai báo trong thủ tục.`, en: `${where.en}: case "${caseId}" is not declared in the procedure.` },
      hint: {
        vi: `${guess ? `${guess.vi} ` : ''}Các trường hợp đã khai báo: ${cases.join(', ') || '(không có)'}.`,
        en: `${guess ? `${guess.en} ` : ''}The declared cases are ${cases.join(', ') || '(none)'}.`,
      },
    };
  },
};

/**
 * Builds an issue with its bilingual message and hint.
 *
 * @example
 * createIssue('expression.unknown-field', '/guard/var', { field: 'child.birthdate', suggestion: 'child.birthDate' })
 */
export function createIssue<C extends ExpressionIssueCode>(code: C, pointer: string, params: IssueParams[C]): ExpressionIssue {
  const where: Message = pointer === '' ? { vi: '(gốc)', en: '(root)' } : { vi: pointer, en: pointer };
  const template = TEMPLATES[code] as Template<IssueParams[C]>;
  const { message, hint } = template(where, params);
  const issue: { code: C; pointer: string; params: Readonly<Record<string, unknown>>; message: Message; hint?: Message } = {
    code,
    pointer,
    params: params as unknown as Readonly<Record<string, unknown>>,
    message,
  };
  if (hint !== undefined) issue.hint = hint;
  return issue;
}
