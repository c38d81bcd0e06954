import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokens } from './tokens.js';

describe('tokens', () => {
  it('tokens.ts carries tokens.css verbatim', () => {
    const file = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');
    expect(tokens.cssText.trim()).toBe(file.trim());
  });

  it('every private alias reads its public --motcua-* token', () => {
    const aliases = [...tokens.cssText.matchAll(/--_motcua-([\w-]+):\s*var\(--motcua-([\w-]+),/g)];
    expect(aliases.length).toBeGreaterThan(10);
    for (const [, local, token] of aliases) expect(local).toBe(token);
  });
});
