/**
 * `checkUpload`: whether a chosen file may go with a dossier component — size within `maxSizeMB` and
 * content of an accepted media type, judged by the file's first bytes (magic numbers), not by its name
 * or the type the browser guesses. The server checks the same way (documents/sniff-media-type.ts), so a
 * file refused here would be refused there; checking first saves the citizen a failed upload.
 */

/** Accepted when a component does not say (the common scan formats). */
export const DEFAULT_ACCEPT: readonly string[] = ['application/pdf', 'image/jpeg', 'image/png'];
/** `maxSizeMB` is read in binary megabytes, as the server does. */
const MIB = 1024 * 1024;

const OOXML: Readonly<Record<string, string>> = {
  'word/': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'xl/': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
const ODF_PREFIX = 'mimetypeapplication/vnd.oasis.opendocument.';

/** Why a file was refused, with what was found. */
export type UploadProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'too-large'; readonly sizeMB: number; readonly maxMB: number }
  | { readonly kind: 'wrong-type'; readonly found: string | null };

/** The media type the bytes say, or null when they match nothing known. */
export function sniffMediaType(bytes: Uint8Array): string | null {
  // latin1 maps each byte to one character, so offsets in the text are offsets in the file.
  const text = new TextDecoder('latin1').decode(bytes);
  const ascii = (from: number, to: number) => text.slice(from, to);
  if (ascii(0, 5) === '%PDF-') return 'application/pdf';
  if (bytes[0] === 0x89 && ascii(1, 4) === 'PNG' && bytes[4] === 0x0d && bytes[5] === 0x0a) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (ascii(0, 4) === 'PK\u0003\u0004') return sniffZip(text);
  return null;
}

/** A zip: ODF names its type in the first entry (`mimetype`); OOXML has a `word/` or `xl/` part. */
function sniffZip(text: string): string {
  const head = text.slice(30, 120);
  if (head.startsWith(ODF_PREFIX)) return `application/vnd.oasis.opendocument.${/^[a-z.-]+/.exec(head.slice(ODF_PREFIX.length))?.[0] ?? 'text'}`;
  for (const [part, type] of Object.entries(OOXML)) if (text.includes(part)) return type;
  return 'application/zip';
}

/**
 * Checks `file` for a component accepting `accept` up to `maxSizeMB`; null when it may be uploaded.
 * Reads at most the first 64 KiB (enough for zip directory names of small office files).
 */
export async function checkUpload(file: Blob, accept: readonly string[] | undefined, maxSizeMB: number | undefined): Promise<UploadProblem | null> {
  if (file.size === 0) return { kind: 'empty' };
  if (maxSizeMB !== undefined && file.size > maxSizeMB * MIB) return { kind: 'too-large', sizeMB: file.size / MIB, maxMB: maxSizeMB };
  const found = sniffMediaType(new Uint8Array(await file.slice(0, 65536).arrayBuffer()));
  return found !== null && (accept ?? DEFAULT_ACCEPT).includes(found) ? null : { kind: 'wrong-type', found };
}

/** Short names of media types for messages: `PDF, JPEG, PNG`. */
export function describeMediaTypes(types: readonly string[]): string {
  const names: Readonly<Record<string, string>> = {
    'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'application/zip': 'ZIP',
    [OOXML['word/']!]: 'DOCX', [OOXML['xl/']!]: 'XLSX', 'application/vnd.oasis.opendocument.text': 'ODT',
  };
  return types.map((type) => names[type] ?? type).join(', ');
}
