/**
 * The static Storybook for the axe test: built with the Storybook CLI (telemetry off, no network),
 * or reused from `STORYBOOK_STATIC`; served read-only on loopback; its stories read from `index.json`;
 * the component tag of each story read from its stories file's default export.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');

/** One entry of Storybook's `index.json` (v5) with `type: 'story'`. */
export interface StoryEntry {
  id: string;
  title: string;
  name: string;
  importPath: string;
}

/** A built Storybook, or why there is none. */
export type Built = { dir: string; ms: number; reused: boolean; error?: undefined } | { error: string; ms: number };

/** Builds the static Storybook into a fresh temporary folder, unless `STORYBOOK_STATIC` names one. */
export async function buildOrReuse(): Promise<Built> {
  const reuse = process.env['STORYBOOK_STATIC'];
  if (reuse) {
    const dir = path.resolve(root, reuse);
    if (existsSync(path.join(dir, 'index.json'))) return { dir, ms: 0, reused: true };
    return { error: `STORYBOOK_STATIC=${reuse} has no index.json`, ms: 0 };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'motcua-storybook-'));
  const cli = path.join(root, 'node_modules/storybook/dist/bin/dispatcher.js');
  const started = performance.now();
  const error = await new Promise<string | undefined>((resolve) => {
    execFile(
      process.execPath,
      [cli, 'build', '--output-dir', dir, '--quiet', '--disable-telemetry'],
      { cwd: root, env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', NO_COLOR: '1' }, maxBuffer: 16 * 1024 * 1024 },
      (failure, stdout, stderr) => resolve(failure ? `storybook build failed: ${failure.message}\n${stdout}\n${stderr}` : undefined),
    );
  });
  const ms = Math.round(performance.now() - started);
  return error ? { error, ms } : { dir, ms, reused: false };
}

/** The stories (not docs entries) of a built Storybook, in index order. */
export function readStories(dir: string): StoryEntry[] {
  const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as { entries: Record<string, StoryEntry & { type: string }> };
  return Object.values(index.entries)
    .filter((entry) => entry.type === 'story')
    .map(({ id, title, name, importPath }) => ({ id, title, name, importPath }));
}

/**
 * The `component: 'motcua-…'` tag of a stories file's default export (CSF3 for web components):
 * `export default { … }`, or `export default meta;` with `const meta = { … }`.
 */
export function componentOf(importPath: string): string | undefined {
  const source = readFileSync(path.resolve(root, importPath), 'utf8');
  const named = /\bexport\s+default\s+([A-Za-z_$][\w$]*)\s*;/.exec(source)?.[1];
  const start = named
    ? source.search(new RegExp(`\\b(?:const|let|var)\\s+${named.replace(/\$/g, '\\$')}\\b[^=]*=\\s*\\{`))
    : source.search(/\bexport\s+default\s*\{/);
  if (start < 0) return undefined;
  return /\bcomponent\s*:\s*['"`]([a-z][a-z0-9]*-[a-z0-9-]*)['"`]/.exec(source.slice(start))?.[1];
}

/** Every `motcua-*` tag registered by `packages/elements/src/components/*\/define.ts`. */
export function definedTags(): string[] {
  const components = path.join(root, 'packages/elements/src/components');
  const tags = new Set<string>();
  for (const name of readdirSync(components)) {
    const define = path.join(components, name, 'define.ts');
    if (!existsSync(define)) continue;
    const source = readFileSync(define, 'utf8');
    for (const match of source.matchAll(/\bcustomElements\.define\(\s*([A-Z_a-z0-9]+|['"][^'"]+['"])/g)) {
      const tag = resolveTag(source, match[1]!);
      if (tag) tags.add(tag);
    }
  }
  return [...tags].sort();
}

/** A `customElements.define` first argument: a string literal, or a constant declared in the same file. */
function resolveTag(source: string, argument: string): string | undefined {
  if (/^['"]/.test(argument)) return argument.slice(1, -1);
  return new RegExp(`\\bconst\\s+${argument}\\s*=\\s*['"]([^'"]+)['"]`).exec(source)?.[1];
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2',
  '.png': 'image/png', '.ico': 'image/x-icon', '.map': 'application/json',
};

/**
 * Serves `dir` on 127.0.0.1 (a free port), plus `extra` files at fixed paths; assets are cacheable so
 * the pages reuse them (and Chromium its compiled code) from one story to the next.
 */
export async function serveStatic(dir: string, extra: Record<string, string> = {}): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = extra[pathname] ?? path.join(dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!(extra[pathname] || file.startsWith(dir + path.sep)) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const cache = pathname.startsWith('/assets/') || pathname.startsWith('/sb-') || extra[pathname] ? 'max-age=3600' : 'no-cache';
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': cache });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
