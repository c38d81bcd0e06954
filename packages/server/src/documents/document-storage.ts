/**
 * `DocumentStorage` and `createDiskStorage`: uploaded documents kept by content. The address of a file
 * is the sha-256 of its bytes, so equal content is stored once, a stored file cannot be altered without
 * changing its address, and there is nothing to name or rename.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';

/** What `put` stored. */
export interface StoredDocument {
  /** Lowercase hex sha-256 of the bytes: the document's address. */
  readonly sha256: string;
  readonly size: number;
}

/** A content-addressed store of document bytes. */
export interface DocumentStorage {
  /** Stores `bytes` (a no-op when equal content is already there). */
  put(bytes: Uint8Array): Promise<StoredDocument>;
  /** The bytes at `sha256`, or null. @throws InvalidDigestError when `sha256` is not 64 lowercase hex digits. */
  get(sha256: string): Promise<Uint8Array | null>;
  /** Whether `sha256` is stored. @throws InvalidDigestError like `get`. */
  has(sha256: string): Promise<boolean>;
  /** Deletes the bytes at `sha256`. @returns whether there were any. @throws InvalidDigestError like `get`. */
  remove(sha256: string): Promise<boolean>;
}

/** A digest that is not 64 lowercase hex digits was passed to the storage (a programmer mistake). */
export class InvalidDigestError extends Error {
  override readonly name = 'InvalidDigestError';
}

/** Options of {@link createDiskStorage}. */
export interface DiskStorageOptions {
  /** The directory holding the documents; created when missing. */
  readonly root: string;
}

const DIGEST = /^[0-9a-f]{64}$/;

/**
 * Documents as files `root/ab/cd/<sha256>` (two levels of fan-out keep directories small). A write goes
 * to a temporary file in the target directory, is flushed, then renamed into place: a reader sees the
 * whole file or none, and two concurrent writers of equal content both succeed.
 * @example const storage = createDiskStorage({ root: '.motcua/documents' }); const { sha256 } = await storage.put(bytes);
 */
export function createDiskStorage(options: DiskStorageOptions): DocumentStorage {
  const root = path.resolve(options.root);
  // Only a validated digest ever reaches the path, so no input can climb out of `root`.
  const locate = (sha256: string): string => {
    if (typeof sha256 !== 'string' || !DIGEST.test(sha256)) throw new InvalidDigestError(`Expected a sha-256 of 64 lowercase hex digits, got ${JSON.stringify(String(sha256).slice(0, 80))}`);
    return path.join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  };
  const has = async (sha256: string): Promise<boolean> => {
    const file = locate(sha256);
    try { return (await stat(file)).isFile(); } catch (error) { if (isMissing(error)) return false; throw error; }
  };
  return {
    async put(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const stored = { sha256, size: bytes.byteLength };
      if (await has(sha256)) return stored;
      const file = locate(sha256);
      await mkdir(path.dirname(file), { recursive: true });
      const temporary = `${file}.${randomBytes(8).toString('hex')}.tmp`;
      try {
        const handle = await open(temporary, 'wx', 0o640);
        try {
          await handle.writeFile(bytes);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temporary, file);
      } catch (error) {
        await unlink(temporary).catch(() => undefined);
        throw error;
      }
      return stored;
    },
    async get(sha256) {
      const file = locate(sha256);
      try { return new Uint8Array(await readFile(file)); } catch (error) { if (isMissing(error)) return null; throw error; }
    },
    has,
    async remove(sha256) {
      try { await unlink(locate(sha256)); return true; } catch (error) { if (isMissing(error)) return false; throw error; }
    },
  };
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}
