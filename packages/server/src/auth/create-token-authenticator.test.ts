import { describe, expect, it } from 'vitest';
import { AuthenticationError, createTokenAuthenticator, mintToken } from './create-token-authenticator.js';

const secret = 'test-secret-test-secret-test-secret!';
const now = () => new Date('2026-03-02T02:00:00Z');
const identity = { sub: 'r-1', role: 'reception-officer', agency: 'H29' };
const request = (token: string) => new Request('http://x/api/inbox', { headers: { authorization: `Bearer ${token}` } });

describe('createTokenAuthenticator', () => {
  const authenticate = createTokenAuthenticator({ secret, now });

  it('returns the identity of a token it signed, and null without a credential', async () => {
    expect(await authenticate(request(mintToken({ secret, now }, identity)))).toEqual(identity);
    expect(await authenticate(new Request('http://x/'))).toBeNull();
  });

  it('refuses expired, forged and malformed tokens', async () => {
    const expired = mintToken({ secret, now: () => new Date('2026-03-01T00:00:00Z') }, identity, 60);
    await expect(authenticate(request(expired))).rejects.toThrow(/expired/);
    const [, signature] = mintToken({ secret, now }, identity).split('.');
    const forged = `${Buffer.from(JSON.stringify({ ...identity, role: 'commune-chairman', exp: 9e9 })).toString('base64url')}.${signature}`;
    await expect(authenticate(request(forged))).rejects.toBeInstanceOf(AuthenticationError);
    await expect(authenticate(request(mintToken({ secret: `${secret}x`, now }, identity)))).rejects.toThrow(/signature/);
    await expect(authenticate(new Request('http://x/', { headers: { authorization: 'Basic abc' } }))).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('still refuses a remembered token once its own expiry has passed', async () => {
    let at = new Date('2026-03-02T02:00:00Z');
    const clocked = createTokenAuthenticator({ secret, now: () => at });
    const token = mintToken({ secret, now: () => at }, identity, 30);
    expect(await clocked(request(token))).toEqual(identity);
    at = new Date('2026-03-02T02:00:20Z');
    expect(await clocked(request(token))).toEqual(identity);
    at = new Date('2026-03-02T02:00:31Z'); // within the cache's 60 s, past the token's 30 s
    await expect(clocked(request(token))).rejects.toThrow(/expired/);
  });

  it('checks a forged token in full even while the real one is remembered', async () => {
    const token = mintToken({ secret, now }, identity);
    expect(await authenticate(request(token))).toEqual(identity);
    const [payload, signature] = token.split('.') as [string, string];
    const flipped = `${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BA' : 'AA'}`;
    await expect(authenticate(request(flipped))).rejects.toThrow(/signature/);
    expect(await authenticate(request(token))).toEqual(identity);
  });

  it('refuses a short secret', () => {
    expect(() => createTokenAuthenticator({ secret: 'short' })).toThrow(RangeError);
  });
});
