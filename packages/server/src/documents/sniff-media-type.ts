/**
 * `sniffMediaType`: the media type of a document judged only from its bytes (magic numbers). The
 * declared `Content-Type` and the file name are never consulted: a `.pdf` that is really a PNG is a
 * PNG, and an executable renamed `.pdf` is `null` — unknown, and so refused everywhere.
 */
import type { SniffedMediaType } from './sniffed-media-types.js';
import { sniffZipMediaType } from './sniff-zip-media-type.js';

export { SNIFFED_MEDIA_TYPES, type SniffedMediaType } from './sniffed-media-types.js';

/** Magic numbers at offset 0; `null` in a pattern matches any byte. */
const SIGNATURES: readonly (readonly [SniffedMediaType, readonly (number | null)[]])[] = [
  ['application/pdf', bytesOf('%PDF-')],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/tiff', [0x49, 0x49, 0x2a, 0x00]],
  ['image/tiff', [0x4d, 0x4d, 0x00, 0x2a]],
  ['image/webp', [...bytesOf('RIFF'), null, null, null, null, ...bytesOf('WEBP')]],
];

/** HEIF major brands (ISO/IEC 23008-12): HEVC-coded ones are `image/heic`, the generic ones `image/heif`. */
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis']);
const HEIF_BRANDS = new Set(['mif1', 'msf1']);

/**
 * The media type of `bytes` from their content alone, or `null` when it is none of
 * {@link SNIFFED_MEDIA_TYPES}. Total: malformed input never throws.
 *
 * PDF must start at byte 0 (readers tolerate junk before `%PDF-`; we do not, so polyglots are refused).
 * ZIP containers are opened to tell OOXML and ODF apart; any other ZIP is `application/zip`.
 * Text is valid UTF-8 without NUL or other control characters besides tab, line breaks and form feed.
 * @example sniffMediaType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) // 'image/png'
 */
export function sniffMediaType(bytes: Uint8Array): SniffedMediaType | null {
  if (bytes.length === 0) return null;
  for (const [mediaType, pattern] of SIGNATURES) if (startsWith(bytes, pattern)) return mediaType;
  const heif = sniffHeif(bytes);
  if (heif !== null) return heif;
  // AutoCAD DWG: "AC10" then two digits of the format release (AC1012 … AC1032).
  if (startsWith(bytes, bytesOf('AC10')) && isDigit(bytes[4]) && isDigit(bytes[5])) return 'image/vnd.dwg';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return sniffZipMediaType(bytes);
  return isPlainText(bytes) ? 'text/plain' : null;
}

/** ISO base media file: a `ftyp` box at offset 4, major brand at 8, compatible brands after the minor version. */
function sniffHeif(bytes: Uint8Array): SniffedMediaType | null {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return null;
  const boxSize = readUint32(bytes, 0);
  const major = ascii(bytes, 8, 12);
  if (HEIC_BRANDS.has(major)) return 'image/heic';
  if (!HEIF_BRANDS.has(major)) return null;
  const end = Math.min(boxSize, bytes.length);
  for (let at = 16; at + 4 <= end; at += 4) if (HEIC_BRANDS.has(ascii(bytes, at, at + 4))) return 'image/heic';
  return 'image/heif';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function isPlainText(bytes: Uint8Array): boolean {
  for (const byte of bytes) {
    // NUL and C0 controls mark binary data; tab, LF, FF and CR are what text legitimately holds.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) return false;
    if (byte === 0x7f) return false;
  }
  try { utf8.decode(bytes); return true; } catch { return false; }
}

function startsWith(bytes: Uint8Array, pattern: readonly (number | null)[]): boolean {
  return bytes.length >= pattern.length && pattern.every((byte, index) => byte === null || bytes[index] === byte);
}

function bytesOf(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0));
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

function readUint32(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
}

function isDigit(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0x30 && byte <= 0x39;
}
