/**
 * `startBuiltEntry`: the BUILT Node entry (`packages/server/dist/main.js`, from `npx rollup -c`) as a
 * child process, for the suites that must see the real process: kill -9 recovery, the workers. Test
 * support: not exported from the package.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../../..');
export const BUILT_ENTRY = path.join(ROOT, 'packages/server/dist/main.js');

/** A started entry: the process, the URL it printed and everything it has printed so far. */
export interface RunningEntry { readonly child: ChildProcess; readonly url: string; readonly output: () => string }

/**
 * Starts the built entry on a free port with `env` added (DATABASE_URL only when `env` has it) and
 * resolves once it prints its URL. @throws Error with its output when it exits or is silent for 90 s.
 */
export function startBuiltEntry(env: Record<string, string>): Promise<RunningEntry> {
  return new Promise((resolve, reject) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: '0', MOTCUA_ROOT: ROOT, ...env };
    if (!('DATABASE_URL' in env)) delete childEnv['DATABASE_URL'];
    const child = spawn(process.execPath, [BUILT_ENTRY], { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start within 90 s:\n${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) { clearTimeout(timer); resolve({ child, url: match[1]!, output: () => output }); }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code, signal) => { clearTimeout(timer); reject(new Error(`the server exited (${code ?? signal}) before starting:\n${output}`)); });
  });
}

/** Resolves when `child` has exited. */
export function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}
