import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Procedure } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenAuthenticator, mintToken, type Identity } from '../auth/create-token-authenticator.js';
import { createPgliteStore } from '../store/create-pglite-store.js';
import { openScratchPostgresStore, type StoreUnderTest } from '../store/store-contract.js';
import { createDossierService, type DossierService } from './create-dossier-service.js';
import { serviceCaller } from './service-caller.js';

const root = path.resolve(import.meta.dirname, '../../../..');
const birth = JSON.parse(readFileSync(path.join(root, 'examples/procedures/birth-registration-1.001193.json'), 'utf8')) as Procedure;
// The birth registration with a fee request at appraisal (no example procedure asks for payment mid-way).
const withFee = structuredClone(birth) as Procedure & { workflow: { steps: { actions: unknown[] }[] } };
withFee.workflow.steps[1]!.actions.push({ id: 'request-fee', kind: 'request-payment', title: { vi: 'Yêu cầu nộp phí', en: 'Request the fee' }, target: 'awaiting-payment' });
const secret = 'pay-inbox-secret-pay-inbox-secret-xx';
const { data } = JSON.parse(readFileSync(path.join(root, 'test/fixtures/dossiers/birth-registration.json'), 'utf8')) as { data: Record<string, unknown> };

let tick = 0;
const now = () => new Date(Date.parse('2026-03-02T01:05:00Z') + 1000 * tick++);
const officer = (role: string, agency: string): Identity => ({ sub: `${role}-1`, role, agency });
const tokenOf = (identity: Identity) => mintToken({ secret, now }, identity);
const ROLES = ['reception-officer', 'civil-status-officer', 'commune-chairman'];

describePayAndInbox('embedded store', () => createPgliteStore());
const serverUrl = process.env['DATABASE_URL'];
describe.skipIf(!serverUrl)('PostgreSQL', () => {
  describePayAndInbox('PostgreSQL store', () => openScratchPostgresStore(serverUrl!));
});

function describePayAndInbox(storeName: string, open: () => Promise<StoreUnderTest>): void {
  describe(`payment and the role-filtered inbox (${storeName})`, { timeout: 60_000 }, () => {
    let store: StoreUnderTest;
    let handle: DossierService;
    beforeAll(async () => {
      store = await open();
      handle = createDossierService({ procedures: [withFee], store, now, authenticate: createTokenAuthenticator({ secret, now }) });
    }, 60_000);
    afterAll(async () => { await store?.close(); });

    const call = serviceCaller(() => handle);
    const submit = async (key: string, agency: string) => (await call('POST', '/api/dossiers', {
      body: { procedure: '1.001193', channel: 'online', agency, data, documents: ['to-khai', 'giay-chung-sinh', 'giay-to-cu-tru'] }, headers: { 'idempotency-key': key },
    })).body as { code: string; accessToken: string };
    const act = (code: string, role: string, agency: string, type: string, expectedVersion: number) =>
      call('POST', `/api/dossiers/${code}/actions`, { token: tokenOf(officer(role, agency)), body: { type, expectedVersion } });

    it('takes the payment the runtime computes, whatever figure the browser sends', async () => {
      const { code, accessToken } = await submit('pay-0001', 'H29');
      expect((await call('POST', `/api/dossiers/${code}/pay`, { token: accessToken, body: {} })).body['error'].code).toBe('not-allowed-in-state');
      await act(code, 'reception-officer', 'H29', 'reception.accept', 1);
      expect((await act(code, 'civil-status-officer', 'H29', 'appraisal.request-fee', 2)).body).toMatchObject({ state: 'awaitingPayment', status: 6 });
      expect((await call('POST', `/api/dossiers/${code}/pay?token=wrong`, { body: {} })).status).toBe(404);
      const paid = await call('POST', `/api/dossiers/${code}/pay`, { token: accessToken, body: { amount: 1, total: 1 } });
      expect(paid).toMatchObject({ status: 200, body: { state: 'appraisal', status: 4, payment: { currency: 'VND' } } });
      const { payment } = paid.body as { payment: { total: number; items: { amount: number }[] } };
      expect(payment.total).toBe(payment.items.reduce((sum, item) => sum + item.amount, 0));
      expect(payment.total).toBeGreaterThan(1);
      const stored = (await store.findByCode(code))!;
      const events = await store.listEvents(stored.id);
      expect(events.at(-1)).toMatchObject({ type: 'PAY', role: 'applicant', payload: { attachments: [`payment-receipt:${code}:${payment.total}:VND`] } });
    });

    it('filters the inbox by role in SQL and answers exactly as when every dossier is restored', async () => {
      const agency = 'H31';
      const submitted = await submit('inbox-0001', agency);
      const appraisal = await submit('inbox-0002', agency);
      await act(appraisal.code, 'reception-officer', agency, 'reception.accept', 1);
      const approval = await submit('inbox-0003', agency);
      await act(approval.code, 'reception-officer', agency, 'reception.accept', 1);
      await act(approval.code, 'civil-status-officer', agency, 'appraisal.forward', 2);
      const withdrawn = await submit('inbox-0004', agency);
      await call('POST', `/api/dossiers/${withdrawn.code}/withdraw`, { token: withdrawn.accessToken, body: {} });

      const inboxes = async () => Object.fromEntries(await Promise.all(ROLES.map(async (role) => {
        const { body } = await call('GET', '/api/inbox', { token: tokenOf(officer(role, agency)) });
        return [role, body['dossiers'].map((d: { code: string; actions: { type: string }[] }) => [d.code, d.actions.map((a) => a.type)])] as const;
      })));
      const filtered = await inboxes();
      expect(filtered['reception-officer']!.map(([code]: [string]) => code)).toContain(submitted.code);
      expect(filtered['commune-chairman']!.map(([code]: [string]) => code)).toContain(approval.code);
      // The SQL filter: the chairman's query does not even read the dossier waiting at reception.
      const rows = await store.listInbox({ agencyCode: agency, role: 'commune-chairman' });
      expect(rows.map((row) => row.code)).not.toContain(submitted.code);
      expect((await store.listInbox({ agencyCode: agency, role: 'reception-officer' })).map((row) => row.code)).toContain(submitted.code);
      // Rows from before migration 7 (open_roles unknown) are restored and judged as before: the same answer.
      await store.sql.query('UPDATE dossiers SET open_roles = NULL WHERE agency_code = $1', [agency]);
      expect(await inboxes()).toEqual(filtered);
      expect((await store.listInbox({ agencyCode: agency, role: 'commune-chairman' })).map((row) => row.code)).toContain(submitted.code);
    });
  });
}
