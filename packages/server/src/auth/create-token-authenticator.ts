/**
 * `createTokenAuthenticator` and `mintToken`: HMAC-SHA256 signed bearer tokens for officers (the demo's
 * pluggable authentication). A token is `base64url(JSON payload).base64url(signature)`; the payload is
 * `{ sub, role, agency, exp }` with `exp` in seconds since the epoch.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createVerifiedTokenCache, type VerifiedToken } from './verified-token-cache.js';
import { AuthenticationError, type CredentialRequest, type Identity } from './identity.js';

export { AuthenticationError, type CredentialRequest, type Identity };

/** Reads the identity of a request; null when it carries no credential. @throws AuthenticationError for a bad one. */
export type Authenticate = (request: CredentialRequest) => Promise<Identity | null>;

/** Options of {@link createTokenAuthenticator} and {@link mintToken}. */
export interface TokenOptions {
  /** The HMAC key: at least 32 bytes of secret. */
  readonly secret: string | Uint8Array;
  /** Current time; defaults to the wall clock (only at the edge). */
  readonly now?: () => Date;
}

/**
 * Signs an identity valid for `ttlSeconds` (default 8 hours) — for demo logins and tests.
 * @example const token = mintToken({ secret }, { sub: 'r-1', role: 'reception-officer', agency: 'H29' });
 */
export function mintToken(options: TokenOptions, identity: Identity, ttlSeconds = 8 * 3600): string {
  const now = (options.now ?? (() => new Date()))();
  const payload = Buffer.from(JSON.stringify({ ...identity, exp: Math.floor(now.getTime() / 1000) + ttlSeconds })).toString('base64url');
  return `${payload}.${sign(options.secret, payload).toString('base64url')}`;
}

/**
 * An `Authenticate` for `Authorization: Bearer <token>` minted with the same secret. The signature is
 * compared in constant time; expired, forged or malformed tokens throw `AuthenticationError`. A token
 * that verified is remembered for 60 s (at most 1,000 of them); its expiry is checked on every request.
 */
export function createTokenAuthenticator(options: TokenOptions): Authenticate {
  const key = typeof options.secret === 'string' ? Buffer.from(options.secret) : options.secret;
  if (key.length < 32) throw new RangeError('createTokenAuthenticator: the secret must be at least 32 bytes');
  const now = options.now ?? (() => new Date());
  const verifiedTokens = createVerifiedTokenCache();
  return async (request) => {
    const header = request.headers.get('authorization');
    if (header === null) return null;
    const match = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(header);
    if (!match) throw new AuthenticationError('The Authorization header is not a bearer token');
    const [token, payload, signature] = [header.slice('Bearer '.length), match[1]!, match[2]!];
    const at = now().getTime();
    const cached = verifiedTokens.get(token, at);
    const verified = cached ?? verify(key, payload, signature);
    if (verified.exp * 1000 <= at) throw new AuthenticationError('The token has expired');
    if (cached === undefined) verifiedTokens.set(token, verified, at);
    return verified.identity;
  };
}

/** Checks the signature (in constant time) and reads the claims. @throws AuthenticationError */
function verify(key: Uint8Array, payload: string, signature: string): VerifiedToken {
  const expected = sign(key, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new AuthenticationError('The token signature is not valid');
  const claims = parseClaims(payload);
  return { identity: { sub: claims.sub, role: claims.role, agency: claims.agency }, exp: claims.exp };
}

function sign(secret: string | Uint8Array, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

function parseClaims(payload: string): Identity & { exp: number } {
  let claims: unknown;
  try { claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')); } catch { claims = null; }
  const c = claims as Record<string, unknown> | null;
  if (!c || typeof c['sub'] !== 'string' || typeof c['role'] !== 'string' || typeof c['agency'] !== 'string' || typeof c['exp'] !== 'number') {
    throw new AuthenticationError('The token payload is not { sub, role, agency, exp }');
  }
  return { sub: c['sub'], role: c['role'], agency: c['agency'], exp: c['exp'] };
}
