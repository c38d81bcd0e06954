import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import budgets from '../size-budgets.json' with { type: 'json' };

const root = path.resolve(import.meta.dirname, '..');

describe('browser bundles (built by `npm run build`)', () => {
  it.each(Object.keys(budgets.bundles))('%s contains no eval and no new Function (strict CSP)', (file) => {
    const code = readFileSync(path.join(root, file), 'utf8');
    expect(code).not.toMatch(/\bnew Function\s*\(/);
    expect(code).not.toMatch(/(^|[^.\w$])eval\s*\(/);
    expect(code).not.toMatch(/\bFunction\s*\(\s*["'`]/);
    // ajv's runtime compiler must never ship: only the precompiled validators may.
    expect(code).not.toContain('ajv.compile');
  });

  it.each(Object.entries(budgets.bundles))('%s fits its size budget (min+gzip)', (file, budget) => {
    const gzip = gzipSync(readFileSync(path.join(root, file)), { level: 9 }).length;
    expect(statSync(path.join(root, file)).size).toBeGreaterThan(0);
    expect(gzip, `${file} is ${gzip} bytes gzipped; budget ${budget.maxGzipBytes}`).toBeLessThanOrEqual(budget.maxGzipBytes);
  });
});
