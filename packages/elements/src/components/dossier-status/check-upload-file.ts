/**
 * `checkUploadFile`: whether a file the citizen picked can answer a supplement request, judged as the
 * server will judge it — by its first bytes, not by its name or the type the browser guesses — and by its
 * size, so a wrong or oversized file is refused before it is sent over a slow connection.
 */

/** The media types the browser can recognise by their magic numbers. */
export type SniffedType = 'application/pdf' | 'image/png' | 'image/jpeg';

/** Why a file cannot be sent. */
export type FileProblem =
  | { readonly code: 'empty' }
  | { readonly code: 'too-large'; readonly maxSizeMB: number }
  | { readonly code: 'wrong-type'; readonly found: SniffedType | null; readonly accept: readonly string[] };

/** The outcome of {@link checkUploadFile}: the recognised type (null: left to the server), or the problem. */
export type FileCheck = { readonly ok: true; readonly mediaType: SniffedType | null } | { readonly ok: false; readonly problem: FileProblem };

/** The rules of one component: accepted media types (empty: PDF, PNG, JPEG) and the size cap in MB. */
export interface FileRules {
  readonly accept: readonly string[];
  readonly maxSizeMB: number | null;
}

/** Binary megabytes, as the server reads `maxSizeMB`. */
const MIB = 1024 * 1024;
const SIGNATURES: readonly (readonly [SniffedType, readonly number[]])[] = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF- at byte 0, as the server demands
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
];
const ALIASES: Readonly<Record<string, SniffedType>> = { 'image/jpg': 'image/jpeg', 'image/pjpeg': 'image/jpeg' };
const KNOWN: readonly string[] = ['application/pdf', 'image/png', 'image/jpeg'];

/** The type the first bytes of `bytes` announce, or null. */
export function sniffFileType(bytes: Uint8Array): SniffedType | null {
  return SIGNATURES.find(([, signature]) => signature.every((byte, index) => bytes[index] === byte))?.[0] ?? null;
}

/**
 * Checks `file` against `rules`. A file whose content the browser cannot recognise passes only when the
 * component accepts some type the browser cannot recognise either (a DWG drawing, a DOCX): the server,
 * which sniffs many more, decides then.
 * @example await checkUploadFile(file, { accept: ['application/pdf'], maxSizeMB: 5 }) // { ok: true, mediaType: 'application/pdf' }
 */
export async function checkUploadFile(file: Blob, rules: FileRules): Promise<FileCheck> {
  if (file.size === 0) return { ok: false, problem: { code: 'empty' } };
  if (rules.maxSizeMB !== null && file.size > rules.maxSizeMB * MIB) return { ok: false, problem: { code: 'too-large', maxSizeMB: rules.maxSizeMB } };
  const found = sniffFileType(new Uint8Array(await file.slice(0, 8).arrayBuffer()));
  const accept = (rules.accept.length > 0 ? rules.accept : KNOWN).map((type) => ALIASES[type.toLowerCase()] ?? type.toLowerCase());
  if (found !== null) return accept.includes(found) ? { ok: true, mediaType: found } : { ok: false, problem: { code: 'wrong-type', found, accept } };
  const leftToServer = accept.some((type) => !KNOWN.includes(type));
  return leftToServer ? { ok: true, mediaType: null } : { ok: false, problem: { code: 'wrong-type', found: null, accept } };
}

/** A media type as citizens know it: `PDF`, `PNG`, `JPEG`, else the type's subtype in capitals. */
export function describeMediaType(type: string): string {
  const names: Readonly<Record<string, string>> = { 'application/pdf': 'PDF', 'image/png': 'PNG', 'image/jpeg': 'JPEG' };
  return names[type] ?? (type.split('/').pop() ?? type).replace(/^vnd\./, '').toUpperCase();
}
