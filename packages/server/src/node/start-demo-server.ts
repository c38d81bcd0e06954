import { createServer, type Server } from 'node:http';
import { mkdir, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { validateProcedure, type Procedure } from '@motcua/core';
import { createTokenAuthenticator, mintToken, type Identity } from '../auth/create-token-authenticator.js';
import { createDossierService } from '../http/create-dossier-service.js';
import { jsonResponse } from '../http/http-errors.js';
import { createDiskStorage } from '../documents/document-storage.js';
import { createSqlDocumentRecords } from '../documents/document-records.js';
import { createPgliteStore } from '../store/create-pglite-store.js';
import { createPostgresStore } from '../store/create-postgres-store.js';
import type { SqlClient } from '../store/sql-client.js';
import type { DossierStore } from '../store/dossier-store.js';
import { serveStatic } from './serve-static.js';
import { toNodeListener } from './to-node-listener.js';

/** The demo's one receiving agency (a Hanoi-style identifier code, Circular 10/2016/TT-BTTTT). */
export const DEMO_AGENCY = '000.00.01.H26';

/** Options of {@link startDemoServer}. */
export interface DemoServerOptions {
  readonly port: number;
  readonly host?: string;
  /** Folder of procedure JSON files to serve (every valid one is loaded). */
  readonly proceduresDir: string;
  /** Folder of the portal's static files. */
  readonly portalDir: string;
  /** PostgreSQL for production (several instances may share it); the embedded PGlite store otherwise. */
  readonly databaseUrl?: string;
  /** Where the embedded database and the uploaded documents live (in memory / a temp folder when absent). */
  readonly dataDir?: string;
}

/** A demo login: one per role of the loaded procedures, all at {@link DEMO_AGENCY}. */
export interface DemoUser extends Identity {
  readonly title: { vi: string; en: string };
  readonly token: string;
}

async function loadProcedures(dir: string): Promise<Procedure[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const procedures: Procedure[] = [];
  for (const file of files) {
    const result = validateProcedure(await readFile(path.join(dir, file), 'utf8'));
    if (result.valid && result.value) procedures.push(result.value);
    else console.warn(`motcua: bỏ qua / skipping ${file}: ${result.errors[0]?.message.en ?? 'invalid'}`);
  }
  return procedures;
}

function demoUsers(procedures: readonly Procedure[], secret: string): DemoUser[] {
  const roles = new Map<string, { vi: string; en: string }>();
  for (const p of procedures) for (const r of p.roles) if (!roles.has(r.id)) roles.set(r.id, r.title);
  return [...roles].map(([role, title]) => {
    const identity = { sub: `demo-${role}`, role, agency: DEMO_AGENCY };
    return { ...identity, title, token: mintToken({ secret }, identity, 12 * 3600) };
  });
}

/**
 * Starts the demo: the dossier API under `/api`, the portal's static files under `/` with a strict
 * Content-Security-Policy, and `/demo/users` listing one signed demo login per role. The signing
 * secret is random per start, so demo tokens never outlive the process.
 */
export async function startDemoServer(options: DemoServerOptions): Promise<{ server: Server; url: string; users: DemoUser[]; close(): Promise<void> }> {
  const procedures = await loadProcedures(options.proceduresDir);
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const store: DossierStore & { sql: SqlClient } = options.databaseUrl
    ? await createPostgresStore({ connectionString: options.databaseUrl })
    : await createPgliteStore(options.dataDir ? { dataDir: path.join(options.dataDir, 'db') } : {});
  const documentRoot = options.dataDir ? path.join(options.dataDir, 'documents') : await mkdtemp(path.join(tmpdir(), 'motcua-documents-'));
  const documents = { storage: createDiskStorage({ root: documentRoot }), records: createSqlDocumentRecords(store.sql) };
  const secret = randomBytes(32).toString('base64url');
  const users = demoUsers(procedures, secret);
  const api = createDossierService({ procedures, store, documents, authenticate: createTokenAuthenticator({ secret }), agencies: [DEMO_AGENCY] });
  const files = serveStatic(options.portalDir);
  const handler = async (request: Request): Promise<Response> => {
    const { pathname } = new URL(request.url);
    if (pathname.startsWith('/api/')) return api(request);
    if (pathname === '/demo/users') return jsonResponse(200, { agency: DEMO_AGENCY, users });
    return (await files(request)) ?? jsonResponse(404, { error: { code: 'not-found', message: { vi: 'Không tìm thấy trang.', en: 'Page not found.' } } });
  };
  const server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://${options.host ?? '127.0.0.1'}:${typeof address === 'object' && address ? address.port : options.port}/`;
  return {
    server, url, users,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
