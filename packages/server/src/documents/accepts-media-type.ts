/**
 * `acceptsMediaType`: whether a component's `accept` list admits a sniffed media type, allowing for the
 * several names some formats go by in procedure files (DWG is registered as `image/vnd.dwg` but often
 * written `application/vnd.dwg`).
 */
import { DEFAULT_ACCEPTED_MEDIA_TYPES } from '@motcua/core';
import type { SniffedMediaType } from './sniffed-media-types.js';

/**
 * What a component without `accept` takes: core's {@link DEFAULT_ACCEPTED_MEDIA_TYPES} (PDF, JPEG,
 * PNG, DOCX, XLSX, ODT, ODS), the same list the form in the browser checks against.
 */
export const DEFAULT_ACCEPT: readonly string[] = DEFAULT_ACCEPTED_MEDIA_TYPES;

/**
 * The list a component's files are judged against: its own `accept`, or {@link DEFAULT_ACCEPT} when it
 * has none or an empty one (the schema refuses `[]`; a procedure that skipped the checker is read as the
 * browser's check-upload reads it, so both sides agree).
 */
export function componentAccept(accept: readonly string[] | null | undefined): readonly string[] {
  return accept?.length ? accept : DEFAULT_ACCEPT;
}

/** Other names a procedure may use for a sniffed type. HEIC is a kind of HEIF, so `image/heif` admits it. */
const ALIASES: Partial<Record<SniffedMediaType, readonly string[]>> = {
  'image/vnd.dwg': ['application/vnd.dwg', 'application/acad', 'image/x-dwg', 'application/dwg'],
  'image/jpeg': ['image/jpg', 'image/pjpeg'],
  'image/heic': ['image/heif'],
  'image/tiff': ['image/tif'],
};

/**
 * Whether `mediaType` is admitted by `accept` (a component's list, or {@link DEFAULT_ACCEPT}). An
 * unknown type (`null`) never is.
 * @example acceptsMediaType('image/vnd.dwg', ['application/vnd.dwg']) // true
 */
export function acceptsMediaType(mediaType: SniffedMediaType | null, accept: readonly string[]): boolean {
  if (mediaType === null) return false;
  const names = [mediaType, ...(ALIASES[mediaType] ?? [])];
  return accept.some((accepted) => names.includes(accepted.toLowerCase()));
}
