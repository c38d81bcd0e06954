import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { createIssue, splitPointer, type ValidationIssue } from './issue.js';
import { scanDuplicateKeys } from './scan-duplicate-keys.js';
import type { Message } from '../types.js';

/** A parsed JSON document that can tell where any JSON Pointer sits in its text. */
export interface ParsedJson {
  value: unknown;
  /** Syntax problems (with line and column); when any exist, `value` is undefined. */
  issues: ValidationIssue[];
  /** 1-based line and column of the value at `pointer` (or of the nearest existing parent). */
  locate(pointer: string): { line: number; column: number };
}

const SYNTAX_MESSAGES: Record<string, [vi: string, en: string]> = {
  InvalidSymbol: ['ký tự không hợp lệ', 'invalid character'],
  InvalidNumberFormat: ['số viết sai', 'malformed number'],
  PropertyNameExpected: ['thiếu tên thuộc tính (trong dấu nháy kép)', 'a property name (in double quotes) was expected'],
  ValueExpected: ['thiếu giá trị', 'a value was expected'],
  ColonExpected: ['thiếu dấu hai chấm ":"', 'a colon ":" was expected'],
  CommaExpected: ['thiếu dấu phẩy ","', 'a comma "," was expected'],
  CloseBraceExpected: ['thiếu dấu đóng "}"', 'a closing brace "}" was expected'],
  CloseBracketExpected: ['thiếu dấu đóng "]"', 'a closing bracket "]" was expected'],
  EndOfFileExpected: ['có nội dung thừa sau khi kết thúc tài liệu', 'unexpected content after the end of the document'],
  InvalidCommentToken: ['JSON không cho phép chú thích', 'JSON does not allow comments'],
  UnexpectedEndOfComment: ['chú thích chưa đóng', 'unterminated comment'],
  UnexpectedEndOfString: ['chuỗi chưa đóng dấu nháy kép', 'unterminated string'],
  UnexpectedEndOfNumber: ['số chưa kết thúc', 'unterminated number'],
  InvalidUnicode: ['mã Unicode \\u không hợp lệ', 'invalid \\u escape'],
  InvalidEscapeCharacter: ['ký tự thoát không hợp lệ', 'invalid escape character'],
  InvalidCharacter: ['ký tự điều khiển trong chuỗi', 'control character in a string'],
};

/** Maps character offsets to 1-based line and column. */
function createLineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

function syntaxIssue(error: ParseError, source: string): ValidationIssue {
  const name = printParseErrorCode(error.error);
  const closing = source[error.offset];
  if ((closing === '}' || closing === ']') && /,\s*$/.test(source.slice(Math.max(0, error.offset - 200), error.offset))) {
    return createIssue('json.syntax', '', { vi: `JSON sai cú pháp: dấu phẩy thừa trước "${closing}".`, en: `Malformed JSON: trailing comma before "${closing}".` },
      { vi: 'Xoá dấu phẩy sau phần tử cuối cùng.', en: 'Remove the comma after the last element.' }, { offset: error.offset, error: 'TrailingComma' });
  }
  const [vi, en] = SYNTAX_MESSAGES[name] ?? ['lỗi cú pháp JSON', 'JSON syntax error'];
  if (name === 'InvalidCommentToken' || name === 'InvalidSymbol' && (source.startsWith('//', error.offset) || source.startsWith('/*', error.offset))) {
    return createIssue('json.syntax', '', { vi: 'JSON sai cú pháp: JSON không cho phép chú thích.', en: 'Malformed JSON: JSON does not allow comments.' },
      { vi: 'Xoá chú thích; ghi chú cho người đọc đặt trong "description" hoặc "summary".', en: 'Remove the comment; put notes for readers in a "description" or "summary".' }, { offset: error.offset, error: 'Comment' });
  }
  const hint: Message = name === 'CommaExpected' || name === 'PropertyNameExpected' || name === 'ValueExpected'
    ? { vi: 'Kiểm tra dấu phẩy thừa hoặc thiếu ở dòng này hoặc dòng trên.', en: 'Look for a missing or trailing comma on this line or the one above.' }
    : { vi: 'Sửa cú pháp JSON tại vị trí này.', en: 'Fix the JSON syntax at this position.' };
  return createIssue('json.syntax', '', { vi: `JSON sai cú pháp: ${vi}.`, en: `Malformed JSON: ${en}.` }, hint, { offset: error.offset, error: name });
}

/**
 * Parses strict JSON text (no comments, no trailing commas) and keeps enough of the syntax
 * tree to report the line and column of any JSON Pointer. A leading byte-order mark is
 * ignored. Never throws: malformed text comes back as `json.syntax` issues.
 */
export function parseJson(text: string): ParsedJson {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') {
    const empty = createIssue('json.empty', '', { vi: 'Tệp rỗng: không có nội dung JSON.', en: 'Empty file: no JSON content.' },
      { vi: 'Viết định nghĩa thủ tục dạng JSON, bắt đầu bằng {.', en: 'Write the procedure as JSON, starting with {.' });
    return { value: undefined, issues: [{ ...empty, line: 1, column: 1 }], locate: () => ({ line: 1, column: 1 }) };
  }
  // The syntax tree costs ten times JSON.parse, and positions are only needed to report
  // issues: build it lazily, on the first call to locate().
  let tree: Node | undefined;
  let at: ((offset: number) => { line: number; column: number }) | undefined;
  const positions = () => {
    if (!at) {
      at = createLineIndex(source);
      tree = parseTree(source, [], { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    }
    return at;
  };
  const locate = (pointer: string) => {
    const toPosition = positions();
    if (!tree) return { line: 1, column: 1 };
    const tokens: (string | number)[] = splitPointer(pointer).map((t) => (/^(0|[1-9][0-9]*)$/.test(t) ? Number(t) : t));
    while (tokens.length > 0) {
      const node = findNodeAtLocation(tree, tokens);
      // Point at the property name rather than its value: that is where the author looks.
      if (node) return toPosition(node.parent?.type === 'property' ? node.parent.offset : node.offset);
      tokens.pop();
    }
    return toPosition(tree.offset);
  };

  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return { value: undefined, issues: syntaxIssues(source, positions()), locate };
  }
  const issues = scanDuplicateKeys(source).map(({ key, pointer, offset }) => ({
    ...createIssue('json.duplicate-key', pointer,
      { vi: `Thuộc tính "${key}" xuất hiện hai lần; chỉ giá trị sau cùng được dùng.`, en: `Property "${key}" appears twice; only the last value would be used.` },
      { vi: 'Xoá hoặc gộp một trong hai.', en: 'Remove or merge one of them.' },
      { property: key }),
    ...positions()(offset),
  }));
  return { value, issues, locate };
}

/** The syntax errors of malformed text, one per place, with line and column. */
function syntaxIssues(source: string, at: (offset: number) => { line: number; column: number }): ValidationIssue[] {
  const errors: ParseError[] = [];
  parseTree(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  // Only the first: after one syntax error the parser's view of the rest is guesswork (an
  // unterminated string swallows the next line, then "a comma is expected" there).
  const first = errors[0];
  const issues: ValidationIssue[] = first ? [{ ...syntaxIssue(first, source), ...at(first.offset) }] : [];
  // JSON.parse is stricter than the tolerant parser in a few corners (e.g. lone surrogates are fine,
  // but some control characters are not): never return "invalid" without saying why.
  return issues.length > 0 ? issues : [{ ...createIssue('json.syntax', '', { vi: 'JSON sai cú pháp.', en: 'Malformed JSON.' }), line: 1, column: 1 }];
}
