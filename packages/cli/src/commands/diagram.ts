/**
 * `motcua diagram`: draws a procedure's workflow as Mermaid text or a standalone SVG, after checking
 * the procedure the way `motcua validate` does.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { validateProcedure, type Procedure } from '@motcua/core';
import { toMermaid, toSvg } from '@motcua/core/diagram';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { readInput } from '../read-inputs.js';
import { formatIssue, parseLocale } from './validate.js';

export const DIAGRAM_HELP = `motcua diagram <thủ-tục.json> [--format mermaid|svg] [--lang vi|en] [--output <tệp>]

Vẽ quy trình của thủ tục: các bước, vai trò, cơ quan, thời gian, thao tác và nhánh song song.
Draws a procedure's workflow: steps, roles, agencies, allowances, actions and parallel branches.
Mã thoát / Exit codes: 0 đã vẽ / drawn, 1 thủ tục không hợp lệ / invalid procedure, 2 sai cách gọi / usage error.

  --format mermaid|svg   định dạng (mặc định mermaid, hoặc theo đuôi tệp --output) / format (default mermaid, or from the --output extension)
  --lang vi|en           ngôn ngữ nhãn (mặc định vi) / label language (default vi)
  --output <tệp>         ghi ra tệp thay vì màn hình / write to a file instead of standard output`;

type DiagramFormat = 'mermaid' | 'svg';

function parseFormat(value: string | undefined, output: string | undefined): DiagramFormat {
  if (value === 'mermaid' || value === 'svg') return value;
  if (value !== undefined) {
    throw new UsageError(`--format phải là mermaid hoặc svg, không phải "${value}". / --format must be mermaid or svg, not "${value}".`);
  }
  return output?.toLowerCase().endsWith('.svg') ? 'svg' : 'mermaid';
}

/** `motcua diagram`: validates one procedure and prints (or writes) its diagram. */
export async function diagramCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { format: { type: 'string' }, lang: { type: 'string' }, output: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) { io.stdout(`${DIAGRAM_HELP}\n`); return EXIT.ok; }
  const lang = parseLocale(values.lang);
  const format = parseFormat(values.format, values.output);
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0
      ? 'Cần một tệp thủ tục. / One procedure file is needed.'
      : `Chỉ vẽ một thủ tục mỗi lần, nhận được ${positionals.length} tệp. / Draws one procedure at a time; got ${positionals.length} files.`);
  }
  const file = positionals[0]!;
  const input = await readInput(file, io.cwd);
  const result = 'problem' in input
    ? { valid: false, errors: [{ ...input.problem, pointer: '', line: 1, column: 1 }] }
    : validateProcedure(input.text);
  if (!result.valid || !('value' in result) || result.value === undefined) {
    for (const issue of result.errors) io.stderr(`${formatIssue(file, issue, lang)}\n`);
    io.stderr(lang === 'vi' ? '✗ Thủ tục không hợp lệ nên không vẽ được; sửa các lỗi trên rồi thử lại.\n' : '✗ The procedure is invalid, so it cannot be drawn; fix the errors above and try again.\n');
    return EXIT.invalid;
  }
  const procedure = result.value as Procedure;
  const text = format === 'svg' ? toSvg(procedure, { lang }) : toMermaid(procedure, { lang });
  if (values.output === undefined) {
    io.stdout(text);
    return EXIT.ok;
  }
  const target = path.resolve(io.cwd, values.output);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, text, 'utf8');
  io.stderr(lang === 'vi' ? `✓ Đã ghi ${values.output}\n` : `✓ Wrote ${values.output}\n`);
  return EXIT.ok;
}
