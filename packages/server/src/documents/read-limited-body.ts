/**
 * `readLimitedBody`: reads a request body chunk by chunk, hashing as it goes, and stops reading the
 * moment it passes the limit — an oversized upload costs at most the limit plus one chunk of memory.
 */
import { createHash } from 'node:crypto';
import { PayloadTooLargeError } from '../http/http-errors.js';

/** A body read whole: its bytes and their sha-256 (lowercase hex). */
export interface LimitedBody {
  readonly bytes: Uint8Array;
  readonly sha256: string;
}

/**
 * The body of `request`, at most `limit` bytes. A `Content-Length` above the limit is refused before
 * reading anything; a body that grows past it (whatever its header said) is cancelled there.
 * @param where names the upload in the error message (the component id).
 * @throws PayloadTooLargeError
 */
export async function readLimitedBody(request: Request, limit: number, where: string): Promise<LimitedBody> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) {
    await request.body?.cancel().catch(() => undefined);
    throw new PayloadTooLargeError(limit, where);
  }
  const hash = createHash('sha256');
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Cancelling tells the source to stop producing; the Node entry then closes the connection.
      await reader.cancel().catch(() => undefined);
      throw new PayloadTooLargeError(limit, where);
    }
    hash.update(value);
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) { bytes.set(chunk, at); at += chunk.byteLength; }
  return { bytes, sha256: hash.digest('hex') };
}
