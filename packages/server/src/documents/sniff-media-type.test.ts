import { crc32, deflateRawSync } from 'node:zlib';
import { DEFAULT_ACCEPTED_MEDIA_TYPES } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import { acceptsMediaType, componentAccept, DEFAULT_ACCEPT } from './accepts-media-type.js';
import { sniffMediaType } from './sniff-media-type.js';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)));

/** A minimal ZIP archive; `deflate` compresses the entries whose names it lists. */
function zip(entries: Record<string, string>, deflate: readonly string[] = []): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const raw = Buffer.from(text);
    const method = deflate.includes(name) ? 8 : 0;
    const data = method === 8 ? deflateRawSync(raw) : raw;
    const fileName = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc32(raw), 14); local.writeUInt32LE(data.length, 18); local.writeUInt32LE(raw.length, 22); local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc32(raw), 16); central.writeUInt32LE(data.length, 20); central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(fileName.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(Object.keys(entries).length, 8); end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12); end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const contentTypes = (main: string) =>
  `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/main.xml" ContentType="${main}"/></Types>`;
const ooxml = (main: string, deflated = true) =>
  zip({ '[Content_Types].xml': contentTypes(main), '_rels/.rels': '<Relationships/>', 'main.xml': '<x/>' }, deflated ? ['[Content_Types].xml'] : []);
const odf = (type: string) => zip({ mimetype: type, 'content.xml': '<office:document-content/>' }, ['content.xml']);

describe('sniffMediaType', () => {
  it.each([
    ['application/pdf', bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj')],
    ['image/jpeg', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF', [0])],
    ['image/png', bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13], 'IHDR')],
    ['image/tiff', bytes('II*', [0, 8, 0, 0, 0])],
    ['image/tiff', bytes('MM', [0, 0x2a, 0, 0, 0, 8])],
    ['image/webp', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ')],
    ['image/heic', bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic')],
    ['image/heic', bytes([0, 0, 0, 0x18], 'ftypheix', [0, 0, 0, 0], 'mif1heix')],
    ['image/heic', bytes([0, 0, 0, 0x18], 'ftypmif1', [0, 0, 0, 0], 'mif1heic')],
    ['image/heif', bytes([0, 0, 0, 0x14], 'ftypmif1', [0, 0, 0, 0], 'mif1')],
    ['image/vnd.dwg', bytes('AC1032', [0, 0, 0, 0, 0, 0x1a])],
    ['image/vnd.dwg', bytes('AC1015', [0, 0, 0, 0, 0, 0x06])],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', ooxml('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml')],
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ooxml('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', false)],
    ['application/vnd.openxmlformats-officedocument.presentationml.presentation', ooxml('application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml')],
    ['application/vnd.oasis.opendocument.text', odf('application/vnd.oasis.opendocument.text')],
    ['application/vnd.oasis.opendocument.spreadsheet', odf('application/vnd.oasis.opendocument.spreadsheet')],
    ['application/zip', zip({ 'setup.exe': 'MZ', 'readme.txt': 'hi' })],
    ['application/zip', ooxml('application/vnd.ms-word.document.macroEnabled.main+xml')],
    ['application/zip', bytes([0x50, 0x4b, 3, 4], 'truncated archive')],
    ['text/plain', new TextEncoder().encode('\ufeffHọ và tên: Nguyễn Minh An\r\nNgày sinh:\t20/01/2026\n')],
  ])('recognises %s by its first bytes', (expected, content) => {
    expect(sniffMediaType(content)).toBe(expected);
  });

  it.each([
    ['an empty file', bytes()],
    ['a Windows executable', bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0], 'This program cannot be run in DOS mode')],
    ['an ELF executable', bytes([0x7f], 'ELF', [2, 1, 1, 0, 0, 0])],
    ['a shell script with a NUL', bytes('#!/bin/sh\n', [0], 'rm -rf /')],
    ['invalid UTF-8', bytes('caf', [0xe9], ' au lait')],
    ['a WebP header without its form type', bytes('RIFF', [0x24, 0, 0, 0], 'AVI LIST')],
    ['an AVIF (an ISO-BMFF brand we do not take)', bytes([0, 0, 0, 0x14], 'ftypavif', [0, 0, 0, 0], 'avif')],
    ['a DWG look-alike without the release digits', bytes('AC10xx', [0, 0])],
    ['a PDF header after junk (a polyglot)', bytes([0x89], 'PNG', [0], '%PDF-1.7')],
  ])('returns null for %s', (_, content) => {
    expect(sniffMediaType(content)).toBeNull();
  });

  it('judges by content alone, so a PNG named .pdf is a PNG', () => {
    const png = bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13], 'IHDR');
    expect(sniffMediaType(png)).toBe('image/png');
  });

  it('survives hostile archives: a directory pointing past the end, a manifest that inflates without bound', () => {
    const broken = zip({ '[Content_Types].xml': contentTypes('x') });
    const view = new DataView(broken.buffer);
    view.setUint32(broken.length - 22 + 16, 0xfffffff0, true);
    expect(sniffMediaType(broken)).toBe('application/zip');
    const bomb = zip({ '[Content_Types].xml': ' '.repeat(4 << 20) + contentTypes('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml') }, ['[Content_Types].xml']);
    expect(sniffMediaType(bomb)).toBe('application/zip');
  });
});

describe('acceptsMediaType', () => {
  it('matches a component list, allowing the other names of DWG, JPEG and HEIF', () => {
    expect(acceptsMediaType('image/png', ['application/pdf', 'image/png'])).toBe(true);
    expect(acceptsMediaType('image/png', ['application/pdf'])).toBe(false);
    expect(acceptsMediaType('image/vnd.dwg', ['application/vnd.dwg'])).toBe(true);
    expect(acceptsMediaType('image/heic', ['image/heif'])).toBe(true);
    expect(acceptsMediaType('image/heif', ['image/heic'])).toBe(false);
    expect(acceptsMediaType(null, ['application/pdf'])).toBe(false);
  });

  it('takes by default the scan and office types core names, and no bare ZIP, plain text or TIFF', () => {
    expect(DEFAULT_ACCEPT).toEqual(DEFAULT_ACCEPTED_MEDIA_TYPES);
    for (const type of ['application/pdf', 'image/jpeg', 'image/png', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.oasis.opendocument.text'] as const) {
      expect(acceptsMediaType(type, DEFAULT_ACCEPT), type).toBe(true);
    }
    expect(acceptsMediaType('application/zip', DEFAULT_ACCEPT)).toBe(false);
    expect(acceptsMediaType('text/plain', DEFAULT_ACCEPT)).toBe(false);
    expect(acceptsMediaType('image/tiff', DEFAULT_ACCEPT)).toBe(false);
  });

  it('reads a missing or empty accept list as the default, as the browser does, and keeps a given one', () => {
    expect(componentAccept(undefined)).toBe(DEFAULT_ACCEPT);
    expect(componentAccept(null)).toBe(DEFAULT_ACCEPT);
    expect(componentAccept([])).toBe(DEFAULT_ACCEPT);
    expect(componentAccept(['image/tiff'])).toEqual(['image/tiff']);
  });
});
