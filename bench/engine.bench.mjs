// Benchmarks of the engine: compiling procedures, and dossier events per second in memory.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { compileProcedure, createDossierRuntime } from '../packages/core/dist/index.js';

const root = path.resolve(import.meta.dirname, '..');
const dir = path.join(root, 'examples/procedures');
const procedures = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

/** Median time to compile one procedure (already validated, as a server does at start-up), and with validation. */
export function runCompileBenchmark() {
  const rows = [];
  for (const validate of [false, true]) {
    for (let i = 0; i < 20; i++) for (const p of procedures) compileProcedure(p, { validate }); // warm-up
    const times = [];
    for (let round = 0; round < 100; round++) {
      for (const p of procedures) {
        const t0 = process.hrtime.bigint();
        compileProcedure(p, { validate });
        times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }
    rows.push([validate ? 'compileProcedure (validates first)' : 'compileProcedure ({ validate: false })', median(times), [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)]]);
  }
  return rows;
}

/** The minimal fixture's dossier going round: submit, accept, send back, accept, approve, hand over. */
export function runEventsBenchmark() {
  const minimal = JSON.parse(readFileSync(path.join(root, 'test/fixtures/procedures/valid/minimal.json'), 'utf8'));
  const runtime = createDossierRuntime(compileProcedure(minimal), { generateId: () => 'bench' });
  const base = Date.parse('2026-03-02T08:00:00+07:00');
  const stamps = Array.from({ length: 16 }, (_, i) => new Date(base + i * 1000).toISOString());
  const at = (i) => stamps[i];
  const actor = (role) => ({ id: role, role });
  const cycle = (state, t) => {
    let s = state;
    const send = (type, role, extra = {}) => {
      const r = runtime.send(s, { type, actor: actor(role), at: at(t++), ...extra });
      if (!r.ok) throw new Error(`${type}: ${r.rejection.code}`);
      s = r.state;
    };
    send('SUBMIT', 'applicant', { documents: ['application'] });
    send('reception.accept', 'receiver');
    send('approval.send-back', 'chair', { reason: 'Bổ sung chữ ký' });
    send('reception.accept', 'receiver');
    send('approval.approve', 'chair');
    send('HANDOVER', 'receiver');
    return 6;
  };
  const draft = () => runtime.create({ channel: 'in-person', at: at(0), data: { fullName: 'Nguyễn Văn A', copies: 1 } });
  for (let i = 0; i < 2000; i++) cycle(draft(), 1); // warm-up
  const rows = [];
  {
    // One live dossier going round accept → send back → accept …: the per-event cost of the engine.
    let s = runtime.send(draft(), { type: 'SUBMIT', actor: actor('applicant'), at: at(1), documents: ['application'] }).state;
    const n = 100_000;
    const accept = { type: 'reception.accept', actor: actor('receiver'), at: at(2) };
    const back = { type: 'approval.send-back', actor: actor('chair'), at: at(2), reason: 'Bổ sung chữ ký' };
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i += 2) {
      s = runtime.send(s, accept).state;
      s = runtime.send(s, back).state;
    }
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    rows.push(['one live dossier, accept and send back in turn', n, Math.round(n / seconds)]);
  }
  {
    const dossiers = 20_000;
    const t0 = process.hrtime.bigint();
    let events = 0;
    for (let i = 0; i < dossiers; i++) events += cycle(draft(), 1);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    rows.push(['20,000 dossiers × 6 accepted events (create included)', events, Math.round(events / seconds)]);
  }
  {
    const submitted = runtime.send(draft(), { type: 'SUBMIT', actor: actor('applicant'), at: at(1), documents: ['application'] }).state;
    const n = 200_000;
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) runtime.send(submitted, { type: 'approval.approve', actor: actor('chair'), at: at(2) });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    rows.push(['rejected commands (action not allowed in this state)', n, Math.round(n / seconds)]);
  }
  return rows;
}
