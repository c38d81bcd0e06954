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

const v = runValidateBenchmark();
const ms = (x) => `${x.toFixed(3)} ms`;
section('validate', [
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
const d = runDeadlineBenchmark();
section('deadline', [
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
const c = runCompileBenchmark();
const e = runEventsBenchmark();
section('engine', [
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
console.log(readFileSync('BENCHMARKS.md', 'utf8'));
