import { describe, expect, it } from 'vitest';
import { createVerifiedTokenCache } from './verified-token-cache.js';

const verified = (sub: string) => ({ identity: { sub, role: 'reception-officer', agency: 'H29' }, exp: 1_800_000_000 });
const t0 = Date.parse('2026-03-02T02:00:00Z');

describe('createVerifiedTokenCache', () => {
  it('hands back a verified token by its exact text', () => {
    const cache = createVerifiedTokenCache();
    cache.set('aaa.bbb', verified('r-1'), t0);
    expect(cache.get('aaa.bbb', t0 + 1_000)).toEqual(expect.objectContaining(verified('r-1')));
    expect(cache.get('aaa.bbc', t0 + 1_000)).toBeUndefined();
    expect(cache.get('aaa.bb', t0 + 1_000)).toBeUndefined();
  });

  it('forgets a token 60 s after it was verified, however often it was used meanwhile', () => {
    const cache = createVerifiedTokenCache();
    cache.set('aaa.bbb', verified('r-1'), t0);
    for (let s = 0; s < 60; s += 10) expect(cache.get('aaa.bbb', t0 + s * 1_000)).toBeDefined();
    expect(cache.get('aaa.bbb', t0 + 59_999)).toBeDefined();
    expect(cache.get('aaa.bbb', t0 + 60_000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keeps at most 1,000 tokens, dropping the oldest first', () => {
    const cache = createVerifiedTokenCache();
    for (let i = 0; i < 1_001; i++) cache.set(`token-${i}.sig`, verified(`r-${i}`), t0 + i);
    expect(cache.size).toBe(1_000);
    expect(cache.get('token-0.sig', t0 + 2_000)).toBeUndefined();
    expect(cache.get('token-1.sig', t0 + 2_000)?.identity.sub).toBe('r-1');
    expect(cache.get('token-1000.sig', t0 + 2_000)?.identity.sub).toBe('r-1000');
  });
});
