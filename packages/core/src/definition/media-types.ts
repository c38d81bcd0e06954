/**
 * Media types a dossier component may accept: the registered IANA types that citizens'
 * scans, photos, signed PDFs and office documents actually come in. A type outside this
 * list is almost always a typo (`image/jpg`) or a format officers cannot open.
 */
export const KNOWN_MEDIA_TYPES: readonly string[] = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/tiff',
  'image/webp',
  'image/heic',
  'image/heif',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/xml',
  'text/xml',
  'text/plain',
  'application/zip',
  'application/vnd.dwg',
  'image/vnd.dwg',
  'image/vnd.dxf',
  'application/pkcs7-signature',
  'video/mp4',
];

const KNOWN = new Set(KNOWN_MEDIA_TYPES);

/** True when `type` is a media type motcua knows how to accept and check. */
export function isKnownMediaType(type: string): boolean {
  return KNOWN.has(type);
}
