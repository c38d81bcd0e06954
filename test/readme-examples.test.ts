import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeDueDate, evaluateCondition, validateFormData, validateProcedure } from '@motcua/core';

// The code shown in README.md, run as written, so the documentation cannot drift from the code.
describe('README examples', () => {
  const readme = readFileSync(path.resolve(import.meta.dirname, '../README.md'), 'utf8');

  it('the due date of a same-day dossier received at 16:00 before Tết 2026', () => {
    const { dueAt } = computeDueDate({ receivedAt: '2026-02-13T16:00:00+07:00', term: { unit: 'same-day' } });
    expect(dueAt).toBe('2026-02-23T17:00:00+07:00');
    expect(readme).toContain(`// → '${dueAt}'`);
  });

  it('a condition inside list items, judged per item', () => {
    const question = JSON.parse(/```json\n(\s*\{ "field": "relationshipOther"[^`]*)```/.exec(readme)![1]!);
    const procedure = JSON.parse(readFileSync(path.resolve(import.meta.dirname, 'fixtures/procedures/valid/household-members.json'), 'utf8'));
    procedure.form.layout.pages[0].fields[4].itemFields[2] = question;
    expect(validateProcedure(procedure).errors).toEqual([]);
    const data = { fullName: 'Nguyễn Văn An', copies: 1, members: [
      { fullName: 'Trần Thị Bình', relationship: 'other' }, { fullName: 'Nguyễn Văn Cường', relationship: 'child' }] };
    const issues = validateFormData(procedure.form, data, { complete: true, env: { data } });
    expect(issues.map((i) => [i.path, i.message.en])).toEqual([['members.0.relationshipOther', 'is required in this case']]);
    expect(readme).toContain("// → [{ path: 'members.0.relationshipOther', message: { en: 'is required in this case', … } }]");
  });

  it('a condition', () => {
    expect(evaluateCondition({ '>': [{ var: 'copies' }, 2] }, { data: { copies: 3 } })).toBe(true);
  });

  it('the validate output line for a misspelt role', () => {
    const text = readFileSync(path.resolve(import.meta.dirname, 'fixtures/procedures/valid/minimal.json'), 'utf8').replace('"role": "chair"', '"role": "chiar"');
    const [e] = validateProcedure(text).errors;
    expect(readme).toContain(`p.json:${e!.line}:${e!.column}  ${e!.code}  ${e!.message.vi} (${e!.pointer})  Gợi ý: ${e!.hint!.vi}`);
  });
});

describe('README: run dossiers', () => {
  it('drives a birth registration through reception, as the README shows', async () => {
    const { compileProcedure, createDossierRuntime } = await import('@motcua/core');
    const procedure = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../examples/procedures/birth-registration-1.001193.json'), 'utf8'));
    const person = { ethnicity: 'Kinh', nationality: 'Việt Nam' };
    const data = {
      child: { fullName: 'Nguyễn Bảo An', sex: 'female', dateOfBirth: '2026-02-10', placeOfBirth: { unitCode: '00004' }, hometown: 'Hà Nội', ...person },
      bornThroughSurrogacy: false,
      mother: { fullName: 'Trần Thị Mai', dateOfBirth: '1994-02-02', citizenId: '001194000004', residence: { unitCode: '00004' }, ...person },
      fatherUndetermined: true,
      requester: { relation: 'mother', fullName: 'Trần Thị Mai', dateOfBirth: '1994-02-02', citizenId: '001194000004', phone: '0966666666' },
      feeExemptGroup: 'none',
      extraCopies: 0,
    };
    const runtime = createDossierRuntime(compileProcedure(procedure));
    const dossier = runtime.create({ channel: 'online', at: '2026-03-02T08:00:00+07:00', data, prefilled: ['mother.residence'] });
    let r = runtime.send(dossier, { type: 'SUBMIT', actor: { id: 'c1', role: 'applicant' }, at: '2026-03-02T08:05:00+07:00', documents: ['to-khai', 'giay-chung-sinh'] });
    if (!r.ok) throw new Error(r.rejection.message.en);
    r = runtime.send(r.ok ? r.state : dossier, { type: 'reception.accept', actor: { id: 'o1', role: 'reception-officer' }, at: '2026-03-02T09:00:00+07:00' });
    if (!r.ok) throw new Error(r.rejection.message.en);
    expect(runtime.dueDate(r.state)).toBe('2026-03-02T17:00:00+07:00');
    expect(readFileSync(path.resolve(import.meta.dirname, '../README.md'), 'utf8')).toContain(`runtime.dueDate(r.state);                           // '${runtime.dueDate(r.state)}'`);
    expect(runtime.missingComponents(r.state).waived.map((w: { id: string }) => w.id).length).toBeGreaterThan(0);
    expect(r.events.length).toBe(1);
    const lean = runtime.toSnapshotJson(r.state, { data: false });
    expect(lean).not.toContain('Nguyễn Bảo An');
    expect(runtime.restore(lean, { data: r.state.context.data }).context).toEqual(r.state.context);
  });
});

describe('README: the server', { timeout: 60_000 }, () => {
  it('mounts createDossierHandler on Node and createDossierService on fetch, answering alike', async () => {
    const { createServer } = await import('node:http');
    const { createDossierHandler, createDossierService, createPgliteStore, createTokenAuthenticator, toNodeListener } = await import('@motcua/server');
    const procedures = [JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../examples/procedures/birth-registration-1.001193.json'), 'utf8'))];
    const options = { procedures, store: await createPgliteStore(), authenticate: createTokenAuthenticator({ secret: 'r'.repeat(32) }) };
    const server = createServer(toNodeListener(createDossierHandler(options))).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as { port: number };
      const overNode = await fetch(`http://127.0.0.1:${port}/api/procedures`);
      const handle = createDossierService(options);
      const overFetch = await handle(new Request('http://localhost/api/procedures'));
      expect(overNode.status).toBe(200);
      expect(await overNode.json()).toEqual(await overFetch.json());
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    const readme = readFileSync(path.resolve(import.meta.dirname, '../README.md'), 'utf8');
    expect(readme).toContain('createServer(toNodeListener(createDossierHandler(options))).listen(8080');
    expect(readme).toContain('const handle = createDossierService(options);');
  });
});

describe('docs/server-api.md: your own officer sign-in', { timeout: 60_000 }, () => {
  it('plugs a per-officer key authenticator into the service: the role is the key\'s, an unknown key is 401, none is 401', async () => {
    const { AuthenticationError, createDossierService, createPgliteStore } = await import('@motcua/server');
    type Authenticate = import('@motcua/server').Authenticate;
    type Identity = import('@motcua/server').Identity;
    const doc = readFileSync(path.resolve(import.meta.dirname, '../docs/server-api.md'), 'utf8');
    // The example, as the document shows it.
    const officers = new Map<string, Identity>([['key-reception-01', { sub: 'tran.thi.b', role: 'reception-officer', agency: '000.00.01.H26' }]]);
    const authenticate: Authenticate = async (request) => {
      const match = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '');
      if (match === null) return null;
      const identity = officers.get(match[1]!);
      if (identity === undefined) throw new AuthenticationError('Unknown officer key');
      return identity;
    };
    for (const line of [
      "const officers = new Map<string, Identity>([['key-reception-01', { sub: 'tran.thi.b', role: 'reception-officer', agency: '000.00.01.H26' }]]);",
      "  const match = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '');",
      "  if (identity === undefined) throw new AuthenticationError('Unknown officer key');",
      'const handle = createDossierService({ procedures, store, authenticate });',
    ]) expect(doc).toContain(line);
    const procedures = [JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../examples/procedures/birth-registration-1.001193.json'), 'utf8'))];
    const handle = createDossierService({ procedures, store: await createPgliteStore(), authenticate });
    const inbox = (authorization?: string) => handle(new Request('http://localhost/api/inbox', authorization ? { headers: { authorization } } : {}));
    const signedIn = await inbox('Bearer key-reception-01');
    expect(signedIn.status).toBe(200);
    expect(await signedIn.json()).toMatchObject({ role: 'reception-officer', agency: '000.00.01.H26', dossiers: [] });
    const unknown = await inbox('Bearer key-forged');
    expect(unknown.status).toBe(401);
    expect((await unknown.json()).error.code).toBe('unauthenticated');
    expect((await inbox()).status).toBe(401);
  });
});
