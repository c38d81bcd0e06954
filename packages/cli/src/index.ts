/**
 * @motcua/cli — the `motcua` command, also callable in-process.
 *
 * @example
 * const code = await runCli(['validate', 'examples/procedures'], { stdout: console.log, stderr: console.error, cwd: process.cwd() });
 */
export { runCli, HELP } from './run-cli.js';
export { captureCli, type CapturedRun } from './capture-cli.js';
export { validateCommand, formatIssue, type FileResult } from './commands/validate.js';
export { deadlineCommand } from './commands/deadline.js';
export { diagramCommand } from './commands/diagram.js';
export { testCommand } from './commands/test.js';
export { verifyCommand, formatFinding, type VerifyFileResult } from './commands/verify.js';
export { loadDocument, type Loaded } from './load-document.js';
export { EXIT, UsageError, type CliIO } from './io.js';
