// vitest globalSetup of the `server` project: a throwaway PostgreSQL cluster for the PostgreSQL suites
// (issue 5: "API tests run against the embedded store and against a real PostgreSQL"). It starts one
// cluster per run with scripts/postgres-cluster.mjs, hands its URL to the test workers as DATABASE_URL
// (workers inherit this process's environment), and stops it at teardown.
//
// - DATABASE_URL already set: that server is used as is (each suite makes and drops its own database).
// - MOTCUA_TEST_POSTGRES=0: no PostgreSQL; those suites show as skipped.
// - No PostgreSQL binaries: a failure in CI (CI must prove both stores), a skip with a notice elsewhere.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const script = path.join(root, 'scripts/postgres-cluster.mjs');
const runs = path.join(root, '.vitest/postgres-runs');
// One state directory per vitest process, so concurrent runs in one checkout never stop each other's cluster.
const state = path.join(runs, String(process.pid));
const MISSING_BINARIES = 3;

let started = false;

export function setup(): void {
  if (process.env['MOTCUA_TEST_POSTGRES'] === '0') {
    delete process.env['DATABASE_URL'];
    notice('MOTCUA_TEST_POSTGRES=0: the PostgreSQL suites are skipped.');
    return;
  }
  if (process.env['DATABASE_URL']) return;
  pruneAbandonedRuns();
  const result = cluster('start', state);
  if (result.status === MISSING_BINARIES) {
    const isCi = Boolean(process.env['CI']) && process.env['CI'] !== 'false';
    if (isCi) throw new Error(`CI must run the PostgreSQL suites, but ${result.stderr.trim()}`);
    notice(`${result.stderr.trim()}\nThe PostgreSQL suites are skipped (in CI this is a failure); set MOTCUA_TEST_POSTGRES=0 to silence this notice.`);
    return;
  }
  if (result.status !== 0) throw new Error(`Could not start a throwaway PostgreSQL cluster:\n${result.stderr}`);
  started = true;
  process.env['DATABASE_URL'] = result.stdout.trim().replace(/^DATABASE_URL=/, '');
}

export function teardown(): void {
  if (!started) return;
  const result = cluster('stop', state);
  rmSync(state, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`Could not stop the throwaway PostgreSQL cluster:\n${result.stderr}`);
}

function cluster(verb: 'start' | 'stop', stateDir: string) {
  return spawnSync(process.execPath, [script, verb, '--state', stateDir], { encoding: 'utf8' });
}

/** Stops the clusters of runs whose vitest process is gone (killed before its teardown). */
function pruneAbandonedRuns(): void {
  if (!existsSync(runs)) return;
  for (const pid of readdirSync(runs)) {
    if (isAlive(Number(pid))) continue;
    cluster('stop', path.join(runs, pid));
    rmSync(path.join(runs, pid), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function notice(message: string): void {
  console.warn(`\n[postgres] ${message}\n`);
}
