// Issue 5, "Tests": an authorization matrix over every role × action × state of an example procedure.
//
// For the birth registration, the engine itself (`runtime.send` / `availableActions`) is explored from a
// submitted dossier to find every reachable state; one dossier is driven into each through the HTTP API.
// In each state, every event type of the procedure is tried as every role (a signed officer token of the
// dossier's agency), as the citizen (the access token), as an officer of another agency and with no
// credentials. The expected status is computed from the engine, and every refused attempt must leave the
// stored version and the event log untouched. An allowed attempt runs on a fresh dossier driven to that
// state, so the shared ones stay where they are.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { APPLICANT_ROLE, listEventDescriptors, type DossierCommand, type DossierRuntime, type DossierState, type EventDescriptor, type Procedure } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenAuthenticator, mintToken, type Identity } from '../auth/create-token-authenticator.js';
import { createPgliteStore } from '../store/create-pglite-store.js';
import { toVietnamIso } from '../store/dossier-code.js';
import { openScratchPostgresStore, type StoreUnderTest } from '../store/store-contract.js';
import { createProcedureCatalogue } from './procedure-catalogue.js';
import { createDossierService, type DossierService } from './create-dossier-service.js';
import { serviceCaller } from './service-caller.js';

const root = path.resolve(import.meta.dirname, '../../../..');
const birth = JSON.parse(readFileSync(path.join(root, 'examples/procedures/birth-registration-1.001193.json'), 'utf8')) as Procedure;
const secret = 'authorization-matrix-secret-authorization';
const agency = 'H29';
const otherAgency = 'H30';
const { data } = JSON.parse(readFileSync(path.join(root, 'test/fixtures/dossiers/birth-registration.json'), 'utf8')) as { data: Record<string, unknown> };
const documents = ['to-khai', 'giay-chung-sinh', 'giay-to-cu-tru'];
const submission = { procedure: '1.001193@1.0.0', channel: 'online', agency, data, documents };

// One frozen instant (Mon 02/03/2026 08:05 in Hà Nội) for every request and every engine judgement, so
// the engine's expectation and the server's decision are made at the same moment.
const NOW = new Date('2026-03-02T01:05:00Z');
const now = () => NOW;
const AT = toVietnamIso(NOW);

const runtime: DossierRuntime = createProcedureCatalogue([birth]).byKey('1.001193@1.0.0')!.runtime;
const descriptors: EventDescriptor[] = listEventDescriptors(birth);
const roles = birth.roles.map((role) => role.id);
const CITIZEN_ROUTES: Record<string, 'supplement' | 'withdraw' | 'pay'> = { SUPPLEMENT: 'supplement', WITHDRAW: 'withdraw', PAY: 'pay' };
const CITIZEN_EVENTS = new Set(['SUBMIT', 'SUPPLEMENT', 'WITHDRAW', 'PAY']);

/** What comes with an event so its requirements are met (the same in the engine and over HTTP). */
function payloadOf(descriptor: EventDescriptor, state: DossierState): Record<string, unknown> {
  if (descriptor.type === 'SUPPLEMENT') {
    const request = state.context.request as { kind?: string; components?: string[] } | null;
    return { documents: request?.kind === 'supplement' ? request.components ?? [] : [] };
  }
  if (descriptor.type === 'WITHDRAW') return { reason: 'Tôi nộp nhầm' };
  const payload: Record<string, unknown> = {};
  for (const requirement of descriptor.requires) {
    if (requirement === 'reason') payload['reason'] = 'Lý do kiểm thử';
    if (requirement === 'missing-components') payload['missingComponents'] = ['giay-to-cu-tru'];
    if (requirement === 'attachment') payload['attachments'] = ['to-khai'];
    if (requirement === 'new-due-date') payload['newDueDate'] = '2026-03-10T17:00:00+07:00';
  }
  return payload;
}

interface Step { readonly type: string; readonly role: string; readonly payload: Record<string, unknown> }
interface Reached { readonly key: string; readonly name: string; readonly path: readonly Step[]; readonly state: DossierState }

function engineCommand(type: string, role: string, payload: Record<string, unknown>): DossierCommand {
  const actor = role === APPLICANT_ROLE ? { id: 'applicant', role } : { id: `${role}-1`, role, agency };
  return { type, actor, at: AT, ...payload } as unknown as DossierCommand;
}

/** Every state reachable from a submitted dossier, each with the first (shortest) path to it. */
function exploreStates(): Reached[] {
  const draft = runtime.create({ id: 'explore', channel: 'online', at: AT, data });
  const submitted = runtime.send(draft, engineCommand('SUBMIT', APPLICANT_ROLE, { documents }));
  if (!submitted.ok) throw new Error(`the example does not submit: ${submitted.rejection.code}`);
  const signature = (state: DossierState) => {
    const status = runtime.status(state);
    const open = [...roles, APPLICANT_ROLE].map((role) => `${role}:${runtime.availableActions(state, role, AT).map((a) => a.type).join(',')}`);
    return `${status.state}|${status.steps.join(',')}|${open.join(';')}`;
  };
  const reached: Reached[] = [{ key: signature(submitted.state), name: runtime.status(submitted.state).state, path: [], state: submitted.state }];
  const seen = new Set([reached[0]!.key]);
  for (let index = 0; index < reached.length; index++) {
    const from = reached[index]!;
    for (const role of [...roles, APPLICANT_ROLE]) {
      for (const action of runtime.availableActions(from.state, role, AT)) {
        const payload = payloadOf(action, from.state);
        const result = runtime.send(from.state, engineCommand(action.type, role, payload));
        if (!result.ok) continue;
        const key = signature(result.state);
        if (seen.has(key)) continue;
        seen.add(key);
        reached.push({ key, name: runtime.status(result.state).state, path: [...from.path, { type: action.type, role, payload }], state: result.state });
      }
    }
  }
  return reached;
}

const states = exploreStates();
// A state is told apart by what each role may do in it (an EXTEND used, a send-back…); the label names
// the path when the state name repeats.
const labelOf = (reached: Reached) => {
  const twins = states.filter((s) => s.name === reached.name);
  return twins.length === 1 ? reached.name : `${reached.name} (via ${['SUBMIT', ...reached.path.map((step) => step.type)].join(' → ')})`;
};

type Caller = { kind: 'officer'; role: string } | { kind: 'citizen' } | { kind: 'other-agency'; role: string } | { kind: 'anonymous' };
interface Row { readonly label: string; readonly state: Reached; readonly type: string; readonly caller: Caller; readonly expected: number; readonly why: string }

function expectation(reached: Reached, descriptor: EventDescriptor, caller: Caller): { expected: number; why: string } {
  const allowed = (role: string) => runtime.availableActions(reached.state, role, AT).some((action) => action.type === descriptor.type);
  switch (caller.kind) {
    case 'anonymous':
      // Citizen routes answer an absent access token like a wrong one: 404, so codes are not enumerable.
      return CITIZEN_ROUTES[descriptor.type] ? { expected: 404, why: 'no access token' } : { expected: 401, why: 'no credentials' };
    case 'other-agency': return { expected: 404, why: 'dossier of another agency' };
    case 'citizen':
      // The citizen's access token is not an officer identity on the officer route.
      if (!CITIZEN_ROUTES[descriptor.type]) return { expected: 401, why: 'access token is not an officer login' };
      return allowed(APPLICANT_ROLE) ? { expected: 200, why: 'allowed' } : { expected: 422, why: 'refused by the engine' };
    case 'officer':
      if (CITIZEN_EVENTS.has(descriptor.type)) return { expected: 403, why: 'citizen event sent by an officer' };
      return allowed(caller.role) ? { expected: 200, why: 'allowed' } : { expected: 422, why: 'refused by the engine' };
  }
}

const rows: Row[] = states.flatMap((reached) => descriptors.flatMap((descriptor) => {
  const callers: Caller[] = [
    ...roles.map((role): Caller => ({ kind: 'officer', role })),
    { kind: 'citizen' },
    // The officer of another agency holds the role the engine lets act, when there is one: agency alone refuses.
    { kind: 'other-agency', role: descriptor.roles.find((role) => roles.includes(role)) ?? roles[0]! },
    { kind: 'anonymous' },
  ];
  return callers.map((caller): Row => {
    const who = caller.kind === 'officer' ? caller.role : caller.kind === 'other-agency' ? `${caller.role}@${otherAgency}` : caller.kind;
    return { label: `${labelOf(reached)} × ${descriptor.type} × ${who}`, state: reached, type: descriptor.type, caller, ...expectation(reached, descriptor, caller) };
  });
}));

const serverUrl = process.env['DATABASE_URL'];
const storeName = serverUrl ? 'PostgreSQL' : 'embedded PGlite';

describe(`authorization matrix: birth registration, every role × action × state (${storeName})`, { timeout: 60_000 }, () => {
  let store: StoreUnderTest;
  let handle: DossierService;
  const shared = new Map<string, { code: string; accessToken: string }>();
  let keys = 0;

  beforeAll(async () => {
    store = serverUrl ? await openScratchPostgresStore(serverUrl) : await createPgliteStore();
    handle = createDossierService({ procedures: [birth], store, authenticate: createTokenAuthenticator({ secret, now }), agencies: [agency, otherAgency], now });
    for (const reached of states) shared.set(reached.key, await drive(reached));
  }, 120_000);
  afterAll(async () => { await store?.close(); });

  const tokenOf = (identity: Identity) => mintToken({ secret, now }, identity);

  const call = serviceCaller(() => handle);

  /** A new dossier driven along `reached.path` through the API. */
  async function drive(reached: Reached): Promise<{ code: string; accessToken: string }> {
    const submitted = await call('POST', '/api/dossiers', { body: submission, headers: { 'idempotency-key': `matrix-${String(keys++).padStart(6, '0')}` } });
    expect(submitted.status).toBe(201);
    const { code, accessToken } = submitted.body as { code: string; accessToken: string };
    let version = 1;
    for (const step of reached.path) {
      const response = step.role === APPLICANT_ROLE
        ? await call('POST', `/api/dossiers/${code}/${CITIZEN_ROUTES[step.type]}`, { token: accessToken, body: { ...step.payload, expectedVersion: version } })
        : await call('POST', `/api/dossiers/${code}/actions`, { token: tokenOf({ sub: `${step.role}-1`, role: step.role, agency }), body: { type: step.type, expectedVersion: version, ...step.payload } });
      expect(response.status, `${step.type} as ${step.role} on the way to ${labelOf(reached)}: ${JSON.stringify(response.body)}`).toBe(200);
      version = response.body['version'];
    }
    const stored = (await store.findByCode(code))!;
    expect(stored.state).toBe(reached.name);
    return { code, accessToken };
  }

  async function attempt(row: Row, code: string, accessToken: string, version: number) {
    const descriptor = descriptors.find((d) => d.type === row.type)!;
    const payload = payloadOf(descriptor, row.state.state);
    const { caller } = row;
    const route = CITIZEN_ROUTES[row.type];
    if (caller.kind === 'citizen' || (caller.kind === 'anonymous' && route)) {
      const token = caller.kind === 'citizen' ? accessToken : undefined;
      if (route) return call('POST', `/api/dossiers/${code}/${route}`, { ...(token ? { token } : {}), body: { ...payload, expectedVersion: version } });
      return call('POST', `/api/dossiers/${code}/actions`, { token: accessToken, body: { type: row.type, expectedVersion: version, ...payload } });
    }
    const token = caller.kind === 'officer' ? tokenOf({ sub: `${caller.role}-1`, role: caller.role, agency })
      : caller.kind === 'other-agency' ? tokenOf({ sub: `${caller.role}-x`, role: caller.role, agency: otherAgency }) : undefined;
    return call('POST', `/api/dossiers/${code}/actions`, { ...(token ? { token } : {}), body: { type: row.type, expectedVersion: version, ...payload } });
  }

  it('reaches every state of the procedure, the finals included', () => {
    const names = new Set(states.map((s) => s.name));
    for (const name of ['submitted', 'appraisal', 'approval', 'awaitingSupplement', 'resultReady', 'returned', 'refused', 'withdrawn']) expect(names).toContain(name);
    expect(rows.some((row) => row.expected === 200)).toBe(true);
  });

  it.each(rows.map((row) => [row.label, row.expected, row.why, row] as const))('%s → %i (%s)', async (_label, expected, _why, row) => {
    if (expected === 200) {
      const fresh = await drive(row.state);
      const before = (await store.findByCode(fresh.code))!;
      const eventsBefore = await store.listEvents(before.id);
      const response = await attempt(row, fresh.code, fresh.accessToken, before.version);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body['version']).toBe(before.version + 1);
      const eventsAfter = await store.listEvents(before.id);
      expect(eventsAfter.length).toBeGreaterThan(eventsBefore.length);
      expect(eventsAfter.slice(eventsBefore.length).map((e) => e.type)).toContain(row.type);
      expect(await store.verifyChain(before.id)).toMatchObject({ valid: true });
      return;
    }
    const { code, accessToken } = shared.get(row.state.key)!;
    const before = (await store.findByCode(code))!;
    const eventsBefore = await store.listEvents(before.id);
    const response = await attempt(row, code, accessToken, before.version);
    expect(response.status, JSON.stringify(response.body)).toBe(expected);
    expect(response.body['error']).toMatchObject({ code: expect.any(String), message: { vi: expect.any(String), en: expect.any(String) } });
    if (expected === 422) expect(response.body['rejection']).toMatchObject({ code: expect.any(String) });
    const after = (await store.findByCode(code))!;
    expect(after.version).toBe(before.version);
    expect(after.state).toBe(before.state);
    const eventsAfter = await store.listEvents(before.id);
    expect(eventsAfter.map((e) => e.hash)).toEqual(eventsBefore.map((e) => e.hash));
  });
});
