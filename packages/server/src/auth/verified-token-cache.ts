/**
 * `createVerifiedTokenCache`: officer tokens whose signature was checked lately, so that each request of a
 * busy officer is not another HMAC (the verify showed in the load profile). Keyed by the exact token text:
 * only the very token that was verified can hit, so a forged one is always checked in full.
 */
import type { Identity } from './identity.js';

/** A token's verified claims: who it names and its `exp` (seconds since the epoch). */
export interface VerifiedToken {
  readonly identity: Identity;
  readonly exp: number;
}

/** The cache; times are milliseconds since the epoch, passed in (never read from the wall here). */
export interface VerifiedTokenCache {
  /** The claims of `token` if it was verified less than the cache's lifetime before `nowMs`. */
  get(token: string, nowMs: number): VerifiedToken | undefined;
  set(token: string, verified: VerifiedToken, nowMs: number): void;
  readonly size: number;
}

/**
 * At most `limit` tokens (1,000), each kept `ttlMs` (60 s) after its verification, the oldest dropped
 * first. It does not judge expiry: the caller checks `exp` on every request, hit or miss.
 * @example const cache = createVerifiedTokenCache(); cache.set(token, { identity, exp }, Date.now());
 */
export function createVerifiedTokenCache(limit = 1_000, ttlMs = 60_000): VerifiedTokenCache {
  const entries = new Map<string, VerifiedToken & { readonly verifiedAt: number }>();
  return {
    get(token, nowMs) {
      const entry = entries.get(token);
      if (entry === undefined) return undefined;
      if (nowMs - entry.verifiedAt >= ttlMs || nowMs < entry.verifiedAt) {
        entries.delete(token);
        return undefined;
      }
      return entry;
    },
    set(token, verified, nowMs) {
      entries.delete(token); // a Map keeps insertion order: re-inserting makes it the newest
      entries.set(token, { ...verified, verifiedAt: nowMs });
      if (entries.size > limit) entries.delete(entries.keys().next().value!);
    },
    get size() {
      return entries.size;
    },
  };
}
