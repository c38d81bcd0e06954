import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_ACCEPTED_MEDIA_TYPES, type Procedure } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenAuthenticator, mintToken, type Identity } from '../auth/create-token-authenticator.js';
import { createDossierService, type DossierService } from './create-dossier-service.js';
import { createPgliteStore, type PgliteStore } from '../store/create-pglite-store.js';
import { createSqlDocumentRecords } from '../documents/document-records.js';
import { createDiskStorage, type DocumentStorage } from '../documents/document-storage.js';
import { generatedBody } from './generated-body.js';

const root = path.resolve(import.meta.dirname, '../../../..');
const birth = JSON.parse(readFileSync(path.join(root, 'examples/procedures/birth-registration-1.001193.json'), 'utf8')) as Procedure;
// One component without `accept`, to see the default at work (no other test uploads to it).
delete birth.components.find((component) => component.id === 'giay-to-tuy-than')!.accept;
const secret = 'upload-test-secret-upload-test-secret';
const agency = 'H29';
const { data } = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../../test/fixtures/dossiers/birth-registration.json'), 'utf8')) as { data: Record<string, unknown> };
const submission = { procedure: '1.001193@1.0.0', channel: 'online', agency, data, documents: ['to-khai', 'giay-chung-sinh', 'giay-to-cu-tru'] };
const MIB = 1024 * 1024;

let tick = 0;
const now = () => new Date(Date.parse('2026-03-02T01:05:00Z') + 1000 * tick++);
const tokenOf = (identity: Identity) => mintToken({ secret, now }, identity);

let dir: string;
let store: PgliteStore;
let storage: DocumentStorage;
let handle: DossierService;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'motcua-uploads-'));
  store = await createPgliteStore();
  storage = createDiskStorage({ root: dir });
  handle = createDossierService({
    procedures: [birth], store, now, authenticate: createTokenAuthenticator({ secret, now }),
    documents: { storage, records: createSqlDocumentRecords(store.sql) },
  });
}, 60_000);
afterAll(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]);
const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0]);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A ZIP of uncompressed `entries`, with its central directory, as office suites write them. */
function storedZip(entries: Record<string, string>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text);
    const fileName = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20); central.writeUInt32LE(data.length, 24); central.writeUInt16LE(fileName.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  const count = Object.keys(entries).length;
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(count, 8); end.writeUInt16LE(count, 10); end.writeUInt32LE(directory.length, 12); end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const docx = storedZip({
  '[Content_Types].xml': `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="${DOCX}.main+xml"/></Types>`,
  'word/document.xml': '<w:document/>',
});

async function submit(key: string): Promise<{ code: string; accessToken: string }> {
  const response = await handle(new Request('http://localhost/api/dossiers', {
    method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key }, body: JSON.stringify(submission),
  }));
  expect(response.status).toBe(201);
  return (await response.json()) as { code: string; accessToken: string };
}

async function upload(url: string, body: Uint8Array | ReadableStream<Uint8Array>, headers: Record<string, string> = {}, service = handle) {
  const init: RequestInit & { duplex?: 'half' } = { method: 'POST', headers: { 'content-type': 'application/pdf', ...headers }, body: body as BodyInit };
  if (body instanceof ReadableStream) init.duplex = 'half';
  const response = await service(new Request(`http://localhost${url}`, init));
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

async function storedFiles(): Promise<number> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length;
}

describe('POST /api/dossiers/:code/documents', { timeout: 60_000 }, () => {
  it('takes a citizen upload with the access token, judging the type by content, and records it once', async () => {
    const { code, accessToken } = await submit('upload-0001');
    const first = await upload(`/api/dossiers/${code}/documents?component=giay-chung-sinh`, png, { authorization: `Bearer ${accessToken}`, 'content-disposition': 'attachment; filename="giay-chung-sinh.pdf"' });
    expect(first).toEqual({ status: 201, body: { component: 'giay-chung-sinh', sha256: sha256(png), size: png.length, mediaType: 'image/png' } });
    expect(await storage.get(sha256(png))).toEqual(png);

    const again = await upload(`/api/dossiers/${code}/documents?component=giay-chung-sinh&token=${accessToken}`, png);
    expect(again).toEqual({ status: 200, body: first.body });
    const { rows } = await store.sql.query<Record<string, unknown>>(
      'SELECT component_id, sha256, size, media_type, uploaded_by FROM dossier_documents WHERE dossier_id = (SELECT id FROM dossiers WHERE code = $1)', [code]);
    expect(rows).toEqual([{ component_id: 'giay-chung-sinh', sha256: sha256(png), size: expect.anything(), media_type: 'image/png', uploaded_by: `applicant:${code}` }]);
    expect(Number(rows[0]!['size'])).toBe(png.length);
    const listed = await createSqlDocumentRecords(store.sql).list(String((await store.findByCode(code))!.id));
    expect(listed.map((record) => record.uploadedAt.toISOString())).toEqual([expect.stringMatching(/^2026-03-02T01:05/)]);
  });

  it('lets an officer of the dossier agency upload; another agency, a wrong token and an unknown code get one 404', async () => {
    const { code, accessToken } = await submit('upload-0002');
    const officer = await upload(`/api/dossiers/${code}/documents?component=to-khai`, pdf, { authorization: `Bearer ${tokenOf({ sub: 'r-7', role: 'reception-officer', agency })}` });
    expect(officer).toMatchObject({ status: 201, body: { mediaType: 'application/pdf' } });
    const { rows } = await store.sql.query('SELECT uploaded_by FROM dossier_documents WHERE sha256 = $1', [sha256(pdf)]);
    expect(rows).toEqual([{ uploaded_by: 'r-7' }]);

    const files = await storedFiles();
    const wrongToken = await upload(`/api/dossiers/${code}/documents?component=to-khai`, png, { authorization: `Bearer ${'x'.repeat(43)}` });
    const unknownCode = await upload('/api/dossiers/H29-260302-9999/documents?component=to-khai', png, { authorization: `Bearer ${accessToken}` });
    const noToken = await upload(`/api/dossiers/${code}/documents?component=to-khai`, png);
    const otherAgency = await upload(`/api/dossiers/${code}/documents?component=to-khai`, png, { authorization: `Bearer ${tokenOf({ sub: 'r-8', role: 'reception-officer', agency: 'H30' })}` });
    expect(wrongToken).toMatchObject({ status: 404, body: { error: { code: 'dossier-not-found' } } });
    for (const other of [unknownCode, noToken, otherAgency]) expect(other).toEqual(wrongToken);
    expect(await storedFiles()).toBe(files);
  });

  it('answers an unknown component with a 404 that lists the components', async () => {
    const { code, accessToken } = await submit('upload-0003');
    const response = await upload(`/api/dossiers/${code}/documents?component=giay-phep-lai-xe&token=${accessToken}`, pdf);
    expect(response).toMatchObject({ status: 404, body: { error: { code: 'component-not-found', message: { vi: expect.stringContaining('giay-chung-sinh'), en: expect.stringContaining('giay-phep-lai-xe') } } } });
    expect((await upload(`/api/dossiers/${code}/documents?token=${accessToken}`, pdf)).body['error'].code).toBe('component-required');
  });

  it('refuses an executable renamed .pdf and a text file with 415, the sniffed type and the accepted list, storing nothing', async () => {
    const { code, accessToken } = await submit('upload-0004');
    const files = await storedFiles();
    const url = `/api/dossiers/${code}/documents?component=to-khai&token=${accessToken}`;
    const renamed = await upload(url, exe, { 'content-disposition': 'attachment; filename="to-khai.pdf"' });
    expect(renamed).toEqual({
      status: 415,
      body: {
        error: { code: 'unsupported-media-type', message: { vi: expect.stringContaining('không xác định'), en: expect.stringContaining('use one of application/pdf, image/jpeg, image/png') } },
        mediaType: null, accept: ['application/pdf', 'image/jpeg', 'image/png'],
      },
    });
    const text = await upload(url, new TextEncoder().encode('Tờ khai'), { 'content-type': 'image/png' });
    expect(text).toMatchObject({ status: 415, body: { mediaType: 'text/plain', error: { message: { en: expect.stringContaining('"text/plain"') } } } });
    expect(await storedFiles()).toBe(files);
    expect(await storage.has(sha256(exe))).toBe(false);
  });

  it('stops reading a body that passes the component limit, answering 413 without buffering it', async () => {
    const { code, accessToken } = await submit('upload-0005');
    const files = await storedFiles();
    const url = `/api/dossiers/${code}/documents?component=giay-chung-sinh&token=${accessToken}`;
    const body = generatedBody(500 * MIB, { head: pdf });
    const response = await upload(url, body.stream);
    expect(response).toMatchObject({ status: 413, body: { error: { code: 'document-too-large', message: { en: expect.stringContaining('10 MB') } }, limit: 10 * MIB } });
    expect(body.pulled()).toBeGreaterThan(10 * MIB);
    expect(body.pulled()).toBeLessThan(11 * MIB);

    const declared = generatedBody(20 * MIB, { head: pdf });
    expect((await upload(url, declared.stream, { 'content-length': String(20 * MIB) })).status).toBe(413);
    expect(declared.pulled()).toBeLessThanOrEqual(64 * 1024);

    const exactly = new Uint8Array(10 * MIB).fill(0x20);
    exactly.set(pdf);
    expect((await upload(url, exactly)).status).toBe(201);
    expect(await storedFiles()).toBe(files + 1);
  });

  it('applies the server cap when it is below the component limit', async () => {
    const { code, accessToken } = await submit('upload-0006');
    const capped = createDossierService({
      procedures: [birth], store, now, authenticate: createTokenAuthenticator({ secret, now }),
      documents: { storage, records: createSqlDocumentRecords(store.sql), maxUploadBytes: MIB },
    });
    const large = new Uint8Array(MIB + 1).fill(0x20);
    large.set(pdf);
    const response = await upload(`/api/dossiers/${code}/documents?component=to-khai&token=${accessToken}`, large, {}, capped);
    expect(response).toMatchObject({ status: 413, body: { limit: MIB } });
  });

  it('verifies a checksum the client sends, and refuses a mismatch with 400 before storing', async () => {
    const { code, accessToken } = await submit('upload-0007');
    const url = `/api/dossiers/${code}/documents?component=giay-to-cu-tru&token=${accessToken}`;
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 7]);
    const digest = createHash('sha256').update(jpeg).digest();
    expect((await upload(url, jpeg, { 'content-digest': `sha-512=:${'A'.repeat(86)}==:, sha-256=:${digest.toString('base64')}:` })).status).toBe(201);

    const other = jpeg.slice();
    other[11] = 8;
    for (const headers of [{ 'content-digest': `sha-256=:${digest.toString('base64')}:` }, { 'x-checksum-sha256': digest.toString('hex') }, { 'x-checksum-sha256': digest.toString('base64') }] as Record<string, string>[]) {
      expect(await upload(url, other, headers)).toMatchObject({ status: 400, body: { error: { code: 'checksum-mismatch', message: { en: expect.stringContaining(sha256(other)) } } } });
    }
    expect(await storage.has(sha256(other))).toBe(false);
    expect(await upload(url, other, { 'content-digest': 'sha-256=:not base64:' })).toMatchObject({ status: 400, body: { error: { code: 'invalid-digest' } } });
    expect(await upload(url, other, { 'x-checksum-sha256': 'abc' })).toMatchObject({ status: 400, body: { error: { code: 'invalid-digest' } } });
    expect((await upload(url, other, { 'x-checksum-sha256': sha256(other).toUpperCase() })).status).toBe(201);
  });

  it('takes by default (no accept) what the form takes by default: a DOCX, but no bare ZIP and no plain text', async () => {
    const { code, accessToken } = await submit('upload-0009');
    const url = `/api/dossiers/${code}/documents?component=giay-to-tuy-than&token=${accessToken}`;
    expect(await upload(url, docx)).toMatchObject({ status: 201, body: { component: 'giay-to-tuy-than', mediaType: DOCX } });
    const bare = storedZip({ 'notes.txt': 'ghi chú' });
    expect(await upload(url, bare)).toMatchObject({ status: 415, body: { mediaType: 'application/zip', accept: [...DEFAULT_ACCEPTED_MEDIA_TYPES] } });
    expect(await upload(url, new TextEncoder().encode('Tờ khai'))).toMatchObject({ status: 415, body: { mediaType: 'text/plain' } });
  });

  it('takes no more documents once the dossier is closed', async () => {
    const { code, accessToken } = await submit('upload-0008');
    const withdrawn = await handle(new Request(`http://localhost/api/dossiers/${code}/withdraw?token=${accessToken}`, { method: 'POST', body: JSON.stringify({ reason: 'Nộp nhầm' }) }));
    expect(withdrawn.status).toBe(200);
    expect(await upload(`/api/dossiers/${code}/documents?component=to-khai&token=${accessToken}`, pdf)).toMatchObject({ status: 403, body: { error: { code: 'dossier-closed' } } });
  });
});
