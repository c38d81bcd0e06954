// `npm run bench`: runs every benchmark on the built packages and rewrites its section of
// BENCHMARKS.md with the figures, the machine and the method. Benchmarks never run in CI's
// test command: speed is measured here, not asserted in tests.
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

/** Runs one benchmark function in a fresh Node process, so no benchmark pays for another's heap. */
const isolated = (file, fn) => JSON.parse(execFileSync(process.execPath,
  ['--input-type=module', '-e', `const m = await import('./bench/${file}'); console.log(JSON.stringify(m.${fn}()));`],
  { encoding: 'utf8', maxBuffer: 1 << 24 }));
const runValidateBenchmark = () => isolated('validate.bench.mjs', 'runValidateBenchmark');
const runDeadlineBenchmark = () => isolated('deadline.bench.mjs', 'runDeadlineBenchmark');
const runCompileBenchmark = () => isolated('engine.bench.mjs', 'runCompileBenchmark');
const runEventsBenchmark = () => isolated('engine.bench.mjs', 'runEventsBenchmark');

if (!existsSync('packages/core/dist/index.js')) execSync('npm run build --silent', { stdio: 'inherit' });

const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`;
const date = new Date().toISOString().slice(0, 10);

function section(key, body) {
  const file = 'BENCHMARKS.md';
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\nFigures written by `npm run bench`; each section says how it was measured.\n';
  const start = `<!-- bench:${key} -->`;
  const end = `<!-- /bench:${key} -->`;
  const block = `${start}\n${body}\n${end}`;
  const next = text.includes(start) ? text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}

// `npm run bench -- load` (or any section names) runs and rewrites only those sections.
const only = process.argv.slice(2);
const wants = (key) => only.length === 0 || only.includes(key);

const v = wants('validate') ? runValidateBenchmark() : null;
const ms = (x) => `${x.toFixed(3)} ms`;
if (v) section('validate', [
  `## ${v.title}`,
  '',
  `Measured ${date} on ${machine}.`,
  'Method (each benchmark in a fresh Node process): `validateProcedure(text)` from the built `@motcua/core`, timed per call with `process.hrtime`, after a warm-up;',
  'each call parses the JSON text (with positions), runs the precompiled schema validator and every meaning check.',
  'Generated procedures are the examples grown to 20–50 extra form fields with conditions and 4–12 extra components (`bench/validate.bench.mjs`).',
  'Target: median ≤ 0.5 ms per procedure.',
  '',
  '| input | size | median | p95 | invalid |',
  '| --- | --- | ---: | ---: | ---: |',
  ...v.rows.map(([name, size, median, p95, invalid]) => `| ${name} | ${size} | ${ms(median)} | ${ms(p95)} | ${invalid} |`),
].join('\n'));
const d = wants('deadline') ? runDeadlineBenchmark() : null;
if (d) section('deadline', [
  '## Due dates on the legal clock',
  '',
  `Measured ${date} on ${machine}.`,
  'Method: receipt instants spread hourly over 2024–2026 (nights, weekends and Tết included), terms rotating',
  'over same-day, 3 and 7 working days, 4 working hours and 15 calendar days, on the built-in Vietnamese calendar;',
  'a warm-up, then a timed loop (`bench/deadline.bench.mjs`). Target: ≥ 1,000,000 due-date computations per second.',
  '',
  '| call | computations | per second |',
  '| --- | ---: | ---: |',
  ...d.map(([label, n, perSecond]) => `| ${label} | ${n.toLocaleString('en')} | ${perSecond.toLocaleString('en')} |`),
].join('\n'));
const c = wants('engine') ? runCompileBenchmark() : null;
const e = c && runEventsBenchmark();
if (c) section('engine', [
  '## The engine: compiling procedures, dossier events in memory',
  '',
  `Measured ${date} on ${machine}, \`NODE_ENV=${process.env.NODE_ENV ?? 'unset'}\` (the built package, xstate's production build under \`NODE_ENV=production\`).`,
  'Method (`bench/engine.bench.mjs`): `compileProcedure` on the nine example procedures × 100 rounds after a warm-up, timed per call;',
  'dossier events: the minimal fixture\'s dossier driven through submit, accept, send back, accept, approve and hand over by `createDossierRuntime().send`',
  '(every event checked for role, requirements and guards, the legal clock recomputed, an audit record built), then a loop of rejected commands.',
  'Targets: compile ≤ 1 ms median; ≥ 100,000 dossier events per second.',
  '',
  '| compile | median | p95 |',
  '| --- | ---: | ---: |',
  ...c.map(([label, med, p95]) => `| ${label} | ${med.toFixed(3)} ms | ${p95.toFixed(3)} ms |`),
  '',
  '| dossier events | events | per second |',
  '| --- | ---: | ---: |',
  ...e.map(([label, n, perSecond]) => `| ${label} | ${n.toLocaleString('en')} | ${perSecond.toLocaleString('en')} |`),
].join('\n'));
// Bundle sizes against size-budgets.json, and the modules that take the room (bench/size.bench.mjs).
const z = wants('size') ? (await import('../bench/size.bench.mjs')).runSizeBenchmark() : null;
const kb = (bytes) => `${bytes.toLocaleString('en')} B`;
if (z) section('size', [
  '## Browser bundle sizes',
  '',
  `Measured ${date} on the build of this checkout (\`npm run build\`; the budgets are \`size-budgets.json\`, checked on every CI run by \`test/browser-bundle.test.ts\`).`,
  'Method (`bench/size.bench.mjs`): each file\'s bytes and its size after gzip level 9. Per module: the spans of the minified file that its source map charges to the module, gzipped alone',
  '(an estimate: gzip shares context across modules, so the parts add up to more than the whole).',
  '',
  '| bundle | minified | min+gzip | budget | room left |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...z.map((b) => `| \`${b.file.split('/').pop()}\` | ${kb(b.bytes)} | ${kb(b.gzip)} | ${kb(b.budget)} | ${kb(b.budget - b.gzip)} |`),
  ...z.flatMap((b) => [
    '',
    `\`${b.file.split('/').pop()}\` — ${b.what.replace(/</g, '&lt;')}. The twelve largest modules:`,
    '',
    '| module | minified | gzipped alone |',
    '| --- | ---: | ---: |',
    ...b.top.map((m) => `| \`${m.name}\` | ${kb(m.bytes)} | ${kb(m.gzip)} |`),
  ]),
].join('\n'));
// The render benchmark: <motcua-procedure-form> against a hand-written Lit page in Debian's Chromium, in a fresh process.
if (wants('render')) {
  const { formatRenderSection, writeRenderSection } = await import('../bench/render.bench.mjs');
  writeRenderSection(formatRenderSection(JSON.parse(execFileSync(process.execPath, ['bench/render.bench.mjs', '--json'],
    { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'], timeout: 600_000 })), date));
}
// The load benchmark runs last: the built server as a child process on loopback, on each store.
const runLoadBenchmark = () => JSON.parse(execFileSync(process.execPath,
  ['--input-type=module', '-e', "const m = await import('./bench/load.bench.mjs'); console.log(JSON.stringify(await m.runLoadBenchmark()));"],
  { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'], timeout: 300_000 }));
if (!existsSync('packages/server/dist/main.js')) execSync('npx rollup -c --silent', { stdio: 'inherit' });
const l = wants('load') ? runLoadBenchmark() : { stores: [] };
const TARGET = { actionsPerSecond: 1000, p99: 50 };
/** Linux's CPU pressure (share of the last minute in which some runnable task waited for a core), where there is one. */
const cpuPressure = () => {
  const avg60 = existsSync('/proc/pressure/cpu') ? /some avg10=\S+ avg60=(\S+)/.exec(readFileSync('/proc/pressure/cpu', 'utf8'))?.[1] : undefined;
  return avg60 === undefined ? '' : `; CPU pressure over the last minute ${avg60}%`;
};
const msOf = (x) => `${x.toFixed(1)} ms`;
// CPU per request with two decimals: the generator's share is about a tenth of a millisecond.
const perRequest = (cpu, r) => (Number.isFinite(cpu) && r.all.count > 0 ? `${((1000 * cpu) / r.all.count).toFixed(2)} ms` : '—');
const pg = l.stores.find((s) => s.store === 'postgres');
const best = pg ? pg.results.reduce((a, b) => (b.actions.perSecond > a.actions.perSecond ? b : a)) : null;
const meets = pg && pg.results.some((r) => r.actions.perSecond >= TARGET.actionsPerSecond && r.actions.p99 <= TARGET.p99 && Object.keys(r.errors).length === 0);
const profile = pg?.profile;
if (wants('load')) section('load', [
  '## Load: dossier submissions and officer actions over HTTP',
  '',
  `Measured ${date} on ${machine}; the server, PostgreSQL and the load generator share these cores (and whatever else runs on the machine: the load average when the run ended was ${os.loadavg().map((x) => x.toFixed(1)).join(', ')}${cpuPressure()}).`,
  `Method (\`bench/load.bench.mjs\`): the built server (\`packages/server/dist/main.js\`, \`NODE_ENV=production\`, ${serverProcesses()}) starts as a child process on a free 127.0.0.1 port,`,
  'once on the embedded store (a temp `MOTCUA_DATA_DIR`) and on a throwaway PostgreSQL 15 cluster (`scripts/postgres-cluster.mjs`, loopback TCP, pool of 10 connections): `postgres` keeps PostgreSQL\'s production durability',
  '(`fsync`, `synchronous_commit`, `full_page_writes` on: the headline figures); `postgres-nosync` turns all three off (the test cluster\'s settings), for comparison only.',
  'Each virtual user, over its own keep-alive HTTP/1.1 connection (`bench/http-connection.mjs`: a hand-written client on raw `net` sockets, Content-Length bodies, so the generator\'s own CPU stays small), submits a birth-registration dossier (1.001193, online, a fresh `Idempotency-Key`) and pushes it through',
  '`reception.accept` → `appraisal.forward` → `approval.approve` → `HANDOVER` with the demo officers\' signed tokens (`/demo/users`), each action with its `expectedVersion`, then starts over.',
  `Warm-up: ${l.warmupMs / 1000} s at ${Math.max(...l.levels)} users; then ${l.levels.join(', ')} concurrent users for ${l.durationMs / 1000} s each (at most ${l.maxRequests.toLocaleString('en')} requests).`,
  'Latency is per request, client side (send to last byte). "actions" are the four officer actions; CPU is user + system seconds over the measured window (server and PostgreSQL from /proc, the generator from `process.cpuUsage`), divided by the requests answered.',
  `Target (PostgreSQL, this machine): ≥ ${TARGET.actionsPerSecond.toLocaleString('en')} actions/s with p99 ≤ ${TARGET.p99} ms.`,
  `The machine's speed before each store (\`speedProbeMs\`: a fixed JSON workload on one thread, idle machine; lower is faster; compare it between runs): ${l.stores.map((s) => `${s.store} ${s.speedMs ?? '—'} ms`).join(', ')}.`,
  '',
  '| store | users | submissions/s | submit p50 / p95 / p99 | actions/s | action p50 / p95 / p99 | dossiers done | errors | server CPU per request | PostgreSQL CPU per request | generator CPU per request |',
  '| --- | ---: | ---: | --- | ---: | --- | ---: | --- | ---: | ---: | ---: |',
  ...l.stores.flatMap(({ store, results }) => results.map((r) => `| ${store} | ${r.concurrency} | ${r.submit.perSecond} | ${msOf(r.submit.p50)} / ${msOf(r.submit.p95)} / ${msOf(r.submit.p99)} | ${r.actions.perSecond} | ${msOf(r.actions.p50)} / ${msOf(r.actions.p95)} / ${msOf(r.actions.p99)} | ${r.completedDossiers} | ${Object.entries(r.errors).map(([k, n]) => `${k}: ${n}`).join(', ') || '0'} | ${perRequest(r.serverCpuSeconds, r)} | ${store.startsWith('postgres') ? perRequest(r.postgresCpuSeconds, r) : '—'} | ${perRequest(r.clientCpuSeconds, r)} |`)),
  '',
  '| store | users | accept p99 | forward p99 | approve p99 | handover p99 |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...l.stores.flatMap(({ store, results }) => results.map((r) => `| ${store} | ${r.concurrency} | ${['accept', 'forward', 'approve', 'handover'].map((k) => msOf(r.byKind[k].p99)).join(' | ')} |`)),
  '',
  pg ? (meets
    ? `**PostgreSQL meets the target in this run** at ${pg.results.filter((r) => r.actions.perSecond >= TARGET.actionsPerSecond && r.actions.p99 <= TARGET.p99).map((r) => `${r.concurrency} users (${r.actions.perSecond} actions/s, p99 ${msOf(r.actions.p99)})`).join(' and ')}. One run says little on this machine: see the runs below.`
    : `**PostgreSQL is below the target**: at best ${best.actions.perSecond} actions/s (${best.concurrency} users, p99 ${msOf(best.actions.p99)}) against ${TARGET.actionsPerSecond.toLocaleString('en')} actions/s with p99 ≤ ${TARGET.p99} ms.`) : '',
  ...(pg && !meets ? ['', (() => {
    const r = best; const cpu = (1000 * (r.serverCpuSeconds + r.postgresCpuSeconds)) / r.all.count;
    const budget = (1000 * os.cpus().length) / (TARGET.actionsPerSecond * 1.25);
    return `CPU budget: the target means 1,000 actions + 250 submissions per second, so ${budget.toFixed(1)} ms of CPU per request for server, PostgreSQL and load generator together on ${os.cpus().length} cores; this run spent ${cpu.toFixed(1)} ms per request in the server and PostgreSQL alone (${perRequest(r.serverCpuSeconds, r)} + ${perRequest(r.postgresCpuSeconds, r)}). An officer action is one statement when this process wrote the dossier's current version (snapshot, hash-chained events and outbox rows; the lookup and the restore are skipped), else two; a submission is two (the day's number, or the idempotency key's earlier response, then dossier, events and key). Writes of one kind that arrive together share a statement (\`createWriteBatcher\`: those made in one turn of the event loop, or while a statement of their kind is on its way; up to 32 per statement, one statement of each kind at a time), so under load one commit serves many requests.`;
  })()] : []),
  ...(profile ? [
    '',
    `Where the time goes: a separate ${l.profileMs / 1000} s run at ${Math.max(...l.levels)} users on PostgreSQL with \`--cpu-prof\` on the server child (${profile.actionsPerSecond} actions/s while profiled; the server was busy ${profile.busyShare}% of the sampled time).`,
    'Self time by area and the top frames by self time (share of all samples). V8 samples wall time: a native frame also counts the time the thread was descheduled inside it, so on two cores shared with PostgreSQL, `writev` (which wakes a PostgreSQL backend that may then take the core) weighs far more here than the server CPU it costs.',
    '',
    '| area | self % |',
    '| --- | ---: |',
    ...profile.areas.map(([name, pct]) => `| ${name} | ${pct} |`),
    '',
    '| frame | self % |',
    '| --- | ---: |',
    ...profile.frames.map(([name, pct]) => `| \`${name}\` | ${pct} |`),
    '',
    'The native frames\' nearest callers outside Node\'s internals (share of all samples):',
    '',
    ...Object.entries(profile.nativeCallers ?? {}).map(([name, rows]) => `- \`${name}\`: ${rows.map(([caller, pct]) => `\`${caller}\` ${pct}%`).join(', ')}`),
  ] : []),
].join('\n'));
console.log(readFileSync('BENCHMARKS.md', 'utf8'));

/** How many processes the benchmarked server runs: MOTCUA_WORKERS reaches the child through the environment. */
function serverProcesses() {
  const workers = process.env.MOTCUA_WORKERS;
  return workers && workers !== '1' ? `\`MOTCUA_WORKERS=${workers}\`: a primary and that many worker processes, whose CPU is summed` : 'one process (`MOTCUA_WORKERS` unset)';
}
