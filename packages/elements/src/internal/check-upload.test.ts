import { DEFAULT_ACCEPTED_MEDIA_TYPES } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import { acceptedTypes, checkUpload, describeMediaTypes, sniffMediaType } from './check-upload.js';

const bytes = (...parts: (string | readonly number[])[]) => new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : [...part])));
const zip = (...names: string[]) => bytes('PK', [3, 4], 'x'.repeat(26), ...names);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff, 0xe0];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const blob = (content: readonly number[], padding = 0) => new Blob([new Uint8Array([...content, ...new Array<number>(padding).fill(0)])]);

describe('sniffMediaType', () => {
  it('tells PDF, PNG, JPEG and office files apart by their first bytes', () => {
    expect(sniffMediaType(bytes('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffMediaType(new Uint8Array(PDF))).toBe('application/pdf');
    expect(sniffMediaType(new Uint8Array(PNG))).toBe('image/png');
    expect(sniffMediaType(new Uint8Array(JPEG))).toBe('image/jpeg');
    expect(sniffMediaType(zip('[Content_Types].xml', 'word/document.xml'))).toBe(DOCX);
    expect(sniffMediaType(zip('xl/workbook.xml'))).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(sniffMediaType(zip('ppt/presentation.xml'))).toBe('application/vnd.openxmlformats-officedocument.presentationml.presentation');
    expect(sniffMediaType(zip('mimetypeapplication/vnd.oasis.opendocument.text'))).toBe('application/vnd.oasis.opendocument.text');
    expect(sniffMediaType(zip('other.txt'))).toBe('application/zip');
  });

  it('names nothing it does not know, and nothing with junk before %PDF-, as the server does', () => {
    expect(sniffMediaType(bytes('hello'))).toBeNull();
    expect(sniffMediaType(new Uint8Array([0x20, ...PDF]))).toBeNull();
    expect(sniffMediaType(bytes('MZ', [0x90, 0x00]))).toBeNull();
    expect(sniffMediaType(new Uint8Array(PNG.slice(0, 6)))).toBeNull(); // a truncated PNG signature
    expect(sniffMediaType(new Uint8Array([]))).toBeNull();
  });
});

describe('checkUpload', () => {
  it('judges by content and size, not by name or declared type', async () => {
    expect(await checkUpload(new Blob([bytes('%PDF-1.4')], { type: 'image/png' }), { accept: ['application/pdf'], maxSizeMB: 1 })).toEqual({ ok: true, mediaType: 'application/pdf' });
    expect(await checkUpload(new Blob([new Uint8Array(PNG)], { type: 'application/pdf' }), { accept: ['application/pdf'], maxSizeMB: 1 }))
      .toEqual({ ok: false, problem: { kind: 'wrong-type', found: 'image/png', accept: ['application/pdf'] } });
  });

  it('accepts a file of an accepted type within the size, aliases included', async () => {
    expect(await checkUpload(blob(PDF, 100), { accept: ['application/pdf'], maxSizeMB: 1 })).toEqual({ ok: true, mediaType: 'application/pdf' });
    expect(await checkUpload(blob(JPEG), { accept: ['image/jpg'], maxSizeMB: null })).toEqual({ ok: true, mediaType: 'image/jpeg' });
    expect(await checkUpload(blob(JPEG), { accept: ['IMAGE/PJPEG'] })).toEqual({ ok: true, mediaType: 'image/jpeg' });
  });

  it('refuses an empty file and an oversized one, in binary megabytes', async () => {
    expect(await checkUpload(new Blob([]), { maxSizeMB: 1 })).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(await checkUpload(blob([]), { accept: [], maxSizeMB: null })).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect((await checkUpload(blob(PDF, 1024 * 1024 - PDF.length), { accept: [], maxSizeMB: 1 })).ok).toBe(true);
    expect(await checkUpload(blob(PDF, 1024 * 1024), { accept: [], maxSizeMB: 1 }))
      .toEqual({ ok: false, problem: { kind: 'too-large', sizeMB: (1024 * 1024 + PDF.length) / 1024 / 1024, maxSizeMB: 1 } });
    expect(await checkUpload(new Blob([new Uint8Array(1024 * 1024 + 1)]), { maxSizeMB: 1 }))
      .toEqual({ ok: false, problem: { kind: 'too-large', sizeMB: (1024 * 1024 + 1) / 1024 / 1024, maxSizeMB: 1 } });
  });

  it('reads large office files without overflowing the stack', async () => {
    const big = new Uint8Array(200_000);
    big.set(zip('word/document.xml'));
    expect(await checkUpload(new Blob([big]), { accept: [DOCX], maxSizeMB: 5 })).toEqual({ ok: true, mediaType: DOCX });
  });

  it('refuses unknown content unless the component takes types only the server can recognise', async () => {
    const text = new Blob(['plain text']);
    expect(await checkUpload(text, { accept: [], maxSizeMB: null }))
      .toEqual({ ok: false, problem: { kind: 'wrong-type', found: null, accept: DEFAULT_ACCEPTED_MEDIA_TYPES } });
    expect(await checkUpload(text, { accept: ['application/pdf', DOCX] })).toEqual({ ok: false, problem: { kind: 'wrong-type', found: null, accept: ['application/pdf', DOCX] } });
    expect(await checkUpload(text, { accept: ['application/pdf', 'image/vnd.dwg'] })).toEqual({ ok: true, mediaType: null }); // a DWG: the server decides
    expect(await checkUpload(blob(PNG), { accept: ['application/pdf', 'image/vnd.dwg'] })).toMatchObject({ ok: false, problem: { found: 'image/png' } }); // known, not accepted
  });

  it('leaves a zip it cannot classify to the server when an office type is accepted', async () => {
    const archive = new Blob([zip('docProps/app.xml')]);
    expect(await checkUpload(archive, { accept: ['application/pdf', DOCX] })).toEqual({ ok: true, mediaType: null });
    expect(await checkUpload(archive, { accept: ['application/pdf'] })).toMatchObject({ ok: false, problem: { kind: 'wrong-type', found: 'application/zip' } });
  });

  it('takes by default what the server takes by default: office documents and scans, no plain text', async () => {
    const docx = new Blob([zip('[Content_Types].xml', 'word/document.xml')]);
    expect(await checkUpload(docx, {})).toEqual({ ok: true, mediaType: DOCX });
    expect(await checkUpload(new Blob([zip('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')]), { accept: null }))
      .toEqual({ ok: true, mediaType: 'application/vnd.oasis.opendocument.spreadsheet' });
    expect(await checkUpload(blob(PNG), { accept: [] })).toEqual({ ok: true, mediaType: 'image/png' });
    expect(await checkUpload(new Blob(['Tờ khai']), {})).toEqual({ ok: false, problem: { kind: 'wrong-type', found: null, accept: DEFAULT_ACCEPTED_MEDIA_TYPES } });
    // A zip that is no office file: the browser sees only its start, so it leaves it to the server,
    // whose default (the same list) refuses it (packages/server/src/documents/sniff-media-type.test.ts).
    expect(await checkUpload(new Blob([zip('docProps/app.xml')]), {})).toEqual({ ok: true, mediaType: null });
  });
});

describe('acceptedTypes and describeMediaTypes', () => {
  it("folds aliases and case, and falls back to core's default: PDF, JPEG, PNG, DOCX, XLSX, ODT, ODS", () => {
    expect(acceptedTypes(['Image/JPG', 'image/jpeg', 'application/pdf'])).toEqual(['image/jpeg', 'application/pdf']);
    expect(acceptedTypes([])).toEqual(DEFAULT_ACCEPTED_MEDIA_TYPES);
    expect(acceptedTypes(undefined)).toEqual(DEFAULT_ACCEPTED_MEDIA_TYPES);
    expect(describeMediaTypes(acceptedTypes(undefined), ' or ')).toBe('PDF, JPEG, PNG, DOCX, XLSX, ODT or ODS');
  });

  it('names media types as citizens know them, each once', () => {
    expect(describeMediaTypes(['application/pdf', 'image/jpeg', 'application/vnd.oasis.opendocument.text', 'text/csv'])).toBe('PDF, JPEG, ODT, CSV');
    expect(describeMediaTypes(['application/pdf', 'image/jpeg', 'image/png', 'image/vnd.dwg', 'image/tiff'])).toBe('PDF, JPEG, PNG, DWG, TIFF');
    expect(describeMediaTypes([DOCX, 'application/vnd.dwg', 'image/x-dwg'])).toBe('DOCX, DWG');
    expect(describeMediaTypes(['application/pdf', 'image/jpg', 'image/jpeg', 'image/png'], ' hoặc ')).toBe('PDF, JPEG hoặc PNG');
    expect(describeMediaTypes(['image/png'], ' or ')).toBe('PNG');
  });
});
