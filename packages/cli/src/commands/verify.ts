/**
 * `motcua verify`: checks procedures the way `motcua validate` does, then verifies each valid one on
 * its compiled machine's state space (`verifyProcedure`): reachability, termination, roles and
 * agencies, approval before a result, allowances against the legal term, a supplement path.
 */
import { parseArgs } from 'node:util';
import { compileProcedure, ProcedureCompileError, validateProcedure, type Locale, type ValidationIssue } from '@motcua/core';
import { verifyProcedure, type Finding } from '@motcua/core/verify';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { loadDocument } from '../load-document.js';
import { expandInputs } from '../read-inputs.js';
import { formatIssue, parseLocale } from './validate.js';

export const VERIFY_HELP = `motcua verify <tệp | thư mục | glob>... [--json] [--lang vi|en]

Kiểm tra tĩnh thủ tục trên máy trạng thái đã biên dịch: trạng thái tới được, không ngõ cụt hay vòng
kẹt, vai trò và cơ quan có thật, kết quả phải qua phê duyệt, thời gian các bước không vượt thời hạn,
có đường yêu cầu bổ sung. Mỗi lỗi kèm đường đi (chuỗi thao tác) cho thấy lỗi.
Statically verifies procedures on their compiled state machine: reachable states, no dead ends or
traps, declared roles and agencies, approval before a result, step allowances within the legal term,
a supplement path. Each finding comes with the event path that shows it.
Mã thoát / Exit codes: 0 không có lỗi (có thể có cảnh báo) / no errors (warnings allowed),
1 có lỗi / errors, 2 sai cách gọi / usage error.

  --json         kết quả dạng JSON / machine-readable results
  --lang vi|en   ngôn ngữ thông báo (mặc định vi) / message language (default vi)`;

/** A file's result as printed by `--json`: validation errors, or the verification findings. */
export interface VerifyFileResult {
  file: string;
  valid: boolean;
  errors: ValidationIssue[];
  findings: Finding[];
}

/** `file  code  message`; the message ends with the witness path. Warnings say so. */
export function formatFinding(file: string, finding: Finding, lang: Locale): string {
  const warning = finding.severity === 'warning' ? (lang === 'vi' ? 'Cảnh báo: ' : 'Warning: ') : '';
  return `${file}  ${finding.code}  ${warning}${finding.message[lang]}`;
}

async function verifyFile(file: string, cwd: string): Promise<VerifyFileResult> {
  const loaded = await loadDocument(file, cwd, validateProcedure);
  if (!loaded.value) return { file, valid: false, errors: loaded.issues, findings: [] };
  try {
    const { valid, findings } = verifyProcedure(compileProcedure(loaded.value, { validate: false }));
    return { file, valid, errors: [], findings: [...findings] };
  } catch (error) {
    // A condition that parses but cannot compile is reported like a validation error.
    if (error instanceof ProcedureCompileError) return { file, valid: false, errors: [...error.issues], findings: [] };
    throw error;
  }
}

/** `motcua verify`: validates, then verifies every file; prints one line per problem. */
export async function verifyCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { json: { type: 'boolean', default: false }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) { io.stdout(`${VERIFY_HELP}\n`); return EXIT.ok; }
  const lang = parseLocale(values.lang);
  if (positionals.length === 0) throw new UsageError('Cần ít nhất một tệp thủ tục. / At least one procedure file is needed.');

  const results: VerifyFileResult[] = [];
  for (const file of await expandInputs(positionals, io.cwd)) results.push(await verifyFile(file, io.cwd));

  const failed = results.filter((r) => !r.valid);
  if (values.json) {
    io.stdout(`${JSON.stringify({ valid: failed.length === 0, files: results }, null, 2)}\n`);
    return failed.length === 0 ? EXIT.ok : EXIT.invalid;
  }
  for (const r of results) {
    for (const issue of r.errors) io.stdout(`${formatIssue(r.file, issue, lang)}\n`);
    for (const finding of r.findings) io.stdout(`${formatFinding(r.file, finding, lang)}\n`);
  }
  const errors = results.reduce((n, r) => n + r.errors.length + r.findings.filter((f) => f.severity === 'error').length, 0);
  const warnings = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'warning').length, 0);
  const warned = warnings === 0 ? '' : lang === 'vi' ? `, ${warnings} cảnh báo` : `, ${warnings} warning(s)`;
  io.stdout(failed.length === 0
    ? (lang === 'vi' ? `✓ ${results.length} tệp đạt kiểm tra${warned}.\n` : `✓ ${results.length} file(s) verified${warned}.\n`)
    : (lang === 'vi' ? `✗ ${errors} lỗi trong ${failed.length}/${results.length} tệp${warned}.\n` : `✗ ${errors} error(s) in ${failed.length} of ${results.length} file(s)${warned}.\n`));
  return failed.length === 0 ? EXIT.ok : EXIT.invalid;
}
