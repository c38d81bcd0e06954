import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SnapshotError, type Procedure } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenAuthenticator, mintToken, type Identity } from '../auth/create-token-authenticator.js';
import { createPgliteStore } from '../store/create-pglite-store.js';
import { openScratchPostgresStore, type StoreUnderTest } from '../store/store-contract.js';
import { createProcedureCatalogue } from './procedure-catalogue.js';
import { createDossierService, type DossierService } from './create-dossier-service.js';
import { serviceCaller } from './service-caller.js';

const root = path.resolve(import.meta.dirname, '../../../..');
const birth = JSON.parse(readFileSync(path.join(root, 'examples/procedures/birth-registration-1.001193.json'), 'utf8')) as Procedure;
const birthNext = { ...birth, version: '1.1.0' } as Procedure;
const secret = 'server-test-secret-server-test-secret';
const agency = 'H29';

const { data } = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../../test/fixtures/dossiers/birth-registration.json'), 'utf8')) as { data: Record<string, unknown> };
const submission = { procedure: '1.001193@1.0.0', channel: 'online', agency, data, documents: ['to-khai', 'giay-chung-sinh', 'giay-to-cu-tru'] };

// A clock that moves a second per reading, from Mon 02/03/2026 08:05 in Hà Nội.
let tick = 0;
const now = () => new Date(Date.parse('2026-03-02T01:05:00Z') + 1000 * tick++);
const officer = (role: string, sub = `${role}-1`): Identity => ({ sub, role, agency });
const tokenOf = (identity: Identity) => mintToken({ secret, now }, identity);

// The same API suite on each store: the embedded one always, PostgreSQL when DATABASE_URL names a server
// (test/postgres-global-setup.ts starts a throwaway cluster for it). Generous timeouts: on PGlite the
// races queue dozens of transactions on one connection.
describeDossierService('embedded store', () => createPgliteStore(), 30_000); // stack.md G8
const serverUrl = process.env['DATABASE_URL'];
describe.skipIf(!serverUrl)('PostgreSQL', () => {
  describeDossierService('PostgreSQL store', () => openScratchPostgresStore(serverUrl!), 10_000);
});

function describeDossierService(storeName: string, open: () => Promise<StoreUnderTest>, startupBudgetMs: number): void {
  describe(`createDossierService (${storeName})`, { timeout: 60_000 }, () => {
    let store: StoreUnderTest;
    let handle: DossierService;
    let startupMs = 0;
    beforeAll(async () => {
      tick = 0; // each store's suite starts at the same instant
      const started = performance.now();
      store = await open();
      startupMs = performance.now() - started;
      handle = createDossierService({ procedures: [birth, birthNext], store, authenticate: createTokenAuthenticator({ secret, now }), now });
    }, 60_000);
    afterAll(async () => { await store?.close(); });

    const call = serviceCaller(() => handle);
    const submit = (key: string, body: unknown = submission) => call('POST', '/api/dossiers', { body, headers: { 'idempotency-key': key } });
    const act = (code: string, identity: Identity, type: string, expectedVersion: number, extra: Record<string, unknown> = {}) =>
      call('POST', `/api/dossiers/${code}/actions`, { token: tokenOf(identity), body: { type, expectedVersion, ...extra } });

    it(`opens the ${storeName} within ${startupBudgetMs / 1000} s`, () => {
      expect(startupMs).toBeLessThan(startupBudgetMs);
    });

    it('lists the procedures it runs', async () => {
      const { status, body } = await call('GET', '/api/procedures');
      expect(status).toBe(200);
      expect(body['procedures'].map((p: { key: string }) => p.key)).toEqual(['1.001193@1.0.0', '1.001193@1.1.0']);
    });

    it('runs a birth registration end to end: submit, look up, inbox, accept, forward, approve, hand over', async () => {
      const submitted = await submit('happy-path-0001');
      expect(submitted.status).toBe(201);
      expect(submitted.body).toMatchObject({ code: expect.stringMatching(/^H29-260302-\d{4}$/), state: 'submitted', status: 1, version: 1 });
      const { code, accessToken } = submitted.body as { code: string; accessToken: string };
      expect(Buffer.from(accessToken, 'base64url')).toHaveLength(32);

      const byHeader = await call('GET', `/api/dossiers/${code}`, { token: accessToken });
      const byQuery = await call('GET', `/api/dossiers/${code}?token=${accessToken}`);
      expect(byHeader).toMatchObject({ status: 200, body: { code, state: 'submitted', status: 1 } });
      expect(byQuery.body).toEqual(byHeader.body);

      const reception = officer('reception-officer');
      const inbox = await call('GET', `/api/inbox?role=reception-officer&agency=${agency}`, { token: tokenOf(reception) });
      expect(inbox.status).toBe(200);
      const listed = inbox.body['dossiers'].find((d: { code: string }) => d.code === code);
      expect(listed.actions.map((a: { type: string }) => a.type)).toContain('reception.accept');
      const civil = await call('GET', '/api/inbox', { token: tokenOf(officer('civil-status-officer')) });
      expect(civil.body['dossiers'].some((d: { code: string }) => d.code === code)).toBe(false);

      let step = await act(code, reception, 'reception.accept', 1);
      expect(step).toMatchObject({ status: 200, body: { state: 'appraisal', status: 2, version: 2, dueAt: '2026-03-02T17:00:00+07:00' } });
      step = await act(code, officer('civil-status-officer'), 'appraisal.forward', 2);
      expect(step.body).toMatchObject({ state: 'approval', status: 4, version: 3 });
      step = await act(code, officer('commune-chairman'), 'approval.approve', 3);
      expect(step.body).toMatchObject({ state: 'resultReady', status: 9 });
      step = await act(code, reception, 'HANDOVER', 4);
      expect(step.body).toMatchObject({ state: 'returned', status: 10, closed: true, version: 5 });

      const stored = (await store.findByCode(code))!;
      const events = await store.listEvents(stored.id);
      expect(events.map((e) => [e.type, e.role, e.state])).toEqual([
        ['SUBMIT', 'applicant', 'submitted'], ['reception.accept', 'reception-officer', 'appraisal'], ['appraisal.forward', 'civil-status-officer', 'approval'],
        ['approval.approve', 'commune-chairman', 'resultReady'], ['HANDOVER', 'reception-officer', 'returned'],
      ]);
      expect(await store.verifyChain(stored.id)).toEqual({ valid: true, events: 5 });
      const { rows } = await store.sql.query('SELECT access_token_hash FROM dossiers WHERE code = $1', [code]);
      expect(JSON.stringify(rows)).not.toContain(accessToken);
    });

    it('answers 422 with the runtime rejection for a command the machine refuses', async () => {
      const { body } = await submit('rejected-0001');
      const wrongRole = await act(body['code'], officer('commune-chairman'), 'reception.accept', 1);
      expect(wrongRole).toMatchObject({ status: 422, body: { error: { code: 'wrong-role' }, rejection: { code: 'wrong-role' } } });
      const incomplete = await submit('rejected-0002', { ...submission, documents: ['to-khai'] });
      expect(incomplete).toMatchObject({ status: 422, body: { error: { code: 'missing-components', message: { vi: expect.any(String), en: expect.any(String) } } } });
    });

    it('creates one dossier for a submit repeated with the same idempotency key, and returns the first response', async () => {
      const first = await submit('same-key-0001');
      const again = await submit('same-key-0001');
      expect(again).toEqual(first);
      const { rows } = await store.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM idempotency_keys WHERE dossier_id = (SELECT id FROM dossiers WHERE code = $1)', [first.body['code']]);
      expect(rows[0]!.n).toBe(1);
      const racing = await Promise.all([submit('same-key-0002'), submit('same-key-0002'), submit('same-key-0002')]);
      expect(new Set(racing.map((r) => r.body['code'])).size).toBe(1);
      expect(await call('POST', '/api/dossiers', { body: submission })).toMatchObject({ status: 400, body: { error: { code: 'idempotency-key-required' } } });
    });

    it('binds the idempotency key to the body: another body with the same key is 422 and creates nothing', async () => {
      const first = await submit('fingerprint-0001');
      const count = async () => (await store.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM dossiers')).rows[0]!.n;
      const before = await count();
      const other = { ...submission, data: { ...submission.data, extraCopies: 3 } };
      const reused = await submit('fingerprint-0001', other);
      expect(reused).toMatchObject({ status: 422, body: { error: { code: 'idempotency-key-reused', message: { vi: expect.any(String), en: expect.any(String) } } } });
      expect(await submit('fingerprint-0001')).toEqual(first);
      // A body that fails its checks is still judged against the key first: reused, not "no such procedure".
      expect(await submit('fingerprint-0001', { ...submission, procedure: '9.999999' })).toMatchObject({ status: 422, body: { error: { code: 'idempotency-key-reused' } } });
      expect(await count()).toBe(before);
      // Racing: one body wins the key; every request with the other body is refused, never given its dossier.
      const racing = await Promise.all([submit('fingerprint-0002'), submit('fingerprint-0002', other), submit('fingerprint-0002', other)]);
      const winner = racing.find((r) => r.status === 201)!;
      expect(racing.every((r) => r.status === 201 ? r.body['code'] === winner.body['code'] : r.body['error'].code === 'idempotency-key-reused')).toBe(true);
      expect(await count()).toBe(before + 1);
      const { rows } = await store.sql.query<{ request_fingerprint: string }>('SELECT request_fingerprint FROM idempotency_keys WHERE dossier_id = (SELECT id FROM dossiers WHERE code = $1)', [first.body['code']]);
      expect(rows[0]!.request_fingerprint).toMatch(/^[0-9a-f]{64}$/);
    });

    it('gives a wrong token and an unknown code the same 404', async () => {
      const { body } = await submit('wrong-token-0001');
      const wrong = await call('GET', `/api/dossiers/${body['code']}`, { token: 'x'.repeat(43) });
      const unknown = await call('GET', '/api/dossiers/H29-260302-9999', { token: body['accessToken'] });
      const none = await call('GET', `/api/dossiers/${body['code']}`);
      expect(wrong.status).toBe(404);
      expect(unknown).toEqual(wrong);
      expect(none).toEqual(wrong);
    });

    it('takes role and agency only from the identity: a forged query is 403, a bad token 401', async () => {
      const reception = tokenOf(officer('reception-officer'));
      expect((await call('GET', '/api/inbox?role=commune-chairman', { token: reception })).status).toBe(403);
      expect((await call('GET', '/api/inbox?agency=H30', { token: reception })).body['error'].code).toBe('identity-mismatch');
      const expired = mintToken({ secret, now: () => new Date('2026-01-01T00:00:00Z') }, officer('reception-officer'), 60);
      const forged = `${Buffer.from(JSON.stringify({ sub: 'x', role: 'commune-chairman', agency, exp: 9e9 })).toString('base64url')}.${reception.split('.')[1]}`;
      for (const token of [expired, forged]) {
        const response = await call('GET', '/api/inbox', { token });
        expect(response).toMatchObject({ status: 401, body: { error: { code: 'unauthenticated' } } });
      }
      expect((await call('GET', '/api/inbox')).status).toBe(401);
    });

    it('lets exactly one of five concurrent accepts win; the others get 409 with the current state', async () => {
      const { body } = await submit('race-0001');
      const results = await Promise.all(Array.from({ length: 5 }, (_, i) => act(body['code'], officer('reception-officer', `r-${i}`), 'reception.accept', 1)));
      expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
      for (const lost of results.filter((r) => r.status === 409)) {
        expect(lost.body).toMatchObject({ error: { code: 'conflict' }, current: { state: 'appraisal', version: 2 } });
      }
      const stored = (await store.findByCode(body['code']))!;
      expect((await store.listEvents(stored.id)).filter((e) => e.type === 'reception.accept')).toHaveLength(1);
      expect(await store.verifyChain(stored.id)).toMatchObject({ valid: true });
    });

    it('numbers 50 concurrent submits to one agency on one day without a collision', async () => {
      const results = await Promise.all(Array.from({ length: 50 }, (_, i) => submit(`burst-${String(i).padStart(4, '0')}`)));
      expect(results.every((r) => r.status === 201)).toBe(true);
      const codes = results.map((r) => r.body['code'] as string);
      expect(new Set(codes).size).toBe(50);
      expect(codes.every((code) => /^H29-260302-\d{4}$/.test(code))).toBe(true);
    });

    it('lets the citizen supplement and withdraw with the access token only', async () => {
      const { body } = await submit('withdraw-0001');
      const withToken = `/api/dossiers/${body['code']}/withdraw?token=${body['accessToken']}`;
      expect((await call('POST', `/api/dossiers/${body['code']}/withdraw?token=wrong`, { body: { reason: 'x' } })).status).toBe(404);
      expect(await call('POST', withToken, { body: { reason: 'Tôi nộp nhầm' } })).toMatchObject({ status: 200, body: { state: 'withdrawn', status: 7, closed: true } });
      const supplement = await call('POST', `/api/dossiers/${body['code']}/supplement?token=${body['accessToken']}`, { body: { documents: ['to-khai'] } });
      expect(supplement.status).toBe(422);
    });

    it('never runs a dossier under another procedure version', async () => {
      const { body } = await submit('version-0001');
      const stored = (await store.findByCode(body['code']))!;
      const next = createProcedureCatalogue([birthNext]).byKey('1.001193@1.1.0')!;
      expect(() => next.runtime.restore(stored.snapshot)).toThrow(SnapshotError);
      const onlyNext = createDossierService({ procedures: [birthNext], store, authenticate: createTokenAuthenticator({ secret, now }), now });
      const response = await onlyNext(new Request(`http://localhost/api/dossiers/${body['code']}?token=${body['accessToken']}`));
      expect(response.status).toBe(503);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('procedure-unavailable');
    });
  });
}
