// Benchmark: sustained load on the built server (`packages/server/dist/main.js`) over loopback HTTP,
// once on the embedded store and once on a throwaway PostgreSQL cluster. Each virtual user submits a
// birth-registration dossier (a fresh Idempotency-Key each) and pushes it through reception.accept →
// appraisal.forward → approval.approve → HANDOVER with the demo officers' signed tokens, then starts
// over. Bounded: a fixed duration per concurrency level and a cap on requests; the server child is
// killed and every temp folder removed at the end, whatever happens.
//
//   node bench/load.bench.mjs [embedded|postgres|postgres-nosync ...]   prints the result as JSON
//
// `postgres` runs PostgreSQL with its production durability settings; `postgres-nosync` with fsync,
// synchronous_commit and full_page_writes off (the test cluster's), for comparison only.
//
// Progress goes to stderr; stdout carries only the JSON result (scripts/bench.mjs parses it).
import { spawn, execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openHttpConnection } from './http-connection.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HOST = '127.0.0.1'; // loopback only, always
const AGENCY = '000.00.01.H26';
const STEPS = [
  ['accept', 'reception.accept', 'reception-officer'],
  ['forward', 'appraisal.forward', 'civil-status-officer'],
  ['approve', 'approval.approve', 'commune-chairman'],
  ['handover', 'HANDOVER', 'reception-officer'],
];
const KINDS = ['submit', ...STEPS.map(([kind]) => kind)];

/** Valid birth-registration data (examples/scenarios/birth-registration-1.001193/happy-path.json), online. */
const DATA = {
  child: {
    fullName: 'Nguyễn Minh Khôi', sex: 'male', dateOfBirth: '2026-02-10',
    placeOfBirth: { unitCode: '00025', line: 'Bệnh viện Phụ sản Hà Nội, 929 đường La Thành, phường Giảng Võ, Hà Nội' },
    hometown: 'Xã Đông Anh, Hà Nội', ethnicity: 'Kinh', nationality: 'Việt Nam',
  },
  bornThroughSurrogacy: false,
  mother: {
    fullName: 'Trần Thị Thu Hà', dateOfBirth: '1995-05-05', citizenId: '001195012345', ethnicity: 'Kinh', nationality: 'Việt Nam',
    residence: { unitCode: '00070', line: 'Số 12 phố Hàng Bạc, phường Hoàn Kiếm, Hà Nội' },
  },
  fatherUndetermined: false,
  father: {
    fullName: 'Nguyễn Văn Minh', dateOfBirth: '1992-08-20', citizenId: '001092034567', ethnicity: 'Kinh', nationality: 'Việt Nam',
    residence: { unitCode: '00070', line: 'Số 12 phố Hàng Bạc, phường Hoàn Kiếm, Hà Nội' },
  },
  requester: { relation: 'mother', fullName: 'Trần Thị Thu Hà', dateOfBirth: '1995-05-05', citizenId: '001195012345', phone: '0912345678', email: 'thuha.tran95@gmail.com' },
  feeExemptGroup: 'none',
  extraCopies: 2,
};
const SUBMISSION = JSON.stringify({ procedure: '1.001193@1.0.0', channel: 'online', agency: AGENCY, data: DATA, documents: ['to-khai', 'giay-chung-sinh', 'giay-to-cu-tru'] });

const log = (...args) => console.error('[load]', ...args);

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => { const { port } = probe.address(); probe.close(() => resolve(port)); });
  });
}

/**
 * CPU seconds (user + system) of the processes `pick` chooses by pid, parent pid and name, read from
 * /proc (clock ticks of USER_HZ = 100); NaN where /proc is absent.
 */
function cpuSecondsOf(pick) {
  let total = 0;
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (pick(Number(entry), Number(fields[1]), name)) total += (Number(fields[11]) + Number(fields[12])) / 100;
      } catch { /* the process ended meanwhile */ }
    }
  } catch { return Number.NaN; }
  return total;
}

/** The server's CPU seconds: its process and its children (the workers, under MOTCUA_WORKERS). */
const cpuSeconds = (pid) => cpuSecondsOf((id, parent) => id === pid || parent === pid);

/** CPU seconds of every process named `postgres` (the cluster's backends and helpers). */
const postgresCpuSeconds = () => cpuSecondsOf((id, parent, name) => name === 'postgres');

/**
 * The machine's speed just now: a fixed single-threaded piece of work (20,000 JSON round trips of a
 * dossier-sized object, the median of three), timed in ms on an otherwise idle machine. This shared VM has
 * slow spells (the same build's CPU per request moves by a third between runs, and the VM reports no steal
 * time): runs are compared by this figure, not by the clock alone.
 */
export function speedProbeMs() {
  const history = Array.from({ length: 12 }, (_, i) => ({ at: `2026-03-02T0${i % 10}:00:00+07:00`, type: 'reception.accept', actor: { id: `o${i}`, role: 'reception-officer' } }));
  const text = JSON.stringify({ status: 'active', value: 'processing', context: { data: { child: { fullName: 'Nguyễn Bảo An', dateOfBirth: '2026-02-10' } }, documents: ['to-khai'], history } });
  const times = [0, 1, 2].map(() => {
    const start = performance.now();
    let length = 0;
    for (let i = 0; i < 20_000; i++) length += JSON.stringify(JSON.parse(text)).length;
    if (length === 0) throw new Error('unreachable');
    return performance.now() - start;
  });
  return Math.round(times.sort((a, b) => a - b)[1]);
}

/** Starts the built server on a free loopback port; resolves once it prints its URL. */
export async function startServer({ databaseUrl, dataDir, cpuProfDir }) {
  const port = await freePort();
  // MOTCUA_BENCH_NODE_FLAGS: extra Node flags for the server child (e.g. `--cpu-prof --cpu-prof-dir=/tmp/p`).
  const extra = (process.env.MOTCUA_BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
  const args = [...extra, ...(cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : []), path.join(root, 'packages/server/dist/main.js')];
  const env = { ...process.env, NODE_ENV: 'production', PORT: String(port), MOTCUA_ROOT: root, MOTCUA_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk) => {
      output += chunk;
      const match = /demo portal: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) { clearTimeout(timer); resolve(match[1]); }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited with ${code}:\n${output}`)); });
  });
  return { child, url, port };
}

/** Stops the child: SIGTERM (so a CPU profile is written), SIGKILL after 10 s. */
export function stopServer(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => { clearTimeout(timer); resolve(); });
    child.kill('SIGTERM');
  });
}

/** One request on a fresh connection, closed after (for the few calls outside the measured loop). */
export async function requestOnce(port, method, pathname, body, headers) {
  const connection = openHttpConnection(HOST, port);
  try { return await connection.request(method, pathname, body, headers); } finally { connection.close(); }
}

function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Drives `concurrency` virtual users for `durationMs` (or until `maxRequests`); returns the latencies.
 * Each user has its own keep-alive connection (`bench/http-connection.mjs`: raw `net` sockets, so the
 * generator's own CPU stays small). A user's dossier ends at HANDOVER or at its first failed request; the
 * user then submits a new one.
 */
export async function drive({ port, tokens, concurrency, durationMs, maxRequests }) {
  const latencies = Object.fromEntries(KINDS.map((kind) => [kind, []]));
  const errors = {};
  let requests = 0;
  let dossiers = 0;
  const start = performance.now();
  const deadline = start + durationMs;
  const more = () => performance.now() < deadline && requests < maxRequests;
  const timed = async (connection, kind, method, pathname, body, headers, expected) => {
    requests++;
    const t0 = performance.now();
    let response;
    try {
      response = await connection.request(method, pathname, body, headers);
    } catch (error) {
      const key = `${kind} ${error.code ?? error.message}`;
      errors[key] = (errors[key] ?? 0) + 1;
      return null;
    }
    const ms = performance.now() - t0;
    if (response.status !== expected) {
      const code = (() => { try { return JSON.parse(response.text).error?.code; } catch { return undefined; } })();
      const key = `${kind} ${response.status} ${code ?? ''}`.trim();
      errors[key] = (errors[key] ?? 0) + 1;
      return null;
    }
    latencies[kind].push(ms);
    return JSON.parse(response.text);
  };
  const user = async () => {
    const connection = openHttpConnection(HOST, port);
    try { await journeys(connection); } finally { connection.close(); }
  };
  const journeys = async (connection) => {
    while (more()) {
      const submitted = await timed(connection, 'submit', 'POST', '/api/dossiers', SUBMISSION, { 'idempotency-key': `load-${randomUUID()}` }, 201);
      if (!submitted) continue;
      let version = submitted.version;
      let ok = true;
      for (const [kind, type, role] of STEPS) {
        if (!more()) { ok = false; break; }
        const view = await timed(connection, kind, 'POST', `/api/dossiers/${encodeURIComponent(submitted.code)}/actions`,
          JSON.stringify({ type, expectedVersion: version }), { authorization: `Bearer ${tokens[role]}` }, 200);
        if (!view) { ok = false; break; }
        version = view.version;
      }
      if (ok) dossiers++;
    }
  };
  const cpu0 = process.cpuUsage();
  await Promise.all(Array.from({ length: concurrency }, user));
  const seconds = (performance.now() - start) / 1000;
  const client = process.cpuUsage(cpu0);
  const round = (x) => Math.round(x * 100) / 100;
  const stats = (values) => {
    const sorted = Float64Array.from(values).sort();
    return { count: sorted.length, perSecond: Math.round(sorted.length / seconds), p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)) };
  };
  const actions = STEPS.flatMap(([kind]) => latencies[kind]);
  return {
    concurrency, seconds: round(seconds), requests, completedDossiers: dossiers, errors,
    clientCpuSeconds: round((client.user + client.system) / 1e6),
    submit: stats(latencies.submit), actions: stats(actions),
    all: stats([...latencies.submit, ...actions]),
    byKind: Object.fromEntries(KINDS.map((kind) => [kind, stats(latencies[kind])])),
  };
}

const sum = (map) => [...map.values()].reduce((a, b) => a + b, 0);

/** Summarises a V8 .cpuprofile: the frames with the most self time, and the share per package. */
function summariseProfile(file, top = 12) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0));
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const frames = new Map();
  const areas = new Map();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const where = url ? `${url.replace(`file://${root}/`, '').replace(/^node:/, 'node:')}:${lineNumber + 1}` : '';
    const name = `${functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
    frames.set(name, (frames.get(name) ?? 0) + us);
    const area = !url ? (functionName.startsWith('(') ? functionName : '(native)')
      : url.startsWith('node:') ? 'node: internals'
        : /node_modules\/([^/]+(?:\/[^/]+)?)/.exec(url)?.[1].replace(/^([^@][^/]*)\/.*$/, '$1') ?? url.replace(`file://${root}/`, '').split('/').slice(0, 3).join('/');
    areas.set(area, (areas.get(area) ?? 0) + us);
  }
  // Inclusive time of the project's own functions (packages/*): each sample counts once per distinct frame on its stack.
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inclusive = new Map();
  for (const [id, us] of self) {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const { functionName, url, lineNumber } = byId.get(at).callFrame;
      if (!url.includes(`${root}/packages/`)) continue;
      const name = `${functionName || '(anonymous)'} ${url.replace(`file://${root}/`, '')}:${lineNumber + 1}`;
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + us);
    }
  }
  // Who calls the heaviest native frames (writev, writeBuffer, …): the nearest caller outside Node's internals.
  const callers = {};
  for (const [id, us] of self) {
    const { functionName, url } = byId.get(id).callFrame;
    if (url || functionName.startsWith('(')) continue;
    let at = parent.get(id);
    while (at !== undefined && (!byId.get(at).callFrame.url || byId.get(at).callFrame.url.startsWith('node:'))) at = parent.get(at);
    const frame = at === undefined ? '(event loop)' : `${byId.get(at).callFrame.functionName || '(anonymous)'} ${byId.get(at).callFrame.url.replace(`file://${root}/`, '')}`;
    callers[functionName] ??= new Map();
    callers[functionName].set(frame, (callers[functionName].get(frame) ?? 0) + us);
  }
  const busy = total - (self.get([...self.keys()].find((id) => byId.get(id).callFrame.functionName === '(idle)')) ?? 0);
  const share = (us) => Math.round((1000 * us) / total) / 10;
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, us]) => [name, share(us)]);
  return { sampledSeconds: Math.round(total / 1e4) / 100, busyShare: share(busy), frames: sorted(frames), areas: sorted(areas), inclusive: sorted(inclusive),
    nativeCallers: Object.fromEntries(Object.entries(callers).sort((a, b) => sum(b[1]) - sum(a[1])).slice(0, 3).map(([name, map]) => [name, sorted(map).slice(0, 4)])) };
}

/** Runs the load on one store; kills the server and removes its data however it ends. */
async function runStore(store, { levels, durationMs, warmupMs, maxRequests, profileMs }) {
  const temp = mkdtempSync(path.join(os.tmpdir(), `motcua-load-${store}-`));
  let databaseUrl;
  const pgState = path.join(temp, 'pg-state');
  // `postgres` keeps PostgreSQL's production durability (fsync, synchronous_commit, full_page_writes on):
  // the headline. `postgres-nosync` is the throwaway test cluster's (all three off): never the headline.
  const isPostgres = store === 'postgres' || store === 'postgres-nosync';
  const clusterEnv = { ...process.env, MOTCUA_PG_DURABLE: store === 'postgres' ? '1' : '0' };
  const cluster = (verb) => execFileSync(process.execPath, [path.join(root, 'scripts/postgres-cluster.mjs'), verb, '--state', pgState], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: clusterEnv });
  const servers = [];
  try {
    if (isPostgres) {
      databaseUrl = /DATABASE_URL=(\S+)/.exec(cluster('start'))[1];
      if (!/^postgres:\/\/[^@]*@127\.0\.0\.1:/.test(databaseUrl)) throw new Error(`not a loopback cluster: ${databaseUrl}`);
    }
    const run = async (label, options) => {
      const server = await startServer({ databaseUrl, dataDir: path.join(temp, `data-${label}`), ...options });
      servers.push(server.child);
      const users = JSON.parse((await requestOnce(server.port, 'GET', '/demo/users')).text).users;
      const tokens = Object.fromEntries(users.map((u) => [u.role, u.token]));
      return { server, tokens };
    };
    const speedMs = speedProbeMs();
    const { server, tokens } = await run('main', {});
    log(`${store}: server at ${server.url}, warming up ${warmupMs} ms`);
    const warmup = await drive({ port: server.port, tokens, concurrency: Math.max(...levels), durationMs: warmupMs, maxRequests });
    if (warmup.all.count === 0) throw new Error(`warm-up failed: ${JSON.stringify(warmup.errors)}`);
    const results = [];
    for (const concurrency of levels) {
      const cpuServer0 = cpuSeconds(server.child.pid);
      const cpuPg0 = isPostgres ? postgresCpuSeconds() : Number.NaN;
      const result = await drive({ port: server.port, tokens, concurrency, durationMs, maxRequests });
      result.serverCpuSeconds = Math.round((cpuSeconds(server.child.pid) - cpuServer0) * 100) / 100;
      if (isPostgres) result.postgresCpuSeconds = Math.round((postgresCpuSeconds() - cpuPg0) * 100) / 100;
      log(`${store} ×${concurrency}: ${result.submit.perSecond} submissions/s, ${result.actions.perSecond} actions/s, actions p50 ${result.actions.p50} ms p99 ${result.actions.p99} ms, errors ${JSON.stringify(result.errors)}`);
      results.push(result);
    }
    await stopServer(server.child);
    let profile = null;
    if (profileMs > 0) {
      const cpuProfDir = path.join(temp, 'profile');
      const profiled = await run('profile', { cpuProfDir });
      await drive({ port: profiled.server.port, tokens: profiled.tokens, concurrency: Math.max(...levels), durationMs: Math.min(warmupMs, 2000), maxRequests });
      log(`${store}: profiling the server for ${profileMs} ms`);
      const during = await drive({ port: profiled.server.port, tokens: profiled.tokens, concurrency: Math.max(...levels), durationMs: profileMs, maxRequests });
      await stopServer(profiled.server.child);
      const file = existsSync(cpuProfDir) ? readdirSync(cpuProfDir).find((f) => f.endsWith('.cpuprofile')) : undefined;
      // MOTCUA_BENCH_KEEP_PROFILE=path keeps the raw profile (for DevTools or a closer look).
      if (file && process.env.MOTCUA_BENCH_KEEP_PROFILE) copyFileSync(path.join(cpuProfDir, file), process.env.MOTCUA_BENCH_KEEP_PROFILE);
      profile = file ? { ...summariseProfile(path.join(cpuProfDir, file)), actionsPerSecond: during.actions.perSecond } : null;
    }
    return { store, speedMs, results, profile };
  } finally {
    for (const child of servers) { try { await stopServer(child); } catch { /* already gone */ } }
    if (isPostgres) { try { cluster('stop'); } catch (error) { log(`cluster stop failed: ${error.message}`); } }
    rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * The load benchmark: each store in turn, `levels` concurrent virtual users for `durationMs` each after
 * a `warmupMs` warm-up, at most `maxRequests` requests per level. `profileStores` lists the stores whose
 * server is also profiled (`--cpu-prof`) in a separate, shorter run so profiling never skews the figures.
 */
export async function runLoadBenchmark({
  stores = ['embedded', 'postgres', 'postgres-nosync'], levels = [16, 32, 64], durationMs = 8000, warmupMs = 3000, maxRequests = 200_000,
  profileStores = ['postgres'], profileMs = 5000,
} = {}) {
  if (!existsSync(path.join(root, 'packages/server/dist/main.js'))) throw new Error('build the server first: npx rollup -c --silent');
  const out = [];
  for (const store of stores) {
    out.push(await runStore(store, { levels, durationMs, warmupMs, maxRequests, profileMs: profileStores.includes(store) ? profileMs : 0 }));
  }
  return { levels, durationMs, warmupMs, maxRequests, profileMs, stores: out };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const stores = process.argv.slice(2);
  // For quick experiments: MOTCUA_BENCH_LEVELS=16,64 MOTCUA_BENCH_DURATION_MS=8000 MOTCUA_BENCH_PROFILE_MS=0.
  const env = process.env;
  const options = {
    ...(stores.length ? { stores } : {}),
    ...(env.MOTCUA_BENCH_LEVELS ? { levels: env.MOTCUA_BENCH_LEVELS.split(',').map(Number) } : {}),
    ...(env.MOTCUA_BENCH_DURATION_MS ? { durationMs: Number(env.MOTCUA_BENCH_DURATION_MS) } : {}),
    ...(env.MOTCUA_BENCH_PROFILE_MS ? { profileMs: Number(env.MOTCUA_BENCH_PROFILE_MS) } : {}),
  };
  console.log(JSON.stringify(await runLoadBenchmark(options), null, 2));
}
