/**
 * Citizen identity for the demo: `mintCitizenToken` and `createCitizenAuthenticator`. A citizen token is
 * `c1.<base64url payload>.<base64url HMAC>` with payload `{ sub: <12-digit personal id>, exp }`. It stands
 * in for a VNeID sign-in (Decree 59/2022 on electronic identification): the subject is the person's
 * identification number, which is what lets the server read their own registry record. The HMAC is taken
 * over a citizen-only prefix, so a citizen token is never accepted as an officer token, nor the reverse.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { TokenOptions } from './create-token-authenticator.js';
import { AuthenticationError, type CredentialRequest } from './identity.js';

/** A signed-in citizen. */
export interface CitizenIdentity {
  /** The 12-digit personal identification number. */
  readonly citizenId: string;
}

/** Reads the citizen of a request; null when it carries no citizen token. @throws AuthenticationError for a bad one. */
export type AuthenticateCitizen = (request: CredentialRequest) => Promise<CitizenIdentity | null>;

const PREFIX = 'c1';
const DOMAIN = 'motcua/citizen-token\n';

/**
 * Signs a citizen identity valid for `ttlSeconds` (default 1 hour).
 * @example const token = mintCitizenToken({ secret }, '001195000001');
 */
export function mintCitizenToken(options: TokenOptions, citizenId: string, ttlSeconds = 3600): string {
  if (!/^\d{12}$/.test(citizenId)) throw new RangeError(`mintCitizenToken: a personal identification number has 12 digits, got ${JSON.stringify(citizenId)}`);
  const now = (options.now ?? (() => new Date()))();
  const payload = Buffer.from(JSON.stringify({ sub: citizenId, exp: Math.floor(now.getTime() / 1000) + ttlSeconds })).toString('base64url');
  return `${PREFIX}.${payload}.${sign(options.secret, payload).toString('base64url')}`;
}

/**
 * An `AuthenticateCitizen` for `Authorization: Bearer c1.…` minted with the same secret. Any other bearer
 * credential (an access token, an officer token) is not a citizen's: null, so the caller decides.
 */
export function createCitizenAuthenticator(options: TokenOptions): AuthenticateCitizen {
  const key = typeof options.secret === 'string' ? Buffer.from(options.secret) : options.secret;
  if (key.length < 32) throw new RangeError('createCitizenAuthenticator: the secret must be at least 32 bytes');
  const now = options.now ?? (() => new Date());
  return async (request) => {
    const match = /^Bearer c1\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(request.headers.get('authorization') ?? '');
    if (!match) return null;
    const [, payload, signature] = match as unknown as [string, string, string];
    const expected = sign(key, payload);
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new AuthenticationError('The citizen token signature is not valid');
    let claims: { sub?: unknown; exp?: unknown } | null;
    try { claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof claims; } catch { claims = null; }
    if (!claims || typeof claims.sub !== 'string' || !/^\d{12}$/.test(claims.sub) || typeof claims.exp !== 'number') {
      throw new AuthenticationError('The citizen token payload is not { sub, exp }');
    }
    if (claims.exp * 1000 <= now().getTime()) throw new AuthenticationError('The citizen token has expired');
    return { citizenId: claims.sub };
  };
}

function sign(secret: string | Uint8Array, payload: string): Buffer {
  return createHmac('sha256', secret).update(DOMAIN).update(payload).digest();
}
