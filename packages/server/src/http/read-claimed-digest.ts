/**
 * `readClaimedDigest`: the sha-256 a client says its upload has — `Content-Digest: sha-256=:<base64>:`
 * (RFC 9530 §2) or `X-Checksum-SHA256` (hex, or base64 as S3-style clients send it).
 */
import { BadRequestError } from './http-errors.js';
import type { HttpHeaders } from './http-exchange.js';

/**
 * The claimed sha-256 (lowercase hex), or null when the client claims none. A `Content-Digest` with
 * only other algorithms is ignored, as RFC 9530 §2 lets a recipient do.
 * @throws BadRequestError for a header that is present but malformed.
 */
export function readClaimedDigest(headers: HttpHeaders): string | null {
  const claims: string[] = [];
  const contentDigest = headers.get('content-digest');
  if (contentDigest !== null) {
    for (const member of contentDigest.split(',')) {
      const match = /^\s*([a-z0-9-]+)\s*=\s*(.*?)\s*$/i.exec(member);
      if (!match) throw malformed('Content-Digest');
      if (match[1]!.toLowerCase() !== 'sha-256') continue;
      const value = /^:([A-Za-z0-9+/]+={0,2}):$/.exec(match[2]!);
      claims.push(toHex(value?.[1], 'Content-Digest'));
    }
  }
  const checksum = headers.get('x-checksum-sha256');
  if (checksum !== null) {
    const value = checksum.trim();
    claims.push(/^[0-9a-fA-F]{64}$/.test(value) ? value.toLowerCase() : toHex(value, 'X-Checksum-SHA256'));
  }
  if (claims.some((claim) => claim !== claims[0])) {
    throw new BadRequestError('checksum-mismatch', { vi: 'Các tiêu đề checksum mâu thuẫn nhau.', en: 'The checksum headers contradict each other.' });
  }
  return claims[0] ?? null;
}

function toHex(base64: string | undefined, header: string): string {
  const bytes = base64 === undefined || !/^[A-Za-z0-9+/]+={0,2}$/.test(base64) ? null : Buffer.from(base64, 'base64');
  if (bytes === null || bytes.length !== 32) throw malformed(header);
  return bytes.toString('hex');
}

function malformed(header: string): BadRequestError {
  return new BadRequestError('invalid-digest', {
    vi: `Tiêu đề ${header} không đúng dạng; ví dụ: Content-Digest: sha-256=:<base64>: hoặc X-Checksum-SHA256: <hex>.`,
    en: `The ${header} header is malformed; expected Content-Digest: sha-256=:<base64>: or X-Checksum-SHA256: <64 hex digits>.`,
  });
}
