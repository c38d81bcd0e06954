import { describe, expect, it } from 'vitest';
import { checkUpload, describeMediaTypes, sniffMediaType } from './check-upload.js';

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));
const zip = (...names: string[]) => bytes('PK', [3, 4], 'x'.repeat(26), ...names);

describe('sniffMediaType', () => {
  it('tells PDF, PNG, JPEG and office files apart by their first bytes', () => {
    expect(sniffMediaType(bytes('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffMediaType(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png');
    expect(sniffMediaType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffMediaType(zip('[Content_Types].xml', 'word/document.xml'))).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(sniffMediaType(zip('xl/workbook.xml'))).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(sniffMediaType(zip('mimetypeapplication/vnd.oasis.opendocument.text'))).toBe('application/vnd.oasis.opendocument.text');
    expect(sniffMediaType(zip('other.txt'))).toBe('application/zip');
    expect(sniffMediaType(bytes('hello'))).toBeNull();
  });
});

describe('checkUpload', () => {
  it('judges by content and size, not by name or declared type', async () => {
    expect(await checkUpload(new Blob([bytes('%PDF-1.4')], { type: 'image/png' }), ['application/pdf'], 1)).toBeNull();
    expect(await checkUpload(new Blob([bytes([0x89], 'PNG', [0x0d, 0x0a])], { type: 'application/pdf' }), ['application/pdf'], 1)).toEqual({ kind: 'wrong-type', found: 'image/png' });
    expect(await checkUpload(new Blob([]), undefined, 1)).toEqual({ kind: 'empty' });
    expect(await checkUpload(new Blob([new Uint8Array(1024 * 1024 + 1)]), undefined, 1)).toEqual({ kind: 'too-large', sizeMB: (1024 * 1024 + 1) / 1024 / 1024, maxMB: 1 });
  });

  it('reads large office files without overflowing the stack', async () => {
    const big = new Uint8Array(200_000);
    big.set(zip('word/document.xml'));
    expect(await checkUpload(new Blob([big]), ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'], 5)).toBeNull();
  });

  it('names media types briefly', () => {
    expect(describeMediaTypes(['application/pdf', 'image/jpeg', 'application/vnd.oasis.opendocument.text', 'text/csv'])).toBe('PDF, JPEG, ODT, text/csv');
  });
});
