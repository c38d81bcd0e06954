import { deadlineCommand } from './commands/deadline.js';
import { diagramCommand } from './commands/diagram.js';
import { testCommand } from './commands/test.js';
import { validateCommand } from './commands/validate.js';
import { verifyCommand } from './commands/verify.js';
import { EXIT, UsageError, type CliIO } from './io.js';

const COMMANDS: Record<string, (args: readonly string[], io: CliIO) => Promise<number>> = {
  validate: validateCommand,
  deadline: deadlineCommand,
  diagram: diagramCommand,
  test: testCommand,
  verify: verifyCommand,
};

export const HELP = `motcua — thủ tục hành chính thành phần mềm / administrative procedures as software

Cách dùng / Usage: motcua <lệnh / command> [tuỳ chọn / options]

  validate <tệp>...   kiểm tra định nghĩa thủ tục / check procedure definitions
  verify <tệp>...     kiểm tra tĩnh quy trình (tới được, kết thúc, thời hạn) / verify workflows (reachability, termination, deadlines)
  deadline            tính hạn giải quyết và giải thích / compute a due date and explain it
  diagram <tệp>       vẽ quy trình (Mermaid, SVG) / draw the workflow (Mermaid, SVG)
  test <kịch bản>...  chạy kịch bản kiểm thử / run test scenarios

motcua <lệnh> --help cho chi tiết / for details.`;

/**
 * Runs the `motcua` command line and returns its exit code. Bad input and bad usage are
 * printed as messages (exit 1 or 2), never as stack traces.
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${HELP}\n`);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`motcua: không có lệnh "${name}". / unknown command "${name}".\n\n${HELP}\n`);
    return EXIT.usage;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (!usage) {
      io.stderr(`motcua ${name}: lỗi nội bộ, hãy báo lỗi / internal error, please report it: ${(error as Error).message}\n`);
      return EXIT.invalid;
    }
    io.stderr(`motcua ${name}: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
}
