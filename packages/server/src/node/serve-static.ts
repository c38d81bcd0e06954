import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { HttpAnswer, HttpRequest } from '../http/http-exchange.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
};

/**
 * The Content-Security-Policy every page is served with: scripts and styles from this origin only,
 * no inline code, no `eval` — the policy motcua's components are built to run under.
 */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/**
 * Serves files under `root` at the URL path `prefix` (GET only; no directory listing, no path traversal),
 * `index.html` for the prefix itself.
 */
export function serveStatic(root: string, prefix = '/'): (request: HttpRequest) => Promise<HttpAnswer | null> {
  const base = path.resolve(root);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return null;
    const { pathname } = new URL(request.url);
    if (!pathname.startsWith(prefix)) return null;
    const relative = pathname.slice(prefix.length - 1);
    const file = path.resolve(base, `.${decodeURIComponent(relative === '/' ? '/index.html' : relative)}`);
    if (!file.startsWith(`${base}${path.sep}`)) return null;
    const type = TYPES[path.extname(file)];
    if (!type) return null;
    const bytes = await readFile(file).catch(() => null);
    if (!bytes) return null;
    return {
      status: 200,
      headers: {
        'content-type': type, 'content-length': String(bytes.byteLength), 'content-security-policy': STRICT_CSP, 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache',
      },
      body: request.method === 'HEAD' ? null : bytes,
    };
  };
}
