/**
 * `sniffZipMediaType`: tells ZIP-based office documents apart by what is inside, not by their name.
 * OOXML (ECMA-376 Part 2) names its main part's type in `[Content_Types].xml`; ODF (OASIS ODF 1.2
 * Part 3 §3.3) stores its type, uncompressed, in a `mimetype` entry. Entries are found through the
 * central directory, which is authoritative (local headers may be stale or streamed without sizes).
 */
import { inflateRawSync } from 'node:zlib';
import type { SniffedMediaType } from './sniffed-media-types.js';

/** OOXML main-part content types, and the document type each one makes. */
const OOXML_MAIN_PARTS: readonly (readonly [string, SniffedMediaType])[] = [
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ['application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
];

const ODF_TYPES: ReadonlySet<string> = new Set(['application/vnd.oasis.opendocument.text', 'application/vnd.oasis.opendocument.spreadsheet']);

/** Entries read at most (a bound on work for hostile archives), and the largest entry we inflate. */
const MAX_ENTRIES = 10_000;
const MAX_ENTRY_BYTES = 1 << 20;

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly localOffset: number;
}

/**
 * The media type of a ZIP archive: docx, xlsx, pptx, odt or ods by their manifest; any other readable
 * or unreadable ZIP is `application/zip`. Macro-enabled OOXML is deliberately `application/zip`.
 */
export function sniffZipMediaType(bytes: Uint8Array): SniffedMediaType {
  const entries = readCentralDirectory(bytes);
  const mimetype = entries.find((entry) => entry.name === 'mimetype');
  if (mimetype) {
    const declared = readEntry(bytes, mimetype);
    const text = declared === null ? '' : new TextDecoder().decode(declared).trim();
    if (ODF_TYPES.has(text)) return text as SniffedMediaType;
  }
  const manifest = entries.find((entry) => entry.name === '[Content_Types].xml');
  const content = manifest ? readEntry(bytes, manifest) : null;
  if (content !== null) {
    const xml = new TextDecoder().decode(content);
    for (const [partType, mediaType] of OOXML_MAIN_PARTS) if (xml.includes(`"${partType}"`)) return mediaType;
  }
  return 'application/zip';
}

function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return [];
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  for (let index = 0; index < Math.min(count, MAX_ENTRIES); index++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== 0x02014b50) break;
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > view.byteLength) break;
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at = next;
  }
  return entries;
}

/** The end-of-central-directory record: 22 bytes plus a comment of at most 65,535, at the very end. */
function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) if (view.getUint32(at, true) === 0x06054b50) return at;
  return -1;
}

/** An entry's bytes (stored or deflated, at most MAX_ENTRY_BYTES), or null when it cannot be read. */
function readEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localOffset;
  if (local + 30 > view.byteLength || view.getUint32(local, true) !== 0x04034b50) return null;
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const end = start + entry.compressedSize;
  if (end > view.byteLength || entry.compressedSize > MAX_ENTRY_BYTES) return null;
  const data = bytes.subarray(start, end);
  if (entry.method === 0) return data;
  if (entry.method !== 8) return null;
  // maxOutputLength: a small manifest that inflates to gigabytes (a zip bomb) fails instead of filling memory.
  try { return inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES }); } catch { return null; }
}
