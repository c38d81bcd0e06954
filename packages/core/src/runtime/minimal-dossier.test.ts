import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileProcedure, type DossierCommand } from '../compile/index.js';
import { createDossierRuntime, type DossierState, type SendResult } from './index.js';

const root = path.resolve(import.meta.dirname, '../../../..');
const minimal = JSON.parse(readFileSync(path.join(root, 'test/fixtures/procedures/valid/minimal.json'), 'utf8'));

const applicant = { id: 'citizen-1', role: 'applicant' };
const receiver = { id: 'officer-1', role: 'receiver', agency: 'commune' };
const chair = { id: 'chair-1', role: 'chair' };

function setup(procedure: unknown = minimal) {
  let n = 0;
  const runtime = createDossierRuntime(compileProcedure(procedure as never), { generateId: () => `d-${++n}` });
  /** Sends and expects acceptance. */
  const ok = (state: DossierState, command: DossierCommand) => {
    const result = runtime.send(state, command);
    if (!result.ok) throw new Error(`${command.type} rejected: ${result.rejection.code} ${result.rejection.message.en}`);
    return result;
  };
  const rejected = (result: SendResult) => {
    if (result.ok) throw new Error('expected a rejection');
    return result.rejection;
  };
  // Monday 02/03/2026, an ordinary working week.
  const draft = runtime.create({ channel: 'online', at: '2026-03-02T08:00:00+07:00', data: { fullName: 'Nguyễn Văn A', copies: 2 } });
  const submitted = ok(draft, { type: 'SUBMIT', actor: applicant, at: '2026-03-02T08:05:00+07:00', documents: ['application'] }).state;
  const received = ok(submitted, { type: 'reception.accept', actor: receiver, at: '2026-03-02T09:00:00+07:00' }).state;
  return { runtime, ok, rejected, draft, submitted, received };
}

describe('minimal procedure: the lifecycle', () => {
  it('runs the happy path to returned with status codes 1, 2, 9, 10 and one audit record per event', () => {
    const { runtime, ok, draft, submitted, received } = setup();
    expect(runtime.status(draft)).toMatchObject({ state: 'draft', code: null });
    expect(runtime.status(submitted)).toMatchObject({ state: 'submitted', code: 1, steps: ['reception'] });
    expect(runtime.status(received)).toMatchObject({ state: 'approval', code: 2 });
    expect(received.context.receivedAt).toBe('2026-03-02T09:00:00+07:00');
    // 3 working days after Monday: Thursday 05/03 at closing time.
    expect(runtime.dueDate(received)).toBe('2026-03-05T17:00:00+07:00');
    const approved = ok(received, { type: 'approval.approve', actor: chair, at: '2026-03-03T10:00:00+07:00' });
    expect(approved.events).toEqual([expect.objectContaining({
      type: 'approval.approve', role: 'chair', actor: chair, fromState: 'approval', toState: 'resultReady', status: 9,
      dueAt: '2026-03-05T17:00:00+07:00', dueChange: null, payload: {},
    })]);
    const returned = ok(approved.state, { type: 'HANDOVER', actor: receiver, at: '2026-03-04T08:00:00+07:00' });
    expect(runtime.status(returned.state)).toEqual({ state: 'returned', code: 10, steps: [], closed: true });
    expect(returned.state.context.returnedAt).toBe('2026-03-04T08:00:00+07:00');
  });

  it('records the start of the clock with its reason in the reception record', () => {
    const { runtime, submitted } = setup();
    const result = runtime.send(submitted, { type: 'reception.accept', actor: receiver, at: '2026-03-02T09:00:00+07:00' });
    expect(result.ok && result.events[0]!.dueChange).toMatchObject({ kind: 'started', previousDueAt: null, dueAt: '2026-03-05T17:00:00+07:00', reason: { en: 'Dossier received; the term is 3 working days.' } });
  });

  it('a status 2 dossier turns 4 after the next officer action (send-back to reception)', () => {
    const { runtime, ok, received } = setup();
    const back = ok(received, { type: 'approval.send-back', actor: chair, at: '2026-03-02T10:00:00+07:00', reason: 'Thiếu chữ ký' }).state;
    expect(runtime.status(back)).toMatchObject({ state: 'reception', code: 4 });
    // Accepting again does not restart the clock: the dossier was received once.
    const again = ok(back, { type: 'reception.accept', actor: receiver, at: '2026-03-03T10:00:00+07:00' });
    expect(runtime.status(again.state)).toMatchObject({ state: 'approval', code: 4 });
    expect(again.events[0]!.dueChange).toBeNull();
    expect(runtime.dueDate(again.state)).toBe('2026-03-05T17:00:00+07:00');
  });

  it('a supplement asked for at reception returns the dossier to reception; no clock runs yet', () => {
    const { runtime, ok, submitted } = setup();
    const asked = ok(submitted, { type: 'reception.supplement', actor: receiver, at: '2026-03-02T09:00:00+07:00', missingComponents: ['authorisation'] });
    expect(runtime.status(asked.state)).toMatchObject({ state: 'awaitingSupplement', code: 5 });
    expect(asked.state.context.request).toMatchObject({ kind: 'supplement', step: 'reception', components: ['authorisation'], afterReception: false });
    expect(runtime.dueDate(asked.state)).toBeNull();
    const back = ok(asked.state, { type: 'SUPPLEMENT', actor: applicant, at: '2026-03-04T09:00:00+07:00', documents: ['authorisation'] });
    expect(runtime.status(back.state)).toMatchObject({ state: 'submitted', code: 1 });
    expect(back.state.context.supplementRounds).toBe(1);
  });

  it('rejects SUPPLEMENT that does not bring what was asked for, listing it', () => {
    const { runtime, ok, rejected, submitted } = setup();
    const asked = ok(submitted, { type: 'reception.supplement', actor: receiver, at: '2026-03-02T09:00:00+07:00', missingComponents: ['authorisation'] }).state;
    const rejection = rejected(runtime.send(asked, { type: 'SUPPLEMENT', actor: applicant, at: '2026-03-03T09:00:00+07:00' }));
    expect(rejection).toMatchObject({ code: 'missing-components', components: [{ id: 'authorisation' }] });
  });

  it('refusal at reception is status 3; withdrawal is 7; both are closed', () => {
    const { runtime, ok, rejected, submitted, received } = setup();
    const refused = ok(submitted, { type: 'reception.refuse', actor: receiver, at: '2026-03-02T09:00:00+07:00', reason: 'Không thuộc thẩm quyền' }).state;
    expect(runtime.status(refused)).toMatchObject({ state: 'refused', code: 3, closed: true });
    expect(rejected(runtime.send(refused, { type: 'WITHDRAW', actor: applicant, at: '2026-03-02T10:00:00+07:00' })).code).toBe('dossier-closed');
    const withdrawn = ok(received, { type: 'WITHDRAW', actor: applicant, at: '2026-03-02T10:00:00+07:00' }).state;
    expect(runtime.status(withdrawn)).toMatchObject({ state: 'withdrawn', code: 7, closed: true });
    expect(withdrawn.context.finishedAt).toBe('2026-03-02T10:00:00+07:00');
  });

  it('withdrawal is not allowed once the result is ready', () => {
    const { runtime, ok, rejected, received } = setup();
    const ready = ok(received, { type: 'approval.approve', actor: chair, at: '2026-03-03T10:00:00+07:00' }).state;
    expect(rejected(runtime.send(ready, { type: 'WITHDRAW', actor: applicant, at: '2026-03-03T11:00:00+07:00' })).code).toBe('not-allowed-in-state');
  });

  it('extends the due date once (Decree 61/2018 Art. 19(9)); the second extension is rejected', () => {
    const { runtime, ok, rejected, received } = setup();
    const extended = ok(received, { type: 'EXTEND', actor: chair, at: '2026-03-04T09:00:00+07:00', newDueDate: '2026-03-10', reason: 'Cần xác minh thêm' });
    expect(runtime.dueDate(extended.state)).toBe('2026-03-10T17:00:00+07:00');
    expect(extended.events[0]!.dueChange).toMatchObject({ kind: 'extended', previousDueAt: '2026-03-05T17:00:00+07:00', reason: { vi: 'Cần xác minh thêm' }, legalBasis: 'Nghị định 61/2018/NĐ-CP Điều 19 khoản 9' });
    expect(runtime.status(extended.state)).toMatchObject({ state: 'approval', code: 2 });
    const second = rejected(runtime.send(extended.state, { type: 'EXTEND', actor: chair, at: '2026-03-09T09:00:00+07:00', newDueDate: '2026-03-12', reason: 'Lần nữa' }));
    expect(second.code).toBe('extension-used');
    expect(second.message.en).toContain('only once');
  });

  it('rejects an extension that is not later, not on a working day, or comes with no reason or date', () => {
    const { runtime, rejected, received, submitted } = setup();
    const send = (extra: Partial<DossierCommand>) => runtime.send(received, { type: 'EXTEND', actor: chair, at: '2026-03-04T09:00:00+07:00', ...extra });
    expect(rejected(send({ newDueDate: '2026-03-05', reason: 'x' }))).toMatchObject({ code: 'invalid-data', issues: [{ path: 'newDueDate' }] });
    expect(rejected(send({ newDueDate: '2026-03-07', reason: 'x' }))).toMatchObject({ code: 'invalid-data' }); // a Saturday
    expect(rejected(send({ newDueDate: '2026-03-10' }))).toMatchObject({ code: 'missing-requirement', requirement: 'reason' });
    expect(rejected(send({ reason: 'x' }))).toMatchObject({ code: 'missing-requirement', requirement: 'new-due-date' });
    // Before reception there is no due date to move.
    expect(rejected(runtime.send(submitted, { type: 'EXTEND', actor: chair, at: '2026-03-02T08:30:00+07:00', newDueDate: '2026-03-10', reason: 'x' })).code).toBe('not-allowed-in-state');
  });
});

describe('minimal procedure: refusals say why', () => {
  it('wrong role', () => {
    const { runtime, rejected, received } = setup();
    const r = rejected(runtime.send(received, { type: 'approval.approve', actor: receiver, at: '2026-03-02T10:00:00+07:00' }));
    expect(r).toMatchObject({ code: 'wrong-role', allowedRoles: ['chair'] });
    expect(r.message.vi).toContain('receiver');
    // Citizen events need the applicant role.
    expect(rejected(runtime.send(received, { type: 'WITHDRAW', actor: chair, at: '2026-03-02T10:00:00+07:00' })).code).toBe('wrong-role');
  });

  it('missing requirement names the requirement', () => {
    const { runtime, rejected, submitted, received } = setup();
    expect(rejected(runtime.send(submitted, { type: 'reception.refuse', actor: receiver, at: '2026-03-02T09:00:00+07:00', reason: '  ' })))
      .toMatchObject({ code: 'missing-requirement', requirement: 'reason', message: { en: '"reception.refuse" needs a reason (not blank).' } });
    expect(rejected(runtime.send(submitted, { type: 'reception.supplement', actor: receiver, at: '2026-03-02T09:00:00+07:00', missingComponents: [] })))
      .toMatchObject({ code: 'missing-requirement', requirement: 'missing-components' });
    expect(rejected(runtime.send(submitted, { type: 'reception.supplement', actor: receiver, at: '2026-03-02T09:00:00+07:00', missingComponents: ['passport'] })))
      .toMatchObject({ code: 'missing-requirement', requirement: 'missing-components', issues: [{ path: 'missingComponents' }] });
    expect(rejected(runtime.send(received, { type: 'approval.send-back', actor: chair, at: '2026-03-02T10:00:00+07:00' })).requirement).toBe('reason');
  });

  it('SUBMIT lists the missing components, including those required by a condition', () => {
    const { runtime, rejected, draft } = setup();
    const r = rejected(runtime.send(draft, { type: 'SUBMIT', actor: applicant, at: '2026-03-02T08:05:00+07:00', data: { urgent: true } }));
    expect(r.code).toBe('missing-components');
    expect(r.components!.map((c) => c.id)).toEqual(['application', 'authorisation']);
    expect(r.message.en).toBe('The dossier still lacks: Application form, Authorisation.');
    expect(runtime.missingComponents(draft).missing.map((c) => c.id)).toEqual(['application']);
  });

  it('invalid data: unknown fields, wrong types and missing required fields at SUBMIT', () => {
    const { runtime, rejected, draft } = setup();
    const r = rejected(runtime.send(draft, { type: 'SUBMIT', actor: applicant, at: '2026-03-02T08:05:00+07:00', documents: ['application'], data: { copies: 0, nickname: 'x' } }));
    expect(r.code).toBe('invalid-data');
    expect(r.issues!.map((i) => i.path)).toEqual(['data.copies', 'data.nickname']);
    const empty = runtime.create({ channel: 'online', at: '2026-03-02T08:00:00+07:00' });
    expect(rejected(runtime.send(empty, { type: 'SUBMIT', actor: applicant, at: '2026-03-02T08:05:00+07:00', documents: ['application'] })).issues!.map((i) => i.path))
      .toEqual(['fullName', 'copies']);
  });

  it('unknown action, not allowed in state, time going backwards, garbage', () => {
    const { runtime, rejected, draft, received } = setup();
    expect(rejected(runtime.send(received, { type: 'approval.sign', actor: chair, at: '2026-03-02T10:00:00+07:00' })).code).toBe('unknown-action');
    expect(rejected(runtime.send(draft, { type: 'approval.approve', actor: chair, at: '2026-03-02T10:00:00+07:00' })).code).toBe('not-allowed-in-state');
    expect(rejected(runtime.send(received, { type: 'HANDOVER', actor: receiver, at: '2026-03-02T10:00:00+07:00' })).code).toBe('not-allowed-in-state');
    expect(rejected(runtime.send(received, { type: 'approval.approve', actor: chair, at: '2026-03-01T10:00:00+07:00' }))).toMatchObject({ code: 'invalid-data', issues: [{ path: 'at' }] });
    expect(rejected(runtime.send(received, { type: 'approval.approve', actor: chair, at: 'tomorrow' }))).toMatchObject({ code: 'invalid-data' });
    expect(rejected(runtime.send(received, null as unknown as DossierCommand)).code).toBe('invalid-data');
    expect(rejected(runtime.send(received, { type: 'approval.approve', at: '2026-03-02T10:00:00+07:00' } as unknown as DossierCommand))).toMatchObject({ code: 'invalid-data', issues: [{ path: 'actor' }] });
  });

  it('never mutates the state it is given, accepted or not', () => {
    const { runtime, received } = setup();
    const before = JSON.stringify(runtime.toSnapshot(received));
    const data = { fullName: 'B' };
    runtime.send(received, { type: 'approval.approve', actor: chair, at: '2026-03-02T10:00:00+07:00', data });
    runtime.send(received, { type: 'approval.approve', actor: receiver, at: '2026-03-02T10:00:00+07:00' });
    data.fullName = 'changed by the caller afterwards';
    expect(JSON.stringify(runtime.toSnapshot(received))).toBe(before);
    expect(Object.isFrozen(received)).toBe(true);
  });

  it('an older state stays usable after the dossier moved on from it', () => {
    const { runtime, ok, received } = setup();
    const a = ok(received, { type: 'approval.approve', actor: chair, at: '2026-03-02T10:00:00+07:00' }).state;
    const b = ok(received, { type: 'approval.send-back', actor: chair, at: '2026-03-02T10:00:00+07:00', reason: 'x' }).state;
    expect([runtime.status(a).state, runtime.status(b).state]).toEqual(['resultReady', 'reception']);
  });
});

describe('minimal procedure: queries', () => {
  it('availableActions lists only what the role may do now', () => {
    const { runtime, draft, submitted, received } = setup();
    expect(runtime.availableActions(draft, 'applicant').map((a) => a.type)).toEqual(['SUBMIT']);
    // No EXTEND before reception: there is no due date to re-set yet.
    expect(runtime.availableActions(submitted, 'receiver').map((a) => a.type)).toEqual(['reception.accept', 'reception.supplement', 'reception.refuse']);
    expect(runtime.availableActions(submitted, 'applicant').map((a) => a.type)).toEqual(['WITHDRAW']);
    expect(runtime.availableActions(received, 'chair').map((a) => [a.type, a.requires])).toEqual([
      ['approval.approve', []], ['approval.send-back', ['reason']], ['EXTEND', ['new-due-date', 'reason']],
    ]);
    expect(runtime.availableActions(received, 'receiver').map((a) => a.type)).toEqual(['EXTEND']);
    expect(runtime.availableActions(received, 'chair')[0]!.title).toEqual({ vi: 'Phê duyệt', en: 'Approve' });
  });

  it('feesDue multiplies by the copies asked for; dueness follows the clock', () => {
    const { runtime, received } = setup();
    expect(runtime.feesDue(received)).toMatchObject({ total: 16000, items: [{ id: 'copy-fee', quantity: 2, amount: 16000 }] });
    expect(runtime.dueness(received, '2026-03-03T09:00:00+07:00')).toBe('on-track');
    expect(runtime.dueness(received, '2026-03-05T09:00:00+07:00')).toBe('due-soon');
    expect(runtime.dueness(received, '2026-03-06T09:00:00+07:00')).toBe('overdue');
  });

  it('create refuses a channel the procedure does not offer', () => {
    const { runtime } = setup();
    expect(() => runtime.create({ channel: 'postal', at: '2026-03-02T08:00:00+07:00' })).toThrow(RangeError);
  });
});

describe('minimal procedure with a fee request and a stop', () => {
  const variant = structuredClone(minimal);
  variant.workflow.steps[1].actions.push(
    { id: 'request-fee', kind: 'request-payment', title: { vi: 'Yêu cầu nộp phí', en: 'Request the fee' }, target: 'awaiting-payment' },
    { id: 'stop', kind: 'stop', title: { vi: 'Dừng xử lý', en: 'Stop' }, target: 'stopped', requires: ['reason'] },
  );

  it('awaiting payment is status 6, stops the clock, and PAY returns to the step that asked', () => {
    const { runtime, ok, received } = setup(variant);
    const asked = ok(received, { type: 'approval.request-fee', actor: chair, at: '2026-03-02T13:30:00+07:00' });
    expect(runtime.status(asked.state)).toMatchObject({ state: 'awaitingPayment', code: 6 });
    expect(asked.events[0]!.dueChange).toMatchObject({ kind: 'paused' });
    expect(runtime.availableActions(asked.state, 'applicant').map((a) => a.type)).toEqual(['PAY', 'WITHDRAW']);
    // Paid a working day of office time later: the due date moves by one working day.
    const paid = ok(asked.state, { type: 'PAY', actor: applicant, at: '2026-03-03T13:30:00+07:00', attachments: ['bien-lai.pdf'] });
    expect(runtime.status(paid.state)).toMatchObject({ state: 'approval', code: 4 });
    expect(paid.events[0]).toMatchObject({ payload: { attachments: ['bien-lai.pdf'] }, dueAt: '2026-03-06T17:00:00+07:00', dueChange: { kind: 'resumed' } });
  });

  it('stop is status 8 and needs a reason', () => {
    const { runtime, ok, received } = setup(variant);
    const noReason = runtime.send(received, { type: 'approval.stop', actor: chair, at: '2026-03-02T10:00:00+07:00' });
    expect(!noReason.ok && noReason.rejection.requirement).toBe('reason');
    const stopped = ok(received, { type: 'approval.stop', actor: chair, at: '2026-03-02T10:00:00+07:00', reason: 'Theo yêu cầu của cơ quan điều tra' }).state;
    expect(runtime.status(stopped)).toMatchObject({ state: 'stopped', code: 8, closed: true });
  });
});

describe('available actions judged at a given time', () => {
  it('stops offering the extension once it is too late (Decree 61/2018 Art. 19(9))', () => {
    const minimal = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../../test/fixtures/procedures/valid/minimal.json'), 'utf8'));
    const runtime = createDossierRuntime(compileProcedure(minimal));
    const actor = (role: string) => ({ id: role, role });
    let r = runtime.send(runtime.create({ channel: 'in-person', at: '2026-03-02T08:00:00+07:00', data: { fullName: 'A', copies: 1 } }),
      { type: 'SUBMIT', actor: actor('applicant'), at: '2026-03-02T08:01:00+07:00', documents: ['application'] });
    if (!r.ok) throw new Error(r.rejection.code);
    r = runtime.send(r.state, { type: 'reception.accept', actor: actor('receiver'), at: '2026-03-02T09:00:00+07:00' });
    if (!r.ok) throw new Error(r.rejection.code);
    expect(runtime.dueDate(r.state)).toBe('2026-03-05T17:00:00+07:00');
    const offered = (at: string) => runtime.availableActions(r.ok ? r.state : (undefined as never), 'chair', at).map((a) => a.type);
    expect(offered('2026-03-04T10:00:00+07:00')).toContain('EXTEND');
    expect(offered('2026-03-05T10:00:00+07:00')).not.toContain('EXTEND');
    const late = runtime.send(r.state, { type: 'EXTEND', actor: actor('chair'), at: '2026-03-05T10:00:00+07:00', reason: 'Xin lỗi', newDueDate: '2026-03-09' });
    expect(!late.ok && late.rejection.code).toBe('extension-too-late');
  });
});

describe('Vietnamese identifiers in the form', () => {
  it('rejects a personal ID number with an impossible province code at SUBMIT', () => {
    const minimal = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../../test/fixtures/procedures/valid/minimal.json'), 'utf8'));
    const runtime = createDossierRuntime(compileProcedure(minimal));
    const draft = runtime.create({ channel: 'in-person', at: '2026-03-02T08:00:00+07:00', data: { fullName: 'A', copies: 1, citizenId: '099094000004' } });
    const r = runtime.send(draft, { type: 'SUBMIT', actor: { id: 'c', role: 'applicant' }, at: '2026-03-02T08:01:00+07:00', documents: ['application'] });
    expect(!r.ok && r.rejection.code).toBe('invalid-data');
    expect(!r.ok && r.rejection.message.en).toContain('citizenId');
  });
});
