import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Procedure } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakePortal } from '../adapters/national-portal-adapter.js';
import { createTokenAuthenticator } from '../auth/create-token-authenticator.js';
import { createDossierService } from '../http/create-dossier-service.js';
import { createPgliteStore } from '../store/create-pglite-store.js';
import { openScratchPostgresStore, type StoreUnderTest } from '../store/store-contract.js';
import { scheduleJobs } from './schedule-jobs.js';

const root = path.resolve(import.meta.dirname, '../../../..');
const birth = JSON.parse(readFileSync(path.join(root, 'examples/procedures/birth-registration-1.001193.json'), 'utf8')) as Procedure;
const { data } = JSON.parse(readFileSync(path.join(root, 'test/fixtures/dossiers/birth-registration.json'), 'utf8')) as { data: unknown };
const submittedAt = () => new Date('2026-03-02T01:05:00Z');
const jobsAt = () => new Date('2026-03-02T02:00:00Z');

describeSchedule('embedded store', () => createPgliteStore());
const serverUrl = process.env['DATABASE_URL'];
describe.skipIf(!serverUrl)('PostgreSQL', () => {
  describeSchedule('PostgreSQL store', () => openScratchPostgresStore(serverUrl!));
});

function describeSchedule(storeName: string, open: () => Promise<StoreUnderTest>): void {
  describe(`scheduleJobs (${storeName})`, { timeout: 60_000 }, () => {
    let store: StoreUnderTest;
    beforeAll(async () => { store = await open(); }, 60_000);
    afterAll(async () => { await store?.close(); });

    it('drains the outbox on a short interval, two schedules at once sending each change once, and stops on stop()', async () => {
      const handle = createDossierService({ procedures: [birth], store, now: submittedAt, authenticate: createTokenAuthenticator({ secret: 's'.repeat(32) }) });
      const codes: string[] = [];
      for (const key of ['schedule-0001', 'schedule-0002']) {
        const response = await handle(new Request('http://localhost/api/dossiers', {
          method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key },
          body: JSON.stringify({ procedure: '1.001193', channel: 'online', agency: 'H29', data, documents: ['to-khai', 'giay-chung-sinh', 'giay-to-cu-tru'] }),
        }));
        codes.push(((await response.json()) as { code: string }).code);
      }
      const portal = createFakePortal();
      let runs = 0;
      const schedules = [1, 2].map(() => scheduleJobs(store, { intervalMs: 20, portal, now: jobsAt, onRun: () => { runs += 1; } }));
      await expect.poll(() => portal.received.map((push) => push.dossierCode).sort(), { timeout: 15_000, interval: 20 }).toEqual(codes);
      await Promise.all(schedules.map((schedule) => schedule.stop()));
      const { rows } = await store.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL');
      expect(rows[0]!.n).toBe(0);
      const stoppedAt = runs;
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(runs).toBe(stoppedAt);
      expect(portal.received.filter((push) => push.status === 1)).toHaveLength(2);
    });
  });
}
