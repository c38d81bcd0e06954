import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Procedure } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenAuthenticator, mintToken, type Identity } from '../auth/create-token-authenticator.js';
import { createDossierService, type DossierService } from '../http/create-dossier-service.js';
import { createPgliteStore, type PgliteStore } from '../store/create-pglite-store.js';
import { createFakePortal } from './national-portal-adapter.js';
import { createFixturePopulationRegistry } from './population-registry.js';
import { runOutbox } from './run-outbox.js';

const root = path.resolve(import.meta.dirname, '../../../..');
const birth = JSON.parse(readFileSync(path.join(root, 'examples/procedures/birth-registration-1.001193.json'), 'utf8')) as Procedure;
const secret = 'outbox-test-secret-outbox-test-secret';
const agency = 'H29';
const data = {
  child: { fullName: 'Nguyễn Minh An', sex: 'male', dateOfBirth: '2026-01-20', placeOfBirth: { unitCode: '00004' }, hometown: 'Hà Nội', ethnicity: 'Kinh', nationality: 'Việt Nam' },
  bornThroughSurrogacy: false,
  mother: { fullName: 'Trần Thị Bình', dateOfBirth: '1995-05-05', citizenId: '001195000001', ethnicity: 'Kinh', nationality: 'Việt Nam', residence: { unitCode: '00004', line: '1 Tràng Tiền' } },
  fatherUndetermined: true,
  requester: { relation: 'mother', fullName: 'Trần Thị Bình', dateOfBirth: '1995-05-05', citizenId: '001195000001', phone: '0912345678' },
  feeExemptGroup: 'none',
  extraCopies: 2,
};

// A clock that moves a second per reading, from Mon 02/03/2026 08:05 in Hà Nội.
let tick = 0;
const now = () => new Date(Date.parse('2026-03-02T01:05:00Z') + 1000 * tick++);
const start = new Date('2026-03-02T00:00:00Z');
const officer = (role: string): Identity => ({ sub: `${role}-1`, role, agency });

let store: PgliteStore;
let handle: DossierService;
beforeAll(async () => {
  store = await createPgliteStore();
  handle = createDossierService({ procedures: [birth], store, authenticate: createTokenAuthenticator({ secret, now }), now });
}, 60_000);
afterAll(async () => { await store?.close(); });

async function call(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await handle(new Request(`http://localhost${url}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }));
  return (await response.json()) as Record<string, any>;
}
/** Submits, accepts and forwards a dossier: statuses 1 → 2 → 4. @returns its code. */
async function process(key: string): Promise<string> {
  const submitted = await call('/api/dossiers', { procedure: '1.001193@1.0.0', channel: 'online', agency, data, documents: ['to-khai', 'giay-chung-sinh', 'giay-to-cu-tru'] }, { 'idempotency-key': key });
  const code = submitted['code'] as string;
  for (const [role, type, version] of [['reception-officer', 'reception.accept', 1], ['civil-status-officer', 'appraisal.forward', 2]] as const) {
    const token = mintToken({ secret, now }, officer(role));
    const body = await call(`/api/dossiers/${code}/actions`, { type, expectedVersion: version }, { authorization: `Bearer ${token}` });
    expect(body['version']).toBe(version + 1);
  }
  return code;
}
const rowsOf = (code: string) => store.sql.query<{ status: number; attempts: number; sent_at: Date | null; last_error: string | null }>(
  'SELECT o.status, o.attempts, o.sent_at, o.last_error FROM outbox o JOIN dossiers d ON d.id = o.dossier_id WHERE d.code = $1 ORDER BY o.event_at, o.id', [code]);

describe('runOutbox', { timeout: 60_000 }, () => {
  it('survives a portal that fails twice: attempts 3, each change sent once, in order, by two instances at once', async () => {
    const code = await process('outbox-0001');
    // Every status change was enqueued by the statement that wrote it, the submission's (status 1) included.
    expect((await rowsOf(code)).rows.map((r) => r.status)).toEqual([1, 2, 4]);
    const portal = createFakePortal();
    portal.failNext(2);
    const t0 = new Date('2026-03-02T02:00:00Z');
    const options = { portal, maxAttempts: 5, sweepSince: start };
    expect(await runOutbox(store, { ...options, now: t0 })).toEqual({ sent: 0, failed: 1 });
    // Backoff: 30 s after the first failure, 60 s after the second; a run before then sends nothing.
    expect(await runOutbox(store, { ...options, now: new Date(t0.getTime() + 10_000) })).toEqual({ sent: 0, failed: 0 });
    expect(await runOutbox(store, { ...options, now: new Date(t0.getTime() + 30_000) })).toEqual({ sent: 0, failed: 1 });
    const later = new Date(t0.getTime() + 90_000);
    const [a, b] = await Promise.all([runOutbox(store, { ...options, now: later }), runOutbox(store, { ...options, now: later })]);
    expect(a.sent + b.sent).toBe(3);

    expect(portal.received.map((p) => [p.dossierCode, p.procedureCode, p.status])).toEqual([[code, '1.001193', 1], [code, '1.001193', 2], [code, '1.001193', 4]]);
    expect(portal.received[1]).toMatchObject({ at: expect.stringMatching(/^2026-03-02T08:05:\d\d\+07:00$/), dueAt: '2026-03-02T17:00:00+07:00' });
    expect(portal.attempts).toBe(5);
    const { rows } = await rowsOf(code);
    expect(rows.map((r) => [r.status, r.attempts, r.sent_at !== null, r.last_error])).toEqual([[1, 3, true, null], [2, 1, true, null], [4, 1, true, null]]);
    expect(await runOutbox(store, { ...options, now: new Date(later.getTime() + 3_600_000) })).toEqual({ sent: 0, failed: 0 });
  });

  it('re-derives from the event log a status change whose outbox row is missing, and sends it', async () => {
    const code = await process('outbox-0003');
    // As if a writer had logged the submission without enqueuing it (an older version, or a direct write).
    await store.sql.query('DELETE FROM outbox WHERE status = 1 AND dossier_id = (SELECT id FROM dossiers WHERE code = $1)', [code]);
    expect((await rowsOf(code)).rows.map((r) => r.status)).toEqual([2, 4]);
    const portal = createFakePortal();
    const now = new Date('2026-03-02T04:00:00Z');
    expect(await runOutbox(store, { portal, now })).toMatchObject({ failed: 0 }); // without a sweep: 2 and 4 only
    expect(portal.received.filter((p) => p.dossierCode === code).map((p) => p.status)).toEqual([2, 4]);
    await runOutbox(store, { portal, now, sweepSince: start });
    expect(portal.received.filter((p) => p.dossierCode === code).map((p) => p.status)).toEqual([2, 4, 1]);
    expect((await rowsOf(code)).rows.map((r) => [r.status, r.sent_at !== null])).toEqual([[1, true], [2, true], [4, true]]);
  });

  it('leaves every row of a dossier unsent with the error recorded when the portal keeps failing', async () => {
    const code = await process('outbox-0002');
    const portal = createFakePortal();
    portal.failNext(Infinity, 'HTTP 503 from dichvucong.gov.vn');
    const options = { portal, maxAttempts: 2, backoff: () => 0, sweepSince: start };
    for (const minute of [0, 1, 2]) await runOutbox(store, { ...options, now: new Date(Date.parse('2026-03-02T03:00:00Z') + minute * 60_000) });
    // Two attempts on the head row, then it waits for an operator; later changes wait behind it (order per dossier).
    expect(portal.attempts).toBe(2);
    expect(portal.received).toEqual([]);
    const { rows } = await rowsOf(code);
    expect(rows.map((r) => [r.status, r.attempts, r.sent_at, r.last_error])).toEqual([
      [1, 2, null, 'HTTP 503 from dichvucong.gov.vn'], [2, 0, null, null], [4, 0, null, null],
    ]);
  });
});

describe('createFixturePopulationRegistry', () => {
  it('finds a demo citizen by 12-digit id and nobody for an unknown or malformed id', async () => {
    const registry = createFixturePopulationRegistry();
    expect(await registry.lookup('001195000001')).toMatchObject({ fullName: 'Trần Thị Bình', permanentAddress: { communeCode: expect.stringMatching(/^\d{5}$/) } });
    expect(await registry.lookup('001195999999')).toBeNull();
    expect(await registry.lookup('00119500000')).toBeNull();
  });
});
