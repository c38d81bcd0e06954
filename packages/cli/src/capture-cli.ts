import { runCli } from './run-cli.js';

/** What a `motcua` run printed, and its exit code. */
export interface CapturedRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the `motcua` command line in-process and returns its exit code and output — for tests,
 * editor integrations and build tools that want the CLI's results without spawning a process.
 *
 * @example const { code, stdout } = await captureCli(['validate', 'procedures'], process.cwd());
 */
export async function captureCli(argv: readonly string[], cwd: string): Promise<CapturedRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, cwd });
  return { code, stdout, stderr };
}
