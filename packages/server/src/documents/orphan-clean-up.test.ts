import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Procedure } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenAuthenticator } from '../auth/create-token-authenticator.js';
import { createDossierService, type DossierService } from '../http/create-dossier-service.js';
import { createPgliteStore } from '../store/create-pglite-store.js';
import { openScratchPostgresStore, type StoreUnderTest } from '../store/store-contract.js';
import { createSqlDocumentRecords, type DocumentRecords } from './document-records.js';
import { createDiskStorage, type DocumentStorage } from './document-storage.js';

const root = path.resolve(import.meta.dirname, '../../../..');
const birth = JSON.parse(readFileSync(path.join(root, 'examples/procedures/birth-registration-1.001193.json'), 'utf8')) as Procedure;
const { data } = JSON.parse(readFileSync(path.join(root, 'test/fixtures/dossiers/birth-registration.json'), 'utf8')) as { data: unknown };
const pdfOf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n% ${text}\n%%EOF\n`);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const now = () => new Date('2026-03-02T01:05:00Z');

describeOrphans('embedded store', () => createPgliteStore());
const serverUrl = process.env['DATABASE_URL'];
describe.skipIf(!serverUrl)('PostgreSQL', () => {
  describeOrphans('PostgreSQL store', () => openScratchPostgresStore(serverUrl!));
});

function describeOrphans(storeName: string, open: () => Promise<StoreUnderTest>): void {
  describe(`orphan-file clean-up (${storeName})`, { timeout: 60_000 }, () => {
    let store: StoreUnderTest;
    let dir: string;
    let storage: DocumentStorage;
    let failing = false;
    let concurrent: (() => Promise<unknown>) | null = null;
    let handle: DossierService;
    beforeAll(async () => {
      store = await open();
      dir = await mkdtemp(path.join(tmpdir(), 'motcua-orphans-'));
      storage = createDiskStorage({ root: dir });
      const records = createSqlDocumentRecords(store.sql);
      // The record insert fails on demand, after the bytes were written (a lost connection, a full disk).
      const flaky: DocumentRecords = {
        ...records,
        async record(document) {
          if (concurrent) await concurrent(); // another upload of the same bytes records them meanwhile
          if (failing) throw new Error('connection lost');
          return records.record(document);
        },
      };
      handle = createDossierService({ procedures: [birth], store, now, authenticate: createTokenAuthenticator({ secret: 'o'.repeat(32) }), documents: { storage, records: flaky } });
    }, 60_000);
    afterAll(async () => {
      await store?.close();
      await rm(dir, { recursive: true, force: true });
    });

    async function submit(key: string): Promise<{ code: string; accessToken: string }> {
      const response = await handle(new Request('http://localhost/api/dossiers', {
        method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify({ procedure: '1.001193', channel: 'online', agency: 'H29', data, documents: ['to-khai', 'giay-chung-sinh', 'giay-to-cu-tru'] }),
      }));
      return (await response.json()) as { code: string; accessToken: string };
    }
    const upload = async (code: string, token: string, bytes: Uint8Array<ArrayBuffer>) =>
      (await handle(new Request(`http://localhost/api/dossiers/${code}/documents?component=to-khai`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: bytes }))).status;

    it('removes the bytes of an upload whose record insert failed', async () => {
      const { code, accessToken } = await submit('orphan-0001');
      const bytes = pdfOf('only here');
      failing = true;
      expect(await upload(code, accessToken, bytes)).toBe(500);
      failing = false;
      expect(await storage.has(sha256(bytes))).toBe(false);
      expect(await upload(code, accessToken, bytes)).toBe(201);
      expect(await storage.has(sha256(bytes))).toBe(true);
    });

    it('keeps the bytes when another record references the same digest', async () => {
      const first = await submit('orphan-0002');
      const second = await submit('orphan-0003');
      const bytes = pdfOf('shared');
      expect(await upload(first.code, first.accessToken, bytes)).toBe(201);
      failing = true;
      expect(await upload(second.code, second.accessToken, bytes)).toBe(500);
      failing = false;
      expect(await storage.get(sha256(bytes))).toEqual(bytes);
    });

    it('keeps new bytes that a concurrent upload recorded before the failed insert was cleaned up', async () => {
      const first = await submit('orphan-0004');
      const second = await submit('orphan-0005');
      const bytes = pdfOf('raced');
      const stored = (await store.findByCode(first.code))!;
      concurrent = () => store.sql.query(
        `INSERT INTO dossier_documents (dossier_id, component_id, sha256, size, media_type, uploaded_at, uploaded_by) VALUES ($1, 'to-khai', $2, $3, 'application/pdf', $4, 'x')`,
        [stored.id, sha256(bytes), bytes.byteLength, now().toISOString()]);
      failing = true;
      expect(await upload(second.code, second.accessToken, bytes)).toBe(500);
      failing = false;
      concurrent = null;
      expect(await storage.get(sha256(bytes))).toEqual(bytes);
    });
  });
}
