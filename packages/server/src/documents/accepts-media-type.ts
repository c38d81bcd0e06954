/**
 * `acceptsMediaType`: whether a component's `accept` list admits a sniffed media type, allowing for the
 * several names some formats go by in procedure files (DWG is registered as `image/vnd.dwg` but often
 * written `application/vnd.dwg`).
 */
import { SNIFFED_MEDIA_TYPES, type SniffedMediaType } from './sniff-media-type.js';

/**
 * What a component without `accept` takes: every recognised type except a bare ZIP, whose contents
 * nobody has looked at.
 */
export const DEFAULT_ACCEPT: readonly string[] = SNIFFED_MEDIA_TYPES.filter((type) => type !== 'application/zip');

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
