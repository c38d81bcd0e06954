import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileProcedure, type DossierCommand } from '../compile/index.js';
import { createDossierRuntime, type DossierState } from './index.js';

const root = path.resolve(import.meta.dirname, '../../../..');
const bundle = JSON.parse(readFileSync(path.join(root, 'examples/procedures/child-under-6-bundle.json'), 'utf8'));

const parent = { id: 'p-1', role: 'applicant' };
const reception = { id: 'r-1', role: 'reception-officer' };
const registrar = { id: 'h-1', role: 'civil-status-officer' };
const chairman = { id: 'c-1', role: 'commune-chairman' };
const police = { id: 'ca-1', role: 'residence-officer' };
const insurance = { id: 'bh-1', role: 'social-insurance-officer' };

const data = {
  child: { fullName: 'Phạm Gia Huy', sex: 'male', dateOfBirth: '2026-02-20', placeOfBirth: { unitCode: '00004' }, hometown: 'Nam Định', ethnicity: 'Kinh', nationality: 'Việt Nam' },
  bornThroughSurrogacy: false,
  mother: { fullName: 'Vũ Thị Lan', dateOfBirth: '1996-04-04', citizenId: '036196000002', ethnicity: 'Kinh', nationality: 'Việt Nam', residence: { unitCode: '00004' } },
  fatherUndetermined: true,
  requester: { relation: 'mother', fullName: 'Vũ Thị Lan', dateOfBirth: '1996-04-04', citizenId: '036196000002', phone: '0901234567' },
  feeExemptGroup: 'none',
  residence: { registerAt: 'mother' },
  healthInsurance: { primaryCareFacility: 'Trạm y tế phường Hoàn Kiếm' },
};

function setup() {
  const runtime = createDossierRuntime(compileProcedure(bundle), { generateId: () => 'lt-1' });
  const ok = (state: DossierState, command: DossierCommand) => {
    const result = runtime.send(state, command);
    if (!result.ok) throw new Error(`${command.type} rejected: ${result.rejection.code} ${result.rejection.message.en}`);
    return result;
  };
  /** Drives a dossier into the parallel group (Monday 02/03/2026). */
  const toParallel = () => {
    let s = runtime.create({ channel: 'online', at: '2026-03-02T08:00:00+07:00', data, prefilled: ['mother.residence'] });
    s = ok(s, { type: 'SUBMIT', actor: parent, at: '2026-03-02T08:10:00+07:00', documents: ['to-khai', 'giay-chung-sinh'] }).state;
    s = ok(s, { type: 'reception.accept', actor: reception, at: '2026-03-02T09:00:00+07:00' }).state;
    s = ok(s, { type: 'birth-appraisal.forward', actor: registrar, at: '2026-03-02T10:00:00+07:00' }).state;
    return ok(s, { type: 'birth-approval.approve', actor: chairman, at: '2026-03-02T14:00:00+07:00' }).state;
  };
  return { runtime, ok, toParallel };
}

describe('child-under-6 bundle: parallel inter-agency branches (Decree 61/2018 Art. 19(6))', () => {
  it('opens both branches at once and continues only when both have joined', () => {
    const { runtime, ok, toParallel } = setup();
    let state = toParallel();
    expect(runtime.status(state)).toEqual({ state: 'linked-registrations', code: 4, steps: ['residence-registration', 'health-insurance-card'], closed: false });
    expect(runtime.availableActions(state, 'residence-officer').map((a) => a.type)).toEqual(['residence-registration.approve', 'residence-registration.request-supplement', 'EXTEND']);
    expect(runtime.availableActions(state, 'social-insurance-officer').map((a) => a.type)).toEqual(['health-insurance-card.approve', 'EXTEND']);
    state = ok(state, { type: 'health-insurance-card.approve', actor: insurance, at: '2026-03-03T09:00:00+07:00' }).state;
    expect(runtime.status(state)).toMatchObject({ state: 'linked-registrations', steps: ['residence-registration'] });
    const again = runtime.send(state, { type: 'health-insurance-card.approve', actor: insurance, at: '2026-03-03T09:30:00+07:00' });
    expect(!again.ok && again.rejection.code).toBe('not-allowed-in-state');
    const joined = ok(state, { type: 'residence-registration.approve', actor: police, at: '2026-03-03T10:00:00+07:00' });
    expect(joined.events[0]).toMatchObject({ fromState: 'linked-registrations', toState: 'result-return', status: 4 });
    state = ok(joined.state, { type: 'result-return.complete', actor: reception, at: '2026-03-03T11:00:00+07:00' }).state;
    expect(runtime.status(state).code).toBe(9);
    state = ok(state, { type: 'HANDOVER', actor: reception, at: '2026-03-03T14:00:00+07:00' }).state;
    expect(runtime.status(state)).toMatchObject({ state: 'returned', code: 10 });
  });

  it('a supplement asked for in one branch returns to the group with the other branch where it was', () => {
    const { runtime, ok, toParallel } = setup();
    let state = ok(toParallel(), { type: 'health-insurance-card.approve', actor: insurance, at: '2026-03-03T09:00:00+07:00' }).state;
    state = ok(state, { type: 'residence-registration.request-supplement', actor: police, at: '2026-03-03T09:30:00+07:00', missingComponents: ['giay-to-cho-o-hop-phap'] }).state;
    expect(runtime.status(state)).toMatchObject({ state: 'awaitingSupplement', code: 5 });
    expect(state.context.request?.step).toBe('residence-registration');
    // The history survives a JSON round trip of the snapshot.
    const restored = runtime.restore(JSON.stringify(runtime.toSnapshot(state)));
    for (const s of [state, restored]) {
      const back = ok(s, { type: 'SUPPLEMENT', actor: parent, at: '2026-03-04T09:00:00+07:00', documents: ['giay-to-cho-o-hop-phap'] }).state;
      expect(runtime.status(back)).toMatchObject({ state: 'linked-registrations', steps: ['residence-registration'] });
      const done = ok(back, { type: 'residence-registration.approve', actor: police, at: '2026-03-04T10:00:00+07:00' }).state;
      expect(runtime.status(done).state).toBe('result-return');
    }
  });

  it('the applicant can withdraw while the branches run; officers of a branch cannot act on the other', () => {
    const { runtime, ok, toParallel } = setup();
    const state = toParallel();
    const wrong = runtime.send(state, { type: 'health-insurance-card.approve', actor: police, at: '2026-03-03T09:00:00+07:00' });
    expect(!wrong.ok && wrong.rejection).toMatchObject({ code: 'wrong-role', allowedRoles: ['social-insurance-officer'] });
    const withdrawn = ok(state, { type: 'WITHDRAW', actor: parent, at: '2026-03-03T09:00:00+07:00', reason: 'Đăng ký ở nơi khác' }).state;
    expect(runtime.status(withdrawn)).toMatchObject({ state: 'withdrawn', code: 7 });
  });

  it('the extension applies to the dossier while its branches run', () => {
    const { runtime, ok, toParallel } = setup();
    const state = toParallel();
    expect(runtime.dueDate(state)).toBe('2026-03-05T17:00:00+07:00');
    const extended = ok(state, { type: 'EXTEND', actor: police, at: '2026-03-04T09:00:00+07:00', newDueDate: '2026-03-09', reason: 'Chờ xác minh chỗ ở' }).state;
    expect(runtime.status(extended)).toMatchObject({ state: 'linked-registrations', steps: ['residence-registration', 'health-insurance-card'] });
    expect(runtime.dueDate(extended)).toBe('2026-03-09T17:00:00+07:00');
  });

  it('a group whose next is result-ready finishes processing when its last branch joins', () => {
    const variant = structuredClone(bundle);
    variant.workflow.steps = variant.workflow.steps.filter((s: { id: string }) => s.id !== 'result-return');
    variant.workflow.steps.find((s: { id: string }) => s.id === 'linked-registrations').next = 'result-ready';
    const runtime = createDossierRuntime(compileProcedure(variant), { generateId: () => 'lt-2' });
    let state = runtime.create({ channel: 'online', at: '2026-03-02T08:00:00+07:00', data, prefilled: ['mother.residence'] });
    const steps: [string, { id: string; role: string }][] = [
      ['SUBMIT', parent], ['reception.accept', reception], ['birth-appraisal.forward', registrar], ['birth-approval.approve', chairman],
      ['residence-registration.approve', police], ['health-insurance-card.approve', insurance],
    ];
    steps.forEach(([type, actor], i) => {
      const result = runtime.send(state, { type: type as DossierCommand['type'], actor, at: `2026-03-03T0${i + 1}:00:00+07:00`, documents: ['to-khai', 'giay-chung-sinh'] });
      if (!result.ok) throw new Error(result.rejection.message.en);
      state = result.state;
    });
    expect(runtime.status(state)).toMatchObject({ state: 'resultReady', code: 9 });
    expect(state.context.finishedAt).toBe('2026-03-03T06:00:00+07:00');
  });
});
