import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { compileProcedure, createDossierRuntime, defaultWorkingCalendar, type Procedure } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenAuthenticator, mintToken, type Identity } from '../auth/create-token-authenticator.js';
import { createSqlDocumentRecords } from '../documents/document-records.js';
import { createDiskStorage } from '../documents/document-storage.js';
import { createPgliteStore } from '../store/create-pglite-store.js';
import type { DossierStore } from '../store/dossier-store.js';
import { openScratchPostgresStore, type StoreUnderTest } from '../store/store-contract.js';
import { computeStatistics } from '../statistics/compute-statistics.js';
import { createDossierService, type DossierService } from './create-dossier-service.js';

const root = path.resolve(import.meta.dirname, '../../../..');
const birth = JSON.parse(readFileSync(path.join(root, 'examples/procedures/birth-registration-1.001193.json'), 'utf8')) as Procedure;
const birthNext = { ...birth, version: '1.1.0' } as Procedure;
const secret = 'citizen-api-secret-citizen-api-secret';
const agency = 'H29';
const { data } = JSON.parse(readFileSync(path.join(root, 'test/fixtures/dossiers/birth-registration.json'), 'utf8')) as { data: Record<string, unknown> };
const submission = { procedure: '1.001193@1.0.0', channel: 'online', agency, data, documents: ['to-khai', 'giay-chung-sinh', 'giay-to-cu-tru'] };
const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

// A clock that moves a second per reading, from Mon 02/03/2026 08:05 in Hà Nội.
let tick = 0;
const now = () => new Date(Date.parse('2026-03-02T01:05:00Z') + 1000 * tick++);
const officer = (role: string, officerAgency = agency): Identity => ({ sub: `${role}-7`, role, agency: officerAgency });
const tokenOf = (identity: Identity) => mintToken({ secret, now }, identity);

// The same suite on each store: the embedded one always, PostgreSQL when DATABASE_URL names a server.
describeCitizenApi('embedded store', () => createPgliteStore());
const serverUrl = process.env['DATABASE_URL'];
describe.skipIf(!serverUrl)('PostgreSQL', () => {
  describeCitizenApi('PostgreSQL store', () => openScratchPostgresStore(serverUrl!));
});

function describeCitizenApi(storeName: string, open: () => Promise<StoreUnderTest>): void {
  describe(`citizen and officer views (${storeName})`, { timeout: 60_000 }, () => {
    let store: StoreUnderTest;
    let handle: DossierService;
    let dir: string;
    beforeAll(async () => {
      tick = 0;
      dir = await mkdtemp(path.join(tmpdir(), 'motcua-citizen-api-'));
      store = await open();
      handle = createDossierService({
        procedures: [birth, birthNext], store, now, authenticate: createTokenAuthenticator({ secret, now }), calendar: defaultWorkingCalendar(),
        documents: { storage: createDiskStorage({ root: dir }), records: createSqlDocumentRecords(store.sql) },
      });
    }, 60_000);
    afterAll(async () => {
      await store?.close();
      await rm(dir, { recursive: true, force: true });
    });

    async function call(method: string, url: string, options: { body?: unknown; token?: string; headers?: Record<string, string>; raw?: BodyInit } = {}) {
      const headers: Record<string, string> = { ...options.headers };
      if (options.token !== undefined) headers['authorization'] = `Bearer ${options.token}`;
      if (options.body !== undefined) headers['content-type'] = 'application/json';
      const body = options.raw ?? (options.body === undefined ? null : JSON.stringify(options.body));
      const response = await handle(new Request(`http://localhost${url}`, { method, headers, body }));
      const isJson = response.headers.get('content-type')?.startsWith('application/json') ?? false;
      return { status: response.status, headers: response.headers, body: (isJson ? await response.json() : null) as Record<string, any>, response };
    }
    const submit = async (key: string) => {
      const { status, body } = await call('POST', '/api/dossiers', { body: submission, headers: { 'idempotency-key': key } });
      expect(status).toBe(201);
      return body as { code: string; accessToken: string };
    };
    const act = (code: string, identity: Identity, type: string, expectedVersion: number, extra: Record<string, unknown> = {}) =>
      call('POST', `/api/dossiers/${code}/actions`, { token: tokenOf(identity), body: { type, expectedVersion, ...extra } });

    it('refuses a submission holding a NUL character with 400 naming the field, and keeps its idempotency key unused', async () => {
      const raw = JSON.stringify(submission).replace('"Nguyễn Minh An"', '"Nguyễn Minh An\\u0000"');
      const refused = await call('POST', '/api/dossiers', { raw, headers: { 'content-type': 'application/json', 'idempotency-key': 'nul-0001' } });
      expect(refused).toMatchObject({ status: 400, body: { error: { code: 'invalid-character', message: { en: expect.stringContaining('"data.child.fullName"') } } } });
      await submit('nul-0001');
    });

    it('lists procedures with sector, level, online level, boundary rule, summary and applicant types', async () => {
      const { status, body } = await call('GET', '/api/procedures');
      expect(status).toBe(200);
      expect(body['procedures'][0]).toEqual({
        key: '1.001193@1.0.0', code: '1.001193', version: '1.0.0', title: birth.title, summary: birth.summary,
        sector: { code: 'ho-tich', title: { vi: 'Hộ tịch', en: 'Civil status' } }, level: ['commune'],
        channels: ['in-person', 'online', 'postal'], onlineLevel: 'full', boundaryFree: true, applicantTypes: ['citizen'],
      });
    });

    it('returns a full procedure by code@version or by bare code (the current version), and 404 otherwise', async () => {
      expect(await call('GET', '/api/procedures/1.001193@1.0.0')).toMatchObject({ status: 200, body: { code: '1.001193', version: '1.0.0', workflow: birth.workflow } });
      expect((await call('GET', '/api/procedures/1.001193')).body['version']).toBe('1.1.0');
      expect(await call('GET', '/api/procedures/9.999999')).toMatchObject({ status: 404, body: { error: { code: 'procedure-not-found' } } });
    });

    it('serves the configured working calendar, and 404 when none is configured', async () => {
      const { status, body } = await call('GET', '/api/calendar');
      expect(status).toBe(200);
      expect(body).toMatchObject({ id: 'vn', title: { vi: expect.any(String), en: expect.any(String) } });
      const bare = createDossierService({ procedures: [birth], store, now, authenticate: createTokenAuthenticator({ secret, now }) });
      const response = await bare(new Request('http://localhost/api/calendar'));
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('calendar-not-configured');
    });

    it('shows the citizen the procedure title, a timeline without officer ids, and what a supplement must be', async () => {
      const { code, accessToken } = await submit('timeline-0001');
      await act(code, officer('reception-officer'), 'reception.accept', 1);
      await act(code, officer('civil-status-officer'), 'appraisal.request-supplement', 2, { missingComponents: ['giay-chung-sinh'], reason: 'Ảnh mờ' });
      const { status, body } = await call('GET', `/api/dossiers/${code}`, { token: accessToken });
      expect(status).toBe(200);
      expect(body['procedureTitle']).toEqual(birth.title);
      expect(body['timeline']).toEqual([
        { at: expect.stringMatching(/^2026-03-02T08:0\d:\d\d\+07:00$/), type: 'SUBMIT', title: { vi: 'Nộp hồ sơ', en: 'Submit the dossier' }, actorRole: 'applicant', state: 'submitted', status: 1, reason: null, dueAt: null, dueChanged: false },
        expect.objectContaining({ type: 'reception.accept', title: { vi: expect.any(String), en: expect.any(String) }, actorRole: 'reception-officer', state: 'appraisal', status: 2, dueAt: expect.stringMatching(/\+07:00$/), dueChanged: true }),
        expect.objectContaining({ type: 'appraisal.request-supplement', actorRole: 'civil-status-officer', state: 'awaitingSupplement', status: 5, reason: 'Ảnh mờ' }),
      ]);
      expect(body['timeline'][1].title).toEqual((birth.workflow.steps[0] as { actions: { id: string; title: unknown }[] }).actions.find((a) => a.id === 'accept')!.title);
      expect(JSON.stringify(body)).not.toContain('-officer-7');
      expect(body['request']).toMatchObject({
        kind: 'supplement', components: ['giay-chung-sinh'],
        componentDetails: [{ id: 'giay-chung-sinh', title: { vi: 'Giấy chứng sinh', en: expect.any(String) }, accept: ['application/pdf', 'image/jpeg', 'image/png'], maxSizeMB: 10 }],
      });
    });

    it('gives an officer of the agency the detail view, and everyone else the 404 of an unknown code', async () => {
      const { code, accessToken } = await submit('detail-0001');
      const uploaded = await call('POST', `/api/dossiers/${code}/documents?component=giay-chung-sinh`, { token: accessToken, raw: pdf, headers: { 'content-type': 'application/pdf' } });
      expect(uploaded.status).toBe(201);
      await act(code, officer('reception-officer'), 'reception.accept', 1);
      const { status, body } = await call('GET', `/api/dossiers/${code}/detail`, { token: tokenOf(officer('civil-status-officer')) });
      expect(status).toBe(200);
      expect(body).toMatchObject({ code, state: 'appraisal', procedureTitle: birth.title, data: { mother: { citizenId: '001195000001' } } });
      expect(body['actions'].map((a: { type: string }) => a.type)).toContain('appraisal.forward');
      expect(body['documents']).toEqual([{ component: 'giay-chung-sinh', sha256: createHash('sha256').update(pdf).digest('hex'), size: pdf.byteLength, mediaType: 'application/pdf', uploadedAt: expect.stringMatching(/\+07:00$/) }]);
      expect(body['history'].map((h: { type: string; actorId: string }) => [h.type, h.actorId])).toEqual([['SUBMIT', 'applicant'], ['reception.accept', 'reception-officer-7']]);

      const unknown = await call('GET', '/api/dossiers/H29-260302-9999/detail', { token: tokenOf(officer('civil-status-officer')) });
      expect(unknown.status).toBe(404);
      for (const token of [tokenOf(officer('civil-status-officer', 'H30')), accessToken, undefined]) {
        const refused = await call('GET', `/api/dossiers/${code}/detail`, token === undefined ? {} : { token });
        expect({ status: refused.status, body: refused.body }).toEqual({ status: unknown.status, body: unknown.body });
      }
    });

    it('lets the officer and the citizen download a document as an attachment, and no one else', async () => {
      const { code, accessToken } = await submit('download-0001');
      const sha = createHash('sha256').update(pdf).digest('hex');
      await call('POST', `/api/dossiers/${code}/documents?component=to-khai`, { token: accessToken, raw: pdf });
      for (const token of [accessToken, tokenOf(officer('reception-officer'))]) {
        const { status, headers, response } = await call('GET', `/api/dossiers/${code}/documents/${sha}`, { token });
        expect(status).toBe(200);
        expect(headers.get('content-type')).toBe('application/pdf');
        expect(headers.get('content-disposition')).toMatch(/^attachment; filename="H29-260302-\d{4}-to-khai-[0-9a-f]{12}\.pdf"$/);
        expect(headers.get('x-content-type-options')).toBe('nosniff');
        expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdf);
      }
      expect((await call('GET', `/api/dossiers/${code}/documents/${sha}`, { token: tokenOf(officer('reception-officer', 'H30')) })).status).toBe(404);
      expect((await call('GET', `/api/dossiers/${code}/documents/${sha}?token=wrong`)).status).toBe(404);
      expect((await call('GET', `/api/dossiers/${code}/documents/${'0'.repeat(64)}`, { token: accessToken })).body['error'].code).toBe('document-not-found');
      expect((await call('GET', `/api/dossiers/${code}/documents/..%2F..%2Fetc`, { token: accessToken })).status).toBe(404);
    });

    it('writes the answers apart from the snapshot: with the dossier and when a supplement changes them, never with an officer action; a row from before migration 9 moves them on its next action', async () => {
      const given: (Record<string, unknown> | undefined)[] = [];
      const spied: DossierStore = { ...store, appendEvents: (id, version, position, records, within) => { given.push(position.data); return store.appendEvents(id, version, position, records, within); } };
      // A new service each time: an empty dossier cache, so every action restores from the row.
      const service = () => createDossierService({ procedures: [birth], store: spied, now, authenticate: createTokenAuthenticator({ secret, now }), calendar: defaultWorkingCalendar() });
      const sendTo = (handler: DossierService, url: string, body: unknown, headers: Record<string, string> = {}) =>
        handler(new Request(`http://localhost${url}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }));
      const send = (url: string, body: unknown, token?: string) => sendTo(service(), url, body, token ? { authorization: `Bearer ${token}` } : {});
      const row = async (code: string) => (await store.sql.query<{ data: unknown; inSnapshot: boolean; format: string }>(
        `SELECT data, snapshot->'machine'->'context'->'data' IS NOT NULL AS "inSnapshot", snapshot->>'format' AS format FROM dossiers WHERE code = $1`, [code])).rows[0]!;

      const { code, accessToken } = await submit('apart-0001');
      expect(await row(code)).toEqual({ data: expect.objectContaining({ child: expect.objectContaining({ fullName: 'Nguyễn Minh An' }) }), inSnapshot: false, format: 'motcua.dossier/1-data-apart' });
      for (const [type, version, role, extra] of [['reception.accept', 1, 'reception-officer', {}], ['appraisal.request-supplement', 2, 'civil-status-officer', { missingComponents: ['giay-chung-sinh'] }]] as const) {
        expect((await send(`/api/dossiers/${code}/actions`, { type, expectedVersion: version, ...extra }, tokenOf(officer(role)))).status).toBe(200);
      }
      expect(given).toEqual([undefined, undefined]);
      const changed = { ...data, extraCopies: 4 };
      const supplemented = await send(`/api/dossiers/${code}/supplement?token=${accessToken}`, { documents: ['giay-chung-sinh'], data: { extraCopies: 4 } });
      expect(supplemented.status).toBe(200);
      expect(given.at(-1)).toEqual(changed);
      expect((await row(code)).data).toEqual(changed);

      // As a server before migration 9 wrote it: the answers inside the snapshot, none in the column.
      const runtime = createDossierRuntime(compileProcedure(birth));
      const draft = runtime.create({ channel: 'online', at: '2026-03-02T08:05:00+07:00', data });
      const submitted = runtime.send(draft, { type: 'SUBMIT', actor: { id: 'applicant', role: 'applicant' }, at: '2026-03-02T08:05:00+07:00', documents: submission.documents });
      if (!submitted.ok) throw new Error(submitted.rejection.message.en);
      const status = runtime.status(submitted.state);
      const old = await store.insertDossier({
        id: submitted.state.id, procedureKey: birth.code + '@' + birth.version, agencyCode: agency, accessTokenHash: 'f'.repeat(64), at: now(),
        snapshot: runtime.toSnapshotJson(submitted.state), state: status.state, status: status.code, closed: status.closed, dueAt: null, records: submitted.events,
      });
      if (!old.inserted) throw new Error('not inserted');
      expect(await row(old.dossier.code)).toEqual({ data: null, inSnapshot: true, format: 'motcua.dossier/1' });
      expect((await send(`/api/dossiers/${old.dossier.code}/actions`, { type: 'reception.accept', expectedVersion: 1 }, tokenOf(officer('reception-officer')))).status).toBe(200);
      expect(given.at(-1)).toEqual(data);
      expect(await row(old.dossier.code)).toEqual({ data, inSnapshot: false, format: 'motcua.dossier/1-data-apart' });
      // Restored from the row, answers from the column: the next step goes on as before.
      const forwarded = await send(`/api/dossiers/${old.dossier.code}/actions`, { type: 'appraisal.forward', expectedVersion: 2 }, tokenOf(officer('civil-status-officer')));
      expect(forwarded.status).toBe(200);
      expect(given.at(-1)).toBeUndefined();
      const detail = await service()(new Request(`http://localhost/api/dossiers/${old.dossier.code}/detail`, { headers: { authorization: `Bearer ${tokenOf(officer('commune-chairman'))}` } }));
      expect(await detail.json()).toMatchObject({ state: 'approval', data: { mother: { citizenId: '001195000001' } } });

      // One service for the submission and the actions after it: they run from its cache, and write no answers either.
      const warm = service();
      const created = await sendTo(warm, '/api/dossiers', submission, { 'idempotency-key': 'apart-0002' });
      const { code: warmCode } = (await created.json()) as { code: string };
      const before = given.length;
      for (const [type, version, role] of [['reception.accept', 1, 'reception-officer'], ['appraisal.forward', 2, 'civil-status-officer']] as const) {
        expect((await sendTo(warm, `/api/dossiers/${warmCode}/actions`, { type, expectedVersion: version }, { authorization: `Bearer ${tokenOf(officer(role))}` })).status).toBe(200);
      }
      expect(given.slice(before)).toEqual([undefined, undefined]);
      expect((await row(warmCode)).data).toEqual(data);
    });

    it('takes feedback once the dossier has a result, once, and counts it in the statistics', async () => {
      const { code, accessToken } = await submit('feedback-0001');
      const feedback = (body: unknown, token = accessToken) => call('POST', `/api/dossiers/${code}/feedback`, { token, body });
      expect(await feedback({ rating: 'satisfied' })).toMatchObject({ status: 409, body: { error: { code: 'no-result-yet', message: { vi: expect.any(String), en: expect.any(String) } } } });
      await act(code, officer('reception-officer'), 'reception.accept', 1);
      await act(code, officer('civil-status-officer'), 'appraisal.forward', 2);
      await act(code, officer('commune-chairman'), 'approval.approve', 3);
      expect((await feedback({ rating: 'great' })).body['error'].code).toBe('invalid-field');
      expect((await feedback({ rating: 'satisfied', comment: 'x'.repeat(1001) })).status).toBe(400);
      expect((await feedback({ rating: 'satisfied' }, 'wrong')).status).toBe(404);
      const given = await feedback({ rating: 'very-satisfied', comment: 'Nhanh, chu đáo.' });
      expect(given).toMatchObject({ status: 201, body: { code, rating: 'very-satisfied', comment: 'Nhanh, chu đáo.' } });
      expect(await feedback({ rating: 'dissatisfied' })).toMatchObject({ status: 409, body: { error: { code: 'feedback-already-given' } } });

      const second = await submit('feedback-0002');
      await act(second.code, officer('reception-officer'), 'reception.accept', 1);
      await act(second.code, officer('civil-status-officer'), 'appraisal.forward', 2);
      await act(second.code, officer('commune-chairman'), 'approval.approve', 3);
      await act(second.code, officer('reception-officer'), 'HANDOVER', 4);
      const racing = await Promise.all([1, 2, 3].map(() => call('POST', `/api/dossiers/${second.code}/feedback`, { token: second.accessToken, body: { rating: 'dissatisfied' } })));
      expect(racing.map((r) => r.status).sort()).toEqual([201, 409, 409]);

      const report = await computeStatistics(store, { from: new Date('2026-03-01T00:00:00+07:00'), to: new Date('2026-04-01T00:00:00+07:00'), now: now(), groupBy: 'procedure' });
      expect(report.groups[0]!.satisfaction).toEqual({ responses: 2, verySatisfied: 1, satisfied: 0, dissatisfied: 1, share: 0.5 });
      const lead = tokenOf(officer('commune-chairman'));
      const route = await call('GET', '/api/statistics?from=2026-03-01&to=2026-03-31&groupBy=agency', { token: lead });
      expect(route.body['groups'][0]).toMatchObject({ key: agency, satisfaction: { responses: 2, share: 0.5 } });
    });
  });
}
