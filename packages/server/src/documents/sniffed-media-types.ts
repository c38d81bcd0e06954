/**
 * The media types the server can recognise from a document's bytes (`sniffMediaType`, with
 * `sniffZipMediaType` for the zip-based office formats): their own module, so the two sniffers share
 * the list without importing each other.
 */

/** The media types `sniffMediaType` can return, besides `null`. */
export const SNIFFED_MEDIA_TYPES = [
  'application/pdf', 'image/jpeg', 'image/png', 'image/tiff', 'image/webp', 'image/heic', 'image/heif', 'image/vnd.dwg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text', 'application/vnd.oasis.opendocument.spreadsheet',
  'application/zip', 'text/plain',
] as const;

/** One of {@link SNIFFED_MEDIA_TYPES}. */
export type SniffedMediaType = (typeof SNIFFED_MEDIA_TYPES)[number];
