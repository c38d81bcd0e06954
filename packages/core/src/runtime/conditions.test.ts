import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileProcedure, type DossierCommand } from '../compile/index.js';
import { createDossierRuntime, type CreateDossierInput, type DossierState } from './index.js';

const root = path.resolve(import.meta.dirname, '../../../..');
const read = (file: string) => JSON.parse(readFileSync(path.join(root, 'examples/procedures', file), 'utf8'));

function setup(file: string) {
  const runtime = createDossierRuntime(compileProcedure(read(file)), { generateId: () => 'c-1' });
  const ok = (state: DossierState, command: DossierCommand) => {
    const result = runtime.send(state, command);
    if (!result.ok) throw new Error(`${command.type} rejected: ${result.rejection.code} ${result.rejection.message.en}`);
    return result;
  };
  const received = (input: Omit<CreateDossierInput, 'at'>, documents: string[], receptionRole: string, at = '2026-03-02T09:00:00+07:00') => {
    const draft = runtime.create({ ...input, at });
    const submitted = ok(draft, { type: 'SUBMIT', actor: { id: 'a', role: 'applicant' }, at, documents }).state;
    return ok(submitted, { type: `${read(file).workflow.start}.${read(file).workflow.steps[0].actions[0].id}` as `${string}.${string}`, actor: { id: 'r', role: receptionRole }, at });
  };
  return { runtime, ok, received };
}

const lltp = {
  requester: 'self', cardType: '1', nationality: 'viet-nam',
  applicant: { fullName: 'Hoàng Văn Em', citizenId: '001085000111', birthDate: '1985-08-08', phone: '0933333333' },
  history: { severalProvinces: false, livedAbroad: false }, purpose: 'Xin việc', copies: 1, feeGroup: 'standard',
};

describe('conditions from the procedure drive guards, waivers and the term', () => {
  it('judicial record: the case comes from the answers; the ID is waived when the population database has it', () => {
    const { runtime } = setup('judicial-record-certificate.json');
    const draft = runtime.create({ channel: 'online', at: '2026-03-02T09:00:00+07:00', data: lltp, prefilled: ['applicant.citizenId'] });
    const report = runtime.missingComponents(draft);
    expect(report.missing.map((c) => c.id)).toEqual(['to-khai-ban-than']);
    expect(report.waived.map((c) => c.id)).toEqual(['giay-to-tuy-than']);
  });

  it('judicial record: forwarding to verification is refused while its condition is false, and the refusal names it', () => {
    const { runtime, ok, received } = setup('judicial-record-certificate.json');
    const state = received({ channel: 'online', data: lltp, prefilled: ['applicant.citizenId'] }, ['to-khai-ban-than'], 'can-bo-tiep-nhan').state;
    expect(runtime.dueDate(state)).toBe('2026-03-12T17:00:00+07:00'); // 10 days
    const r = runtime.send(state, { type: 'tra-cuu.chuyen-xac-minh', actor: { id: 'l', role: 'can-bo-lltp' }, at: '2026-03-03T09:00:00+07:00' });
    expect(!r.ok && r.rejection).toMatchObject({ code: 'guard-false', condition: read('judicial-record-certificate.json').workflow.steps[1].actions[1].guard });
    expect(!r.ok && r.rejection.message.en).toContain('tra-cuu.chuyen-xac-minh');
    const actions = runtime.availableActions(state, 'can-bo-lltp');
    expect(actions.find((a) => a.type === 'tra-cuu.chuyen-xac-minh')).toMatchObject({ conditionHolds: false });
    // With the answer that makes it true, sent along with the action, it goes through.
    const moved = ok(state, { type: 'tra-cuu.chuyen-xac-minh', actor: { id: 'l', role: 'can-bo-lltp' }, at: '2026-03-03T09:00:00+07:00', data: { history: { livedAbroad: true } } });
    expect(runtime.status(moved.state).state).toBe('xac-minh');
    // …and the longer term of the override now applies (Law on Judicial Records Art. 48): 15 days.
    expect(moved.events[0]!.dueChange).toMatchObject({ kind: 'term-changed', previousDueAt: '2026-03-12T17:00:00+07:00', dueAt: '2026-03-17T17:00:00+07:00' });
  });

  it('judicial record: a person who lived abroad gets the 15-day term from reception', () => {
    const { runtime, received } = setup('judicial-record-certificate.json');
    const state = received({ channel: 'online', data: { ...lltp, history: { severalProvinces: false, livedAbroad: true } }, prefilled: ['applicant.citizenId'] }, ['to-khai-ban-than'], 'can-bo-tiep-nhan');
    expect(runtime.dueDate(state.state)).toBe('2026-03-17T17:00:00+07:00');
    expect(state.events[0]!.dueChange!.reason.en).toContain('lived abroad');
  });

  it('marriage: verification needed switches the guard and the term (Law on Civil Status Art. 18(2))', () => {
    const { runtime, ok, received } = setup('marriage-registration-1.000894.json');
    const person = (name: string, id: string) => ({ fullName: name, dateOfBirth: '1995-01-01', citizenId: id, ethnicity: 'Kinh', nationality: 'Việt Nam', residence: { unitCode: '00004' }, marriageNumber: 1 });
    const data = { groom: person('Ngô Văn Tú', '001095000001'), bride: person('Lý Thị Mai', '001195000002'), contact: { phone: '0944444444' } };
    const state = received({ channel: 'in-person', data }, ['to-khai', 'giay-to-tuy-than'], 'reception-officer').state;
    expect(runtime.missingComponents(state).waived.map((c) => c.id)).toEqual(['xac-nhan-tinh-trang-hon-nhan']);
    expect(runtime.dueDate(state)).toBe('2026-03-02T17:00:00+07:00');
    const officer = { id: 'h', role: 'civil-status-officer' };
    const tick = { officeUse: { verificationNeeded: true, verificationNote: 'Chưa có dữ liệu hôn nhân' } };
    const plain = runtime.send(state, { type: 'appraisal.forward', actor: officer, at: '2026-03-02T10:00:00+07:00', data: tick });
    expect(!plain.ok && plain.rejection.code).toBe('guard-false');
    const verify = ok(state, { type: 'appraisal.forward-verification', actor: officer, at: '2026-03-02T10:00:00+07:00', data: tick });
    expect(runtime.status(verify.state).state).toBe('verification');
    expect(verify.events[0]).toMatchObject({ payload: { data: tick }, dueAt: '2026-03-09T17:00:00+07:00', dueChange: { kind: 'term-changed' } });
  });
});
