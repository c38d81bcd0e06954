// What `npm publish` would ship for each package: every entry point its package.json names (exports,
// bin), built, and nothing of the build's by-products (tsc's per-file output under dist/tsc, build info).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

/** The files `npm pack` would put in the package (a dry run: nothing is written). */
function packedFiles(dir: string): string[] {
  const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as [{ files: { path: string }[] }];
  return report.files.map((file) => file.path);
}

/** The files an `exports` map points to, but for the monorepo's own `source` condition. */
function exportTargets(exports: unknown): string[] {
  if (typeof exports === 'string') return [exports];
  if (exports === null || typeof exports !== 'object') return [];
  return Object.entries(exports).flatMap(([key, value]) => (key === 'source' ? [] : exportTargets(value)));
}

describe.each(['core', 'cli', 'elements', 'server'])('the @motcua/%s package as published', (name) => {
  const dir = path.join(root, 'packages', name);
  const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { exports: unknown; bin?: Record<string, string> };
  const files = packedFiles(dir);

  it('ships every entry point it names', () => {
    const entries = [...exportTargets(manifest.exports), ...Object.values(manifest.bin ?? {})].map((target) => target.replace(/^\.\//, ''));
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      if (entry.endsWith('*')) expect(files.some((file) => file.startsWith(entry.slice(0, -1))), entry).toBe(true);
      else expect(files, entry).toContain(entry);
    }
  });

  it("ships no by-product of the build: no tsc output under dist/tsc, no build info", () => {
    expect(files.filter((file) => file.startsWith('dist/tsc/') || file.endsWith('.tsbuildinfo'))).toEqual([]);
  });
});
