// Issue 5, "Tests": kill -9 of the server during a burst of writes, restart, and every acknowledged action
// is there and the hash chain verifies.
//
// Runs the BUILT entry (`packages/server/dist/main.js`, from `npx rollup -c`) as a child process on the
// embedded store on disk (MOTCUA_DATA_DIR), and on PostgreSQL when DATABASE_URL is set. Dossiers are
// submitted, then workers fire officer actions at them concurrently (and keep submitting new dossiers)
// until enough writes are acknowledged; the process gets SIGKILL mid-burst. After a restart on the same
// data, every acknowledged write must be in the log, in order, each dossier's version must cover it,
// the chains must verify, and the restarted server must take new work without reusing a dossier code.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPgliteStore } from '../store/create-pglite-store.js';
import { createPostgresStore } from '../store/create-postgres-store.js';
import type { DossierStore } from '../store/dossier-store.js';
import { createScratchDatabase } from '../store/store-contract.js';
import { BUILT_ENTRY, exited, ROOT, startBuiltEntry } from './start-built-entry.js';

const birthSubmission = JSON.parse(await readFile(path.join(ROOT, 'examples/procedures/birth-registration-1.001193.json'), 'utf8')) as { code: string; version: string };
const { data } = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/dossiers/birth-registration.json'), 'utf8')) as { data: Record<string, unknown> };

const DOSSIERS = 12;
/** Acknowledged writes (actions and submits) before the kill: the burst is still going when it lands. */
const ACKS_BEFORE_KILL = 150;

interface DemoUser { readonly role: string; readonly agency: string; readonly token: string }

async function users(url: string): Promise<{ agency: string; byRole: Map<string, DemoUser> }> {
  const body = (await (await fetch(`${url}demo/users`)).json()) as { agency: string; users: DemoUser[] };
  return { agency: body.agency, byRole: new Map(body.users.map((user) => [user.role, user])) };
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: Record<string, any> }> {
  inFlight++;
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  } finally {
    inFlight--;
  }
}

/** Writes sent and not answered yet: the kill must land while some are. */
let inFlight = 0;

interface Ack { readonly type: string; readonly version: number }

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => { for (const cleanup of cleanups.reverse()) await cleanup(); });

const serverUrl = process.env['DATABASE_URL'];
describeCrashRecovery('embedded PGlite on disk', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'motcua-crash-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return { env: { MOTCUA_DATA_DIR: dir }, open: () => createPgliteStore({ dataDir: path.join(dir, 'db') }) };
});
describe.skipIf(!serverUrl)('PostgreSQL', () => {
  describeCrashRecovery('PostgreSQL (DATABASE_URL)', async () => {
    const { url, drop } = await createScratchDatabase(serverUrl!);
    const dir = await mkdtemp(path.join(tmpdir(), 'motcua-crash-pg-'));
    cleanups.push(async () => { await drop(); await rm(dir, { recursive: true, force: true }); });
    return { env: { MOTCUA_DATA_DIR: dir, DATABASE_URL: url }, open: () => createPostgresStore({ connectionString: url }) };
  });
});

function describeCrashRecovery(name: string, prepare: () => Promise<{ env: Record<string, string>; open: () => Promise<DossierStore> }>): void {
  describe(`kill -9 during a burst of writes (${name})`, () => {
    it('keeps every acknowledged action and submit, with verifying hash chains, across SIGKILL and restart', { timeout: 240_000 }, async () => {
      expect(existsSync(BUILT_ENTRY), `${BUILT_ENTRY} is missing: run \`npx rollup -c\` first`).toBe(true);
      const { env, open } = await prepare();
      const started = performance.now();
      let server = await startBuiltEntry(env);
      cleanups.push(async () => { if (server.child.exitCode === null && server.child.signalCode === null) { server.child.kill('SIGKILL'); await exited(server.child); } });
      const firstStart = performance.now() - started;

      let { agency, byRole } = await users(server.url);
      const token = (role: string) => byRole.get(role)!.token;
      const submission = { procedure: `${birthSubmission.code}@${birthSubmission.version}`, channel: 'online', agency, data, documents: ['to-khai', 'giay-chung-sinh', 'giay-to-cu-tru'] };
      let keys = 0;
      const submit = () => post(`${server.url}api/dossiers`, submission, { 'idempotency-key': `crash-${process.pid}-${String(keys++).padStart(6, '0')}` });

      const dossiers = new Map<string, { accessToken: string; acks: Ack[] }>();
      for (let i = 0; i < DOSSIERS; i++) {
        const { status, body } = await submit();
        expect(status).toBe(201);
        dossiers.set(body['code'], { accessToken: body['accessToken'], acks: [] });
      }

      // The burst: per dossier one worker, each action waiting for the previous one's answer (so the
      // acknowledged actions of a dossier are in log order): accept, then forward / send back for ever.
      // Beside them, a worker that keeps submitting. SIGKILL lands once ACKS_BEFORE_KILL writes are in.
      let acknowledged = 0;
      let killed = false;
      let failedBeforeKill: string | null = null;
      let inFlightAtKill = 0;
      const kill = () => { if (!killed) { killed = true; inFlightAtKill = inFlight; server.child.kill('SIGKILL'); } };
      const acknowledge = () => { if (++acknowledged >= ACKS_BEFORE_KILL) kill(); };
      const officerWorker = async (code: string) => {
        const dossier = dossiers.get(code)!;
        let version = 1;
        const plan = (step: number): [string, string, Record<string, unknown>] => step === 0 ? ['reception.accept', 'reception-officer', {}]
          : step % 2 === 1 ? ['appraisal.forward', 'civil-status-officer', {}] : ['approval.send-back', 'commune-chairman', { reason: 'Xem lại' }];
        for (let step = 0; !killed; step++) {
          const [type, role, extra] = plan(step);
          let response;
          try {
            response = await post(`${server.url}api/dossiers/${code}/actions`, { type, expectedVersion: version, ...extra }, { authorization: `Bearer ${token(role)}` });
          } catch { return; } // the connection died with the process: not acknowledged
          if (response.status !== 200) { if (!killed) failedBeforeKill ??= `${type} on ${code}: ${response.status} ${JSON.stringify(response.body)}`; return; }
          version = response.body['version'];
          dossier.acks.push({ type, version });
          acknowledge();
        }
      };
      const submitted: string[] = [];
      const submitWorker = async () => {
        while (!killed) {
          let response;
          try { response = await submit(); } catch { return; }
          if (response.status !== 201) { if (!killed) failedBeforeKill ??= `submit: ${response.status}`; return; }
          submitted.push(response.body['code']);
          dossiers.set(response.body['code'], { accessToken: response.body['accessToken'], acks: [] });
          acknowledge();
        }
      };
      const burstStarted = performance.now();
      await Promise.all([...[...dossiers.keys()].map(officerWorker), submitWorker(), submitWorker()]);
      kill();
      await exited(server.child);
      const burstMs = performance.now() - burstStarted;
      expect(failedBeforeKill).toBeNull();
      expect(server.child.signalCode).toBe('SIGKILL');
      expect(acknowledged).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);
      expect(inFlightAtKill, 'writes in flight when SIGKILL landed').toBeGreaterThan(0);

      // Restart on the same data; the demo secret is new, so fresh logins.
      const restartStarted = performance.now();
      server = await startBuiltEntry(env);
      const restartMs = performance.now() - restartStarted;
      ({ agency, byRole } = await users(server.url));
      for (const [code, { accessToken, acks }] of dossiers) {
        const response = await fetch(`${server.url}api/dossiers/${code}`, { headers: { authorization: `Bearer ${accessToken}` } });
        expect(response.status, `lookup of acknowledged dossier ${code}`).toBe(200);
        const view = (await response.json()) as { version: number };
        expect(view.version, `version of ${code}`).toBeGreaterThanOrEqual(acks.at(-1)?.version ?? 1);
      }
      // The restarted server takes new work, numbering after every code it acknowledged before the kill.
      const after = await submit();
      expect(after.status).toBe(201);
      expect(dossiers.has(after.body['code'])).toBe(false);
      const [code0, { acks: acks0 }] = [...dossiers].find(([, d]) => d.acks.length > 0)!;
      const next = acks0.at(-1)!.type === 'approval.send-back' || acks0.at(-1)!.type === 'reception.accept'
        ? ['appraisal.forward', 'civil-status-officer'] : ['approval.send-back', 'commune-chairman'];
      const stored0 = await fetch(`${server.url}api/dossiers/${code0}`, { headers: { authorization: `Bearer ${dossiers.get(code0)!.accessToken}` } });
      const version0 = ((await stored0.json()) as { version: number }).version;
      if (version0 === acks0.at(-1)!.version) {
        const action = await post(`${server.url}api/dossiers/${code0}/actions`, { type: next[0], expectedVersion: version0, reason: 'Sau khởi động lại' }, { authorization: `Bearer ${byRole.get(next[1]!)!.token}` });
        expect(action.status, JSON.stringify(action.body)).toBe(200);
      }
      server.child.kill('SIGTERM');
      await exited(server.child);

      // The log itself, read with the store once the process is gone.
      const store = await open();
      try {
        for (const [code, { acks }] of dossiers) {
          const stored = (await store.findByCode(code))!;
          expect(stored, code).not.toBeNull();
          const events = await store.listEvents(stored.id);
          expect(await store.verifyChain(stored.id), `chain of ${code}`).toEqual({ valid: true, events: events.length });
          expect(events[0]!.type).toBe('SUBMIT');
          // Every acknowledged action, in order, at the head of the officer log (an unacknowledged one
          // in flight at the kill may follow).
          const logged = events.filter((event) => event.type !== 'SUBMIT').map((event) => event.type);
          expect(logged.slice(0, acks.length), `actions of ${code}`).toEqual(acks.map((ack) => ack.type));
          expect(stored.version).toBeGreaterThanOrEqual(acks.at(-1)?.version ?? 1);
          expect(events.at(-1)!.state).toBe(stored.state);
        }
      } finally {
        await store.close();
      }
      console.info(`crash-recovery (${name}): first start ${Math.round(firstStart)} ms, burst ${Math.round(burstMs)} ms with ${acknowledged} acknowledged writes `
        + `(${submitted.length} submits), ${inFlightAtKill} in flight at the kill, restart ${Math.round(restartMs)} ms`);
    });
  });
}
