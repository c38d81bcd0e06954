// The Node entry as several processes on one port (MOTCUA_WORKERS): the BUILT entry, on PostgreSQL.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { createScratchDatabase } from '../store/store-contract.js';
import { readWorkerCount } from './serve-in-workers.js';
import { BUILT_ENTRY, exited, ROOT, startBuiltEntry, type RunningEntry } from './start-built-entry.js';

/** The pids of `parent`'s live children, from /proc. */
function childrenOf(parent: number): number[] {
  return readdirSync('/proc').filter((entry) => /^\d+$/.test(entry)).flatMap((entry) => {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return Number(ppid) === parent && state !== 'Z' ? [Number(entry)] : [];
    } catch { return []; }
  });
}

/** GET over a connection of its own (so the primary hands each to the next worker), with a bearer token. */
function getOnNewConnection(url: string, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, { agent: false, headers: { authorization: `Bearer ${token}` } }, (res) => { res.resume(); res.on('end', () => resolve(res.statusCode!)); })
      .on('error', reject).end();
  });
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 50) {
    if (waited > 30_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('readWorkerCount (MOTCUA_WORKERS)', () => {
  it('is 1 when unset, one per core for auto, and the number given', () => {
    expect(readWorkerCount(undefined, 8)).toBe(1);
    expect(readWorkerCount('', 8)).toBe(1);
    expect(readWorkerCount('auto', 8)).toBe(8);
    expect(readWorkerCount('3', 8)).toBe(3);
  });

  it('refuses anything else, naming the setting and what it takes', () => {
    for (const bad of ['0', '-2', '1.5', 'two', '65']) {
      expect(() => readWorkerCount(bad, 2)).toThrow(`MOTCUA_WORKERS="${bad}"`);
      expect(() => readWorkerCount(bad, 2)).toThrow('use a whole number from 1 to 64, or "auto"');
    }
  });
});

describe('the entry with MOTCUA_WORKERS', { timeout: 120_000 }, () => {
  it('refuses several workers on the embedded store, saying to set DATABASE_URL', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', MOTCUA_ROOT: ROOT, MOTCUA_WORKERS: '2' };
    delete env['DATABASE_URL'];
    const child = spawn(process.execPath, [BUILT_ENTRY], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => { errors += chunk.toString(); });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(errors).toContain('MOTCUA_WORKERS=2 cần DATABASE_URL');
    expect(errors).toContain('needs DATABASE_URL: the embedded store belongs to one process');
  });

  const serverUrl = process.env['DATABASE_URL'];
  describe.skipIf(!serverUrl)('on PostgreSQL', () => {
    let server: RunningEntry | undefined;
    let drop = async () => {};
    afterAll(async () => {
      if (server) { server.child.kill('SIGKILL'); await exited(server.child); }
      await drop();
    });

    it('serves one port from two processes that accept each other\'s tokens, replaces a killed one, and stops on SIGTERM', async () => {
      const scratch = await createScratchDatabase(serverUrl!);
      drop = scratch.drop;
      server = await startBuiltEntry({ DATABASE_URL: scratch.url, MOTCUA_WORKERS: '2', MOTCUA_JOB_INTERVAL_MS: '0' });
      expect(server.output()).toContain('(2 tiến trình / processes)');
      const primary = server.child.pid!;
      const workers = childrenOf(primary);
      expect(workers).toHaveLength(2);

      // The demo logins come from one worker; each of eight fresh connections goes to the next worker in
      // turn, and every one accepts the token: the signing key is shared.
      const { users } = await (await fetch(`${server.url}demo/users`)).json() as { users: { role: string; token: string }[] };
      const inbox = `${server.url}api/inbox`;
      const statuses = await Promise.all(Array.from({ length: 8 }, () => getOnNewConnection(inbox, users[0]!.token)));
      expect(statuses).toEqual(Array(8).fill(200));

      process.kill(workers[0]!, 'SIGKILL');
      await until(() => { const now = childrenOf(primary); return now.length === 2 && !now.includes(workers[0]!); }, 'a replacement worker');
      await until(() => server!.output().includes('worker 0 exited (SIGKILL); restarting'), 'the restart notice');
      const after = await Promise.all(Array.from({ length: 4 }, () => getOnNewConnection(inbox, users[0]!.token)));
      expect(after).toEqual(Array(4).fill(200));

      server.child.kill('SIGTERM');
      await exited(server.child);
      expect(server.child.exitCode).toBe(0);
      expect(workers.filter((pid) => childrenOf(primary).includes(pid))).toEqual([]);
      server = undefined;
    });
  });
});
