/**
 * `checkUpload`: whether a chosen file may go with a dossier component — not empty, within `maxSizeMB`
 * (binary megabytes, as the server reads it) and of an accepted media type judged by the file's first
 * bytes (magic numbers), never by its name or the type the browser guesses. The server sniffs the same
 * way and more (packages/server/src/documents/sniff-media-type.ts): a file refused here would be refused
 * there, and a file whose type only the server can tell is left to it. Used by the procedure form and by
 * the supplement form of the dossier status.
 */
import { DEFAULT_ACCEPTED_MEDIA_TYPES } from '@motcua/core';

/**
 * Accepted when a component does not say: core's {@link DEFAULT_ACCEPTED_MEDIA_TYPES} (PDF, JPEG, PNG,
 * DOCX, XLSX, ODT, ODS), the list the server's upload handler uses too.
 */
export const DEFAULT_ACCEPT: readonly string[] = DEFAULT_ACCEPTED_MEDIA_TYPES;
/** `maxSizeMB` is read in binary megabytes, as the server does. */
const MIB = 1024 * 1024;
/** Enough of the file for the part names of small office files. */
const SNIFF_BYTES = 65536;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
const ODF = 'application/vnd.oasis.opendocument.';
const ZIP = 'application/zip';
/** An OOXML package has its main part under one of these folders. */
const OOXML: readonly (readonly [string, string])[] = [['word/', DOCX], ['xl/', XLSX], ['ppt/', PPTX]];
/** Other names procedures use for a type the browser sniffs (as the server's accepts-media-type.ts). */
const ALIASES: Readonly<Record<string, string>> = { 'image/jpg': 'image/jpeg', 'image/pjpeg': 'image/jpeg' };

/** The media types {@link sniffMediaType} can name. */
export type SniffedMediaType =
  | 'application/pdf' | 'image/png' | 'image/jpeg' | typeof DOCX | typeof XLSX | typeof PPTX | `application/vnd.oasis.opendocument.${string}` | typeof ZIP;

/** Why a file was refused, with what was found; `accept` is the list the file was judged against. */
export type UploadProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'too-large'; readonly sizeMB: number; readonly maxSizeMB: number }
  | { readonly kind: 'wrong-type'; readonly found: SniffedMediaType | null; readonly accept: readonly string[] };

/** The outcome of {@link checkUpload}: the recognised type (null: left to the server), or the problem. */
export type UploadCheck = { readonly ok: true; readonly mediaType: SniffedMediaType | null } | { readonly ok: false; readonly problem: UploadProblem };

/** A component's rules: accepted media types (none or empty: {@link DEFAULT_ACCEPT}) and the size cap in MB. */
export interface UploadRules {
  readonly accept?: readonly string[] | null | undefined;
  readonly maxSizeMB?: number | null | undefined;
}

/**
 * The media type the bytes say, or null when they match nothing the browser knows. PDF must start at
 * byte 0, as the server demands (junk before `%PDF-` is how polyglots hide).
 * @example sniffMediaType(new TextEncoder().encode('%PDF-1.7')) // 'application/pdf'
 */
export function sniffMediaType(bytes: Uint8Array): SniffedMediaType | null {
  // 'latin1' (windows-1252 to the Encoding standard) maps each byte to one character, so offsets in the
  // text are offsets in the file; bytes 0x80–0x9f become other characters, hence 0x89 read as a byte.
  const text = new TextDecoder('latin1').decode(bytes);
  if (text.startsWith('%PDF-')) return 'application/pdf';
  if (bytes[0] === 0x89 && text.startsWith('PNG\r\n\x1a\n', 1)) return 'image/png';
  if (text.startsWith('\xff\xd8\xff')) return 'image/jpeg';
  return text.startsWith('PK\x03\x04') ? sniffZip(text) : null;
}

/** A zip: ODF names its type in the first entry (`mimetype`); OOXML has a `word/`, `xl/` or `ppt/` part. */
function sniffZip(text: string): SniffedMediaType {
  const head = text.slice(30, 120);
  if (head.startsWith(`mimetype${ODF}`)) return `${ODF}${/^[a-z.-]+/.exec(head.slice(8 + ODF.length))?.[0] ?? 'text'}`;
  return (OOXML.find(([part]) => text.includes(part))?.[1] as SniffedMediaType | undefined) ?? ZIP;
}

/** Whether the browser can tell files of `type` by their content. */
function isSniffable(type: string): boolean {
  return ['application/pdf', 'image/png', 'image/jpeg', DOCX, XLSX, PPTX, ZIP].includes(type) || type.startsWith(ODF);
}

/** Zip-based types, which the server tells apart by the whole archive and the browser only by its start. */
function isZipBased(type: string): boolean {
  return type.startsWith(ODF) || OOXML.some(([, ooxml]) => ooxml === type);
}

/** `type` by its canonical name, in lower case. */
function canonical(type: string): string {
  const lower = type.toLowerCase();
  return ALIASES[lower] ?? lower;
}

/** The accepted types by their canonical names, each once; {@link DEFAULT_ACCEPT} when none are given. */
export function acceptedTypes(accept: readonly string[] | null | undefined): readonly string[] {
  return [...new Set((accept?.length ? accept : DEFAULT_ACCEPT).map(canonical))];
}

/**
 * Checks `file` against `rules`. A file whose content the browser cannot tell passes only when the
 * component accepts some type the browser cannot tell either (a DWG drawing, a TIFF scan), and a zip it
 * cannot classify passes when an office type is accepted: the server, which sniffs more, decides then.
 * @example await checkUpload(file, { accept: ['application/pdf'], maxSizeMB: 5 }) // { ok: true, mediaType: 'application/pdf' }
 */
export async function checkUpload(file: Blob, rules: UploadRules): Promise<UploadCheck> {
  const { maxSizeMB } = rules;
  if (file.size === 0) return refuse({ kind: 'empty' });
  if (maxSizeMB != null && file.size > maxSizeMB * MIB) return refuse({ kind: 'too-large', sizeMB: file.size / MIB, maxSizeMB });
  const found = sniffMediaType(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()));
  const accept = acceptedTypes(rules.accept);
  if (found !== null && accept.includes(found)) return { ok: true, mediaType: found };
  const leftToServer = found === null ? accept.some((type) => !isSniffable(type)) : found === ZIP && accept.some(isZipBased);
  return leftToServer ? { ok: true, mediaType: null } : refuse({ kind: 'wrong-type', found, accept });
}

function refuse(problem: UploadProblem): UploadCheck {
  return { ok: false, problem };
}

const NAMES: Readonly<Record<string, string>> = {
  [DOCX]: 'DOCX', [XLSX]: 'XLSX', [PPTX]: 'PPTX', [`${ODF}text`]: 'ODT', [`${ODF}spreadsheet`]: 'ODS', 'text/plain': 'TXT',
};

/**
 * Media types as citizens know them — `PDF`, `DOCX`, `ODT`, else the subtype in capitals (`image/vnd.dwg`:
 * `DWG`) — each once, joined by commas and, before the last, by `or` (`' hoặc '`; a comma by default).
 * @example describeMediaTypes(['application/pdf', 'image/jpg', 'image/jpeg', 'image/png'], ' or ') // 'PDF, JPEG or PNG'
 */
export function describeMediaTypes(types: readonly string[], or = ', '): string {
  const names = [...new Set(types.map(canonical).map((type) => NAMES[type] ?? (type.split('/').pop() ?? type).replace(/^(vnd\.|x-)/, '').toUpperCase()))];
  return names.length > 1 ? `${names.slice(0, -1).join(', ')}${or}${names.at(-1)}` : names.join('');
}
