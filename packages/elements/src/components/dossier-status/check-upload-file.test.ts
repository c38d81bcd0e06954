import { describe, expect, it } from 'vitest';
import { checkUploadFile, describeMediaType, sniffFileType } from './check-upload-file.js';

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff, 0xe0];
const blob = (bytes: readonly number[], padding = 0) => new Blob([new Uint8Array([...bytes, ...new Array<number>(padding).fill(0)])]);

describe('checkUploadFile', () => {
  it('recognises PDF, PNG and JPEG by their first bytes only', () => {
    expect(sniffFileType(new Uint8Array(PDF))).toBe('application/pdf');
    expect(sniffFileType(new Uint8Array(PNG))).toBe('image/png');
    expect(sniffFileType(new Uint8Array(JPEG))).toBe('image/jpeg');
    expect(sniffFileType(new Uint8Array([0x20, ...PDF]))).toBeNull(); // junk before %PDF-: refused, as the server does
    expect(sniffFileType(new TextEncoder().encode('MZ\x90\x00'))).toBeNull();
  });

  it('accepts a file of an accepted type within the size', async () => {
    expect(await checkUploadFile(blob(PDF, 100), { accept: ['application/pdf'], maxSizeMB: 1 })).toEqual({ ok: true, mediaType: 'application/pdf' });
    expect(await checkUploadFile(blob(JPEG), { accept: ['image/jpg'], maxSizeMB: null })).toEqual({ ok: true, mediaType: 'image/jpeg' }); // alias
  });

  it('refuses an empty file, an oversized one (binary MB) and a wrong type', async () => {
    expect(await checkUploadFile(blob([]), { accept: [], maxSizeMB: null })).toEqual({ ok: false, problem: { code: 'empty' } });
    expect((await checkUploadFile(blob(PDF, 1024 * 1024 - PDF.length), { accept: [], maxSizeMB: 1 })).ok).toBe(true);
    expect(await checkUploadFile(blob(PDF, 1024 * 1024), { accept: [], maxSizeMB: 1 })).toEqual({ ok: false, problem: { code: 'too-large', maxSizeMB: 1 } });
    expect(await checkUploadFile(blob(PNG), { accept: ['application/pdf'], maxSizeMB: null }))
      .toEqual({ ok: false, problem: { code: 'wrong-type', found: 'image/png', accept: ['application/pdf'] } });
  });

  it('refuses unknown content unless the component takes types only the server can recognise', async () => {
    const text = new Blob(['plain text']);
    expect(await checkUploadFile(text, { accept: [], maxSizeMB: null }))
      .toEqual({ ok: false, problem: { code: 'wrong-type', found: null, accept: ['application/pdf', 'image/png', 'image/jpeg'] } });
    const docx = ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];
    expect(await checkUploadFile(text, { accept: docx, maxSizeMB: null })).toEqual({ ok: true, mediaType: null });
  });

  it('names media types as citizens know them', () => {
    expect(['application/pdf', 'image/jpeg', 'image/png', 'image/vnd.dwg', 'image/tiff'].map(describeMediaType)).toEqual(['PDF', 'JPEG', 'PNG', 'DWG', 'TIFF']);
  });
});
