// A throwaway PostgreSQL cluster for tests and benchmarks, from the installed server binaries
// (stack.md §5): loopback only, trust auth, `fsync=off` (unless MOTCUA_PG_DURABLE=1), in a /tmp directory
// that `stop` removes.
//
//   node scripts/postgres-cluster.mjs start [--state DIR]   prints DATABASE_URL=postgres://…/motcua_test
//   node scripts/postgres-cluster.mjs stop  [--state DIR]
//   node scripts/postgres-cluster.mjs url   [--state DIR]   prints the URL of the running cluster
//
// Both verbs are idempotent: `start` on a running cluster prints its URL again, `stop` without one does
// nothing. `start` writes the URL to DIR/postgres-url and the cluster's pid and directory to
// DIR/postgres-cluster.json (DIR defaults to .vitest at the repository root). PostgreSQL refuses to run
// as root, so as root every server command runs as the `postgres` user through runuser, and the cluster
// lives under /tmp, which that user can traverse. Exit status 3 means "no PostgreSQL binaries here".
// The binaries are /usr/lib/postgresql/<highest version>/bin, or MOTCUA_PG_BIN.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATABASE = 'motcua_test';
const MISSING_BINARIES = 3;

const [verb, ...rest] = process.argv.slice(2);
const stateDir = path.resolve(option(rest, '--state') ?? path.join(root, '.vitest'));
const stateFile = path.join(stateDir, 'postgres-cluster.json');
const urlFile = path.join(stateDir, 'postgres-url');

try {
  if (verb === 'start') console.log(`DATABASE_URL=${await start()}`);
  else if (verb === 'stop') stop();
  else if (verb === 'url') {
    const state = runningState();
    if (!state) fail('no cluster is running for this state directory; run `start` first');
    console.log(state.url);
  } else fail(`unknown command ${JSON.stringify(verb ?? '')}; use start, stop or url`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error), error?.exitCode);
}

async function start() {
  const running = runningState();
  if (running) return running.url;
  stop(); // a stale state file (a crashed run, a reboot): clear it before starting afresh
  const bin = findBinaries();
  const asPostgres = process.getuid?.() === 0;
  const dir = mkdtempSync('/tmp/motcua-pg-');
  const data = path.join(dir, 'data');
  const socket = path.join(dir, 'sock');
  mkdirSync(socket);
  chmodSync(dir, 0o755); // mkdtemp makes it 0700; the postgres user must reach it when we are root
  if (asPostgres) run('chown', ['-R', 'postgres:postgres', dir]);
  const pg = (tool, args) => (asPostgres ? run('runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args]) : run(path.join(bin, tool), args));
  try {
    pg('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-locale', '--no-sync']);
    const port = await freePort();
    pg('pg_ctl', ['-D', data, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', 'start',
      '-o', `-c listen_addresses=127.0.0.1 -p ${port} -k ${socket} ${settings()}`]);
    pg('createdb', ['-h', socket, '-p', String(port), '-U', 'postgres', DATABASE]);
    const pid = Number(readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const url = `postgres://postgres@127.0.0.1:${port}/${DATABASE}`;
    mkdirSync(stateDir, { recursive: true });
    writeFileSync(stateFile, `${JSON.stringify({ pid, dir, data, port, bin, asPostgres, url }, null, 2)}\n`);
    writeFileSync(urlFile, `${url}\n`);
    return url;
  } catch (error) {
    const log = path.join(dir, 'server.log');
    const tail = existsSync(log) ? `\n${readFileSync(log, 'utf8').split('\n').slice(-15).join('\n')}` : '';
    stopCluster({ dir, data, bin, asPostgres });
    throw new Error(`${error instanceof Error ? error.message : error}${tail}`);
  }
}

/**
 * The cluster's settings: durability off (`fsync`, `synchronous_commit`, `full_page_writes`) for fast
 * throwaway test clusters, unless MOTCUA_PG_DURABLE=1 keeps PostgreSQL's production defaults (the load
 * benchmark's headline figures). MOTCUA_PG_OPTIONS appends more `-c name=value` settings.
 */
function settings() {
  const relaxed = process.env.MOTCUA_PG_DURABLE === '1' ? '' : '-c fsync=off -c synchronous_commit=off -c full_page_writes=off ';
  return `${relaxed}-c max_connections=200 ${process.env.MOTCUA_PG_OPTIONS ?? ''}`.trim();
}

function stop() {
  const state = readState();
  if (state) stopCluster(state);
  rmSync(stateFile, { force: true });
  rmSync(urlFile, { force: true });
}

function stopCluster({ dir, data, bin, asPostgres }) {
  if (existsSync(path.join(data, 'postmaster.pid'))) {
    const ctl = [path.join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', '-w', 'stop'];
    spawnSync(asPostgres ? 'runuser' : ctl[0], asPostgres ? ['-u', 'postgres', '--', ...ctl] : ctl.slice(1), { stdio: 'ignore' });
  }
  // Only ever remove what `start` made.
  if (dir.startsWith('/tmp/motcua-pg-')) rmSync(dir, { recursive: true, force: true });
}

function runningState() {
  const state = readState();
  return state && isAlive(state.pid) && existsSync(path.join(state.data, 'postmaster.pid')) ? state : null;
}

function readState() {
  try {
    return JSON.parse(readFileSync(stateFile, 'utf8'));
  } catch {
    return null;
  }
}

function findBinaries() {
  const candidates = process.env.MOTCUA_PG_BIN
    ? [process.env.MOTCUA_PG_BIN]
    : (existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql') : [])
        .filter((name) => /^\d+(\.\d+)?$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => `/usr/lib/postgresql/${version}/bin`);
  const bin = candidates.find((dir) => ['initdb', 'pg_ctl', 'createdb'].every((tool) => existsSync(path.join(dir, tool))));
  if (bin) return bin;
  const error = new Error('PostgreSQL server binaries not found (looked for initdb in /usr/lib/postgresql/<version>/bin or MOTCUA_PG_BIN); install them with `apt-get install -y postgresql`');
  error.exitCode = MISSING_BINARIES;
  throw error;
}

function run(cmd, args) {
  const result = spawnSync(cmd, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stderr ?? ''}${result.stdout ?? ''}`.trim());
  return result.stdout;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function option(args, name) {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
}

function fail(message, exitCode = 1) {
  console.error(`postgres-cluster: ${message}`);
  process.exit(exitCode);
}
