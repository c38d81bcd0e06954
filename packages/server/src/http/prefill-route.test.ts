import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Procedure } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixturePopulationRegistry } from '../adapters/population-registry.js';
import { createCitizenAuthenticator, mintCitizenToken } from '../auth/citizen-token.js';
import { createTokenAuthenticator, mintToken } from '../auth/create-token-authenticator.js';
import { createDossierService, type DossierService } from './create-dossier-service.js';
import { createPgliteStore } from '../store/create-pglite-store.js';
import { openScratchPostgresStore, type StoreUnderTest } from '../store/store-contract.js';
import { serviceCaller } from './service-caller.js';

const root = path.resolve(import.meta.dirname, '../../../..');
const birth = JSON.parse(readFileSync(path.join(root, 'examples/procedures/birth-registration-1.001193.json'), 'utf8')) as Procedure;
const secret = 'prefill-test-secret-prefill-test-secret';
const agency = 'H29';
const { data } = JSON.parse(readFileSync(path.join(root, 'test/fixtures/dossiers/birth-registration.json'), 'utf8')) as { data: Record<string, any> };
const BINH = '001195000001'; // the mother in the fixture; shares a household with HUNG
const HUNG = '001092004567';
const MAI_ANH = '079301008910'; // another household

let tick = 0;
const now = () => new Date(Date.parse('2026-03-02T01:05:00Z') + 1000 * tick++);
const citizenToken = (id: string) => mintCitizenToken({ secret, now }, id);

describePrefill('embedded store', () => createPgliteStore());
const serverUrl = process.env['DATABASE_URL'];
describe.skipIf(!serverUrl)('PostgreSQL', () => {
  describePrefill('PostgreSQL store', () => openScratchPostgresStore(serverUrl!));
});

function describePrefill(storeName: string, open: () => Promise<StoreUnderTest>): void {
  describe(`population-registry prefill (${storeName})`, { timeout: 60_000 }, () => {
    let store: StoreUnderTest;
    let handle: DossierService;
    beforeAll(async () => {
      store = await open();
      handle = createDossierService({
        procedures: [birth], store, now, authenticate: createTokenAuthenticator({ secret, now }),
        authenticateCitizen: createCitizenAuthenticator({ secret, now }), populationRegistry: createFixturePopulationRegistry(),
      });
    }, 60_000);
    afterAll(async () => { await store?.close(); });

    const call = serviceCaller(() => handle);
    const prefill = (body: unknown, token?: string) => call('POST', '/api/prefill', token === undefined ? { body } : { body, token });

    it('answers the applicant’s own registry data to a signed-in citizen, and 401 to anyone else', async () => {
      expect(await prefill({ procedure: '1.001193' }, citizenToken(BINH))).toEqual({
        status: 200, body: { values: { 'requester.fullName': 'Trần Thị Bình', 'requester.dateOfBirth': '1995-05-05' }, source: 'population' },
      });
      const officer = mintToken({ secret, now }, { sub: 'r-1', role: 'reception-officer', agency });
      const forged = `${citizenToken(BINH).slice(0, -4)}AAAA`;
      for (const token of [undefined, officer, forged, 'x'.repeat(43)]) {
        const refused = await prefill({ procedure: '1.001193' }, token);
        expect(refused).toMatchObject({ status: 401, body: { error: { code: 'unauthenticated' } } });
        expect(JSON.stringify(refused.body)).not.toContain('Bình');
      }
      expect((await prefill({ procedure: '9.999999' }, citizenToken(BINH))).status).toBe(404);
      expect((await prefill({ procedure: '1.001193', field: 'child.fullName' }, citizenToken(BINH))).body['error'].code).toBe('prefill-field-not-found');
    });

    it('answers another subject only within the caller’s household', async () => {
      const residence = { unitCode: '00004', line: '1 Tràng Tiền' };
      expect((await prefill({ procedure: '1.001193', field: 'mother.residence', subjectValue: BINH }, citizenToken(BINH))).body['values']).toEqual({ 'mother.residence': residence });
      expect((await prefill({ procedure: '1.001193', field: 'father.residence', subjectValue: HUNG }, citizenToken(BINH))).body['values']).toEqual({ 'father.residence': residence });
      expect((await prefill({ procedure: '1.001193', field: 'mother.residence', subjectValue: BINH }, citizenToken(MAI_ANH))).body).toEqual({ values: {}, source: 'population' });
      expect((await prefill({ procedure: '1.001193', field: 'father.residence', subjectValue: '001195999999' }, citizenToken(BINH))).body['values']).toEqual({});
    });

    it('overwrites non-editable prefilled fields on submit and waives components on registry facts', async () => {
      const tampered = { ...data, requester: { ...data['requester'], fullName: 'Người Khác', dateOfBirth: '2000-01-01' } };
      const body = { procedure: '1.001193@1.0.0', channel: 'online', agency, data: tampered, documents: ['to-khai', 'giay-chung-sinh'] };
      // Without a citizen token (in-person entry) nothing is prefilled: proof of residence is still asked for.
      const anonymous = await call('POST', '/api/dossiers', { body, headers: { 'idempotency-key': 'prefill-0001' } });
      expect(anonymous).toMatchObject({ status: 422, body: { error: { code: 'missing-components' } } });
      const signed = await call('POST', '/api/dossiers', { body, token: citizenToken(BINH), headers: { 'idempotency-key': 'prefill-0002' } });
      expect(signed.status).toBe(201);
      const stored = (await store.findByCode(signed.body['code']))!;
      const machine = stored.snapshot.machine as { context: { data?: unknown; prefilled: string[] } };
      // The answers are kept apart from the snapshot (migration 9).
      expect(machine.context.data).toBeUndefined();
      expect(stored.data!['requester']).toMatchObject({ fullName: 'Trần Thị Bình', dateOfBirth: '1995-05-05', phone: '0912345678' });
      expect(machine.context.prefilled).toEqual(['mother.residence', 'requester.dateOfBirth', 'requester.fullName']);
      // An edited editable field is the applicant's, not the registry's: the waiver no longer holds.
      const edited = { ...body, data: { ...tampered, mother: { ...data['mother'], residence: { unitCode: '00070', line: '3 Hàng Bạc' } } } };
      const moved = await call('POST', '/api/dossiers', { body: edited, token: citizenToken(BINH), headers: { 'idempotency-key': 'prefill-0003' } });
      expect(moved).toMatchObject({ status: 422, body: { error: { code: 'missing-components' } } });
    });
  });
}
