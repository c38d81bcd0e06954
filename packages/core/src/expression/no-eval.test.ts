import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The browser runs under a Content-Security-Policy without 'unsafe-eval' (design.md, "Quality
// bars"): conditions must never be turned into code. The patterns are regular expressions so that
// this file does not match itself.
const FORBIDDEN = [/\beval\s*\(/, /\bnew\s+Function\b/, /(?<![\w.])Function\s*\(/];

describe('the expression module', () => {
  const directory = new URL('./', import.meta.url);
  const files = readdirSync(directory).filter((name) => name.endsWith('.ts'));

  it('has source files to scan', () => {
    expect(files).toContain('compile.ts');
  });

  it.each(files)('%s never evaluates code', (name) => {
    const source = readFileSync(new URL(name, directory), 'utf8');
    for (const pattern of FORBIDDEN) expect(source).not.toMatch(pattern);
  });
});
