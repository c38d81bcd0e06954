import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDiskStorage, InvalidDigestError, type DocumentStorage } from './document-storage.js';

let dir: string;
let root: string;
let storage: DocumentStorage;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'motcua-storage-'));
  root = path.join(dir, 'documents');
  storage = createDiskStorage({ root });
});
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
}

describe('createDiskStorage', () => {
  it('stores bytes under root/ab/cd/<sha256> and reads them back', async () => {
    const bytes = new TextEncoder().encode('Giấy chứng sinh');
    const stored = await storage.put(bytes);
    expect(stored).toEqual({ sha256: sha256(bytes), size: bytes.byteLength });
    expect(await filesUnder(root)).toEqual([path.join(stored.sha256.slice(0, 2), stored.sha256.slice(2, 4), stored.sha256)]);
    expect(await storage.get(stored.sha256)).toEqual(bytes);
    expect(await storage.has(stored.sha256)).toBe(true);
    expect(await storage.has(sha256(new Uint8Array([1])))).toBe(false);
    expect(await storage.get(sha256(new Uint8Array([1])))).toBeNull();
  });

  it('stores equal content once, also when written concurrently, and leaves no temporary files', async () => {
    const bytes = new Uint8Array(256 * 1024).map((_, i) => (i * 31) % 251);
    const results = await Promise.all(Array.from({ length: 8 }, () => storage.put(bytes)));
    expect(new Set(results.map((result) => result.sha256)).size).toBe(1);
    await storage.put(bytes.slice());
    expect(await filesUnder(root)).toHaveLength(1);
    expect(await storage.get(results[0]!.sha256)).toEqual(bytes);
  });

  it('refuses anything but a lowercase hex digest, so no path can leave the root', async () => {
    await writeFile(path.join(dir, 'secret.txt'), 'outside the root');
    const valid = sha256(new Uint8Array([1]));
    const attempts = [
      '../secret.txt', '../../etc/passwd', '/etc/passwd', `ab/cd/../../../secret.txt`, `..%2Fsecret.txt`,
      valid.toUpperCase(), `${valid}/..`, `${valid}\0`, `../${valid.slice(3)}`, valid.slice(1), `${valid}0`, '', ' '.repeat(64),
    ];
    for (const attempt of attempts) {
      await expect(storage.get(attempt)).rejects.toThrow(InvalidDigestError);
      await expect(storage.has(attempt)).rejects.toThrow(InvalidDigestError);
    }
    await expect(storage.get(42 as unknown as string)).rejects.toThrow(InvalidDigestError);
  });
});
