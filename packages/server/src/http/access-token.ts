/**
 * Citizen access tokens and sealed idempotent responses. Only hashes reach the database: the access
 * token's sha-256, the idempotency key's sha-256, and the first response encrypted under a key derived
 * from the idempotency key — so a retry with the same key gets its token back, and a database reader
 * learns neither.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh access token: 32 random bytes, base64url. */
export function createAccessToken(): string {
  return randomBytes(32).toString('base64url');
}

/** sha-256 (hex) of a secret: what is stored instead of it. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Whether two hex hashes are equal, in constant time. */
export function hashesEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

/** A value encrypted with AES-256-GCM under a key derived from `idempotencyKey`. */
export interface SealedValue {
  readonly iv: string;
  readonly data: string;
  readonly tag: string;
}

/** Encrypts `value` so that only a holder of `idempotencyKey` can read it. */
export function sealForKey(idempotencyKey: string, value: unknown): SealedValue {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(idempotencyKey), iv);
  const data = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return { iv: iv.toString('base64url'), data: data.toString('base64url'), tag: cipher.getAuthTag().toString('base64url') };
}

/** Decrypts what {@link sealForKey} made. @throws Error when the key does not fit or the data was changed. */
export function openWithKey(idempotencyKey: string, sealed: SealedValue): unknown {
  const decipher = createDecipheriv('aes-256-gcm', deriveKey(idempotencyKey), Buffer.from(sealed.iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64url'));
  const text = Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64url')), decipher.final()]).toString('utf8');
  return JSON.parse(text);
}

function deriveKey(idempotencyKey: string): Buffer {
  return createHash('sha256').update('motcua/idempotent-response\n').update(idempotencyKey).digest();
}
