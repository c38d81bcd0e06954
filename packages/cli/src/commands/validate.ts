import { parseArgs } from 'node:util';
import { validateProcedure, type Locale, type ValidationIssue } from '@motcua/core';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { expandInputs, readInput } from '../read-inputs.js';

export const VALIDATE_HELP = `motcua validate <tệp | thư mục | glob>... [--json] [--lang vi|en]

Kiểm tra định nghĩa thủ tục (lược đồ và ý nghĩa). / Checks procedure definitions (schema and meaning).
Mã thoát / Exit codes: 0 hợp lệ / valid, 1 có lỗi / invalid, 2 sai cách gọi / usage error.

  --json         kết quả dạng JSON / machine-readable results
  --lang vi|en   ngôn ngữ thông báo (mặc định vi) / message language (default vi)`;

/** A file's result as printed by `--json`. */
export interface FileResult {
  file: string;
  valid: boolean;
  errors: ValidationIssue[];
}

/** Parses `--lang`; anything but vi or en is a usage error. */
export function parseLocale(value: string | undefined): Locale {
  if (value === undefined || value === 'vi' || value === 'en') return value ?? 'vi';
  throw new UsageError(`--lang phải là vi hoặc en, không phải "${value}". / --lang must be vi or en, not "${value}".`);
}

/** `file:line:col  code  message  hint`, the compiler-style line editors and CI understand. */
export function formatIssue(file: string, issue: ValidationIssue, lang: Locale): string {
  const where = `${file}:${issue.line ?? 1}:${issue.column ?? 1}`;
  const hint = issue.hint ? `  ${lang === 'vi' ? 'Gợi ý' : 'Hint'}: ${issue.hint[lang]}` : '';
  const pointer = issue.pointer ? ` (${issue.pointer})` : '';
  return `${where}  ${issue.code}  ${issue.message[lang]}${pointer}${hint}`;
}

/** `motcua validate`: checks every file and prints one line per problem. */
export async function validateCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { json: { type: 'boolean', default: false }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) { io.stdout(`${VALIDATE_HELP}\n`); return EXIT.ok; }
  const lang = parseLocale(values.lang);
  if (positionals.length === 0) throw new UsageError('Cần ít nhất một tệp. / At least one file is needed.');

  const results: FileResult[] = [];
  for (const file of await expandInputs(positionals, io.cwd)) {
    const input = await readInput(file, io.cwd);
    if ('problem' in input) {
      results.push({ file, valid: false, errors: [{ ...input.problem, pointer: '', line: 1, column: 1 }] });
      continue;
    }
    const { valid, errors } = validateProcedure(input.text);
    results.push({ file, valid, errors });
  }

  const invalid = results.filter((r) => !r.valid);
  if (values.json) {
    io.stdout(`${JSON.stringify({ valid: invalid.length === 0, files: results }, null, 2)}\n`);
  } else {
    for (const r of results) for (const issue of r.errors) io.stdout(`${formatIssue(r.file, issue, lang)}\n`);
    const count = invalid.reduce((n, r) => n + r.errors.length, 0);
    io.stdout(invalid.length === 0
      ? (lang === 'vi' ? `✓ ${results.length} tệp hợp lệ.\n` : `✓ ${results.length} file(s) valid.\n`)
      : (lang === 'vi' ? `✗ ${count} lỗi trong ${invalid.length}/${results.length} tệp.\n` : `✗ ${count} error(s) in ${invalid.length} of ${results.length} file(s).\n`));
  }
  return invalid.length === 0 ? EXIT.ok : EXIT.invalid;
}
