/**
 * `readLimitedBody`: reads an upload's body whole, hashing as it goes, within its limit (`readBoundedBody`
 * stops reading the moment it passes it).
 */
import { createHash } from 'node:crypto';
import { PayloadTooLargeError } from './http-errors.js';
import { readBoundedBody } from './read-bounded-body.js';
import type { HttpRequest } from './http-exchange.js';

/** A body read whole: its bytes and their sha-256 (lowercase hex). */
export interface LimitedBody {
  readonly bytes: Uint8Array;
  readonly sha256: string;
}

/**
 * The body of `request`, at most `limit` bytes (refused as `readBoundedBody` does).
 * @param where names the upload in the error message (the component id).
 * @throws PayloadTooLargeError
 */
export async function readLimitedBody(request: HttpRequest, limit: number, where: string): Promise<LimitedBody> {
  const hash = createHash('sha256');
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of readBoundedBody(request, limit, () => new PayloadTooLargeError(limit, where))) {
    hash.update(chunk);
    chunks.push(chunk);
    size += chunk.byteLength;
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) { bytes.set(chunk, at); at += chunk.byteLength; }
  return { bytes, sha256: hash.digest('hex') };
}
