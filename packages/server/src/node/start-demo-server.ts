import { createServer, type Server } from 'node:http';
import { mkdir, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { defaultWorkingCalendar, validateProcedure, type Procedure } from '@motcua/core';
import { createTokenAuthenticator, mintToken, type Identity } from '../auth/create-token-authenticator.js';
import { createCitizenAuthenticator, mintCitizenToken } from '../auth/citizen-token.js';
import { createFakePortal, type NationalPortalAdapter } from '../adapters/national-portal-adapter.js';
import { createFixturePopulationRegistry, DEMO_POPULATION } from '../adapters/population-registry.js';
import { createFixtureAdministrativeUnits } from '../adapters/administrative-units.js';
import { readJson } from '../http/read-request.js';
import { scheduleJobs, type JobScheduleOptions } from './schedule-jobs.js';
import { createDossierHandler } from '../http/create-dossier-service.js';
import { createDiskStorage } from '../documents/document-storage.js';
import { createSqlDocumentRecords } from '../documents/document-records.js';
import { createPgliteStore } from '../store/create-pglite-store.js';
import { createPostgresStore } from '../store/create-postgres-store.js';
import type { SqlClient } from '../store/sql-client.js';
import type { DossierStore } from '../store/dossier-store.js';
import { serveStatic } from './serve-static.js';
import { toNodeListener } from './to-node-listener.js';
import { jsonAnswer, type HttpAnswer, type HttpRequest } from '../http/http-exchange.js';
import { toErrorAnswer } from '../http/http-errors.js';

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
  /**
   * Folder of the web components' browser bundle (`packages/elements/dist/browser`), served under
   * `/elements/` so the portal's pages load `/elements/motcua-elements.min.js`.
   */
  readonly elementsDir?: string;
  /** PostgreSQL for production (several instances may share it); the embedded PGlite store otherwise. */
  readonly databaseUrl?: string;
  /** Where the embedded database and the uploaded documents live (in memory / a temp folder when absent). */
  readonly dataDir?: string;
  /**
   * The background jobs (deadline scan, National Portal outbox): every minute by default, against an
   * in-memory fake portal unless `portal` is given; `false` turns them off.
   */
  readonly jobs?: false | (Omit<JobScheduleOptions, 'portal'> & { readonly portal?: NationalPortalAdapter });
  /**
   * The key that signs demo logins and citizen tokens: random per start when absent. Processes that serve
   * one port together (`MOTCUA_WORKERS`) share one, so a token from any of them is good at all.
   */
  readonly secret?: string;
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
 * Content-Security-Policy, `/demo/users` listing one signed demo login per role, `POST
 * /api/demo/citizen-token` signing in as a demo citizen, and the background jobs on a timer. The signing
 * secret is random per start unless given, so demo tokens never outlive the process (or its workers).
 */
export async function startDemoServer(options: DemoServerOptions): Promise<{ server: Server; url: string; users: DemoUser[]; portal: NationalPortalAdapter | null; close(): Promise<void> }> {
  const procedures = await loadProcedures(options.proceduresDir);
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const store: DossierStore & { sql: SqlClient } = options.databaseUrl
    ? await createPostgresStore({ connectionString: options.databaseUrl })
    : await createPgliteStore(options.dataDir ? { dataDir: path.join(options.dataDir, 'db') } : {});
  const documentRoot = options.dataDir ? path.join(options.dataDir, 'documents') : await mkdtemp(path.join(tmpdir(), 'motcua-documents-'));
  const documents = { storage: createDiskStorage({ root: documentRoot }), records: createSqlDocumentRecords(store.sql) };
  const secret = options.secret ?? randomBytes(32).toString('base64url');
  const users = demoUsers(procedures, secret);
  const calendar = defaultWorkingCalendar();
  const api = createDossierHandler({
    procedures, store, documents, calendar, authenticate: createTokenAuthenticator({ secret }), agencies: [DEMO_AGENCY],
    authenticateCitizen: createCitizenAuthenticator({ secret }), populationRegistry: createFixturePopulationRegistry(),
    administrativeUnits: createFixtureAdministrativeUnits(),
  });
  const portal = options.jobs === false ? null : options.jobs?.portal ?? createFakePortal();
  const jobs = options.jobs === false ? null : scheduleJobs(store, { calendar, ...options.jobs, ...(portal ? { portal } : {}) });
  const files = serveStatic(options.portalDir);
  const elements = options.elementsDir ? serveStatic(options.elementsDir, '/elements/') : async () => null;
  const citizens = DEMO_POPULATION.map(({ citizenId, fullName }) => ({ citizenId, fullName }));
  const handler = async (request: HttpRequest): Promise<HttpAnswer> => {
    const { pathname } = new URL(request.url);
    if (pathname === '/api/demo/citizen-token' && request.method === 'POST') return answerCitizenToken(secret, request);
    if (pathname.startsWith('/api/')) return api(request);
    if (pathname === '/demo/users') return jsonAnswer(200, { agency: DEMO_AGENCY, users, citizens });
    return (await elements(request)) ?? (await files(request)) ?? jsonAnswer(404, { error: { code: 'not-found', message: { vi: 'Không tìm thấy trang.', en: 'Page not found.' } } });
  };
  const server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://${options.host ?? '127.0.0.1'}:${typeof address === 'object' && address ? address.port : options.port}/`;
  return {
    server, url, users, portal,
    close: async () => {
      await jobs?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * `POST /api/demo/citizen-token` `{ citizenId }` (demo server only): a citizen token for one of the
 * invented people of {@link DEMO_POPULATION} — the demo's stand-in for a VNeID sign-in. Nobody else.
 */
async function answerCitizenToken(secret: string, request: HttpRequest): Promise<HttpAnswer> {
  try {
    const { citizenId } = await readJson(request);
    const person = DEMO_POPULATION.find((candidate) => candidate.citizenId === citizenId);
    if (!person) {
      const ids = DEMO_POPULATION.map((candidate) => candidate.citizenId).join(', ');
      return jsonAnswer(404, { error: { code: 'citizen-not-found', message: { vi: `Không có công dân mẫu này; hãy dùng: ${ids}.`, en: `No such demo citizen; use one of ${ids}.` } } });
    }
    return jsonAnswer(201, { token: mintCitizenToken({ secret }, person.citizenId), citizen: { citizenId: person.citizenId, fullName: person.fullName } });
  } catch (error) {
    return toErrorAnswer(error);
  }
}
