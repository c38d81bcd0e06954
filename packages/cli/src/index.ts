/**
 * @motcua/cli — the `motcua` command, also callable in-process.
 *
 * @example
 * const code = await runCli(['validate', 'examples/procedures'], { stdout: console.log, stderr: console.error, cwd: process.cwd() });
 */
export { runCli, HELP } from './run-cli.js';
export { validateCommand, formatIssue, type FileResult } from './commands/validate.js';
export { EXIT, UsageError, type CliIO } from './io.js';
