import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileProcedure, type DossierCommand } from '../compile/index.js';
import { createDossierRuntime, type CreateDossierInput, type DossierState } from './index.js';

const root = path.resolve(import.meta.dirname, '../../../..');
const birth = JSON.parse(readFileSync(path.join(root, 'examples/procedures/birth-registration-1.001193.json'), 'utf8'));

const applicant = { id: 'mother-1', role: 'applicant' };
const reception = { id: 'r-1', role: 'reception-officer' };
const registrar = { id: 'h-1', role: 'civil-status-officer' };
const chairman = { id: 'c-1', role: 'commune-chairman' };

const { data } = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../../test/fixtures/dossiers/birth-registration.json'), 'utf8')) as { data: Record<string, unknown> };

function setup(procedure: unknown = birth) {
  const runtime = createDossierRuntime(compileProcedure(procedure as never), { generateId: () => 'birth-1' });
  const ok = (state: DossierState, command: DossierCommand) => {
    const result = runtime.send(state, command);
    if (!result.ok) throw new Error(`${command.type} rejected: ${result.rejection.code} ${result.rejection.message.en}`);
    return result;
  };
  const draft = (input: Partial<CreateDossierInput> = {}) =>
    runtime.create({ channel: 'online', at: '2026-03-02T08:00:00+07:00', data, prefilled: ['mother.residence'], ...input });
  return { runtime, ok, draft };
}

describe('birth registration (1.001193)', () => {
  it('does not ask for the residence proof the population database holds, and says why', () => {
    const { runtime, draft } = setup();
    const report = runtime.missingComponents(draft());
    expect(report.waived).toEqual([expect.objectContaining({ id: 'giay-to-cu-tru', source: 'population' })]);
    expect(report.waived[0]!.reason.vi).not.toBe('');
    // Online the declaration is the form itself; in person or by post its paper is a component.
    expect(report.missing.map((c) => c.id)).toEqual(['bang-chung-viec-sinh']);
    expect(runtime.missingComponents(draft({ channel: 'postal' })).missing.map((c) => c.id)).toEqual(['to-khai', 'bang-chung-viec-sinh', 'ban-sao-giay-to-tuy-than']);
    // Without the registry record, the proof is asked for.
    expect(runtime.missingComponents(draft({ prefilled: [] })).missing.map((c) => c.id)).toContain('giay-to-cu-tru');
  });

  it('accepts one of the alternative proofs of birth; in person it also needs an identity document', () => {
    const { runtime, ok, draft } = setup();
    const group = runtime.missingComponents(draft()).missing[0]!;
    expect(group.alternatives!.map((a) => a.id)).toEqual(['giay-chung-sinh', 'van-ban-nguoi-lam-chung', 'giay-cam-doan']);
    ok(draft(), { type: 'SUBMIT', actor: applicant, at: '2026-03-02T08:05:00+07:00', documents: ['to-khai', 'van-ban-nguoi-lam-chung'] });
    const inPerson = runtime.send(draft({ channel: 'in-person' }), { type: 'SUBMIT', actor: applicant, at: '2026-03-02T08:05:00+07:00', documents: ['to-khai', 'giay-chung-sinh'] });
    expect(!inPerson.ok && inPerson.rejection.components!.map((c) => c.id)).toEqual(['giay-to-tuy-than']);
  });

  it('runs reception → appraisal → approval → result → handover with a same-day term', () => {
    const { runtime, ok, draft } = setup();
    let state = ok(draft(), { type: 'SUBMIT', actor: applicant, at: '2026-03-02T08:05:00+07:00', documents: ['to-khai', 'giay-chung-sinh'] }).state;
    state = ok(state, { type: 'reception.accept', actor: reception, at: '2026-03-02T09:00:00+07:00' }).state;
    expect(runtime.status(state)).toMatchObject({ state: 'appraisal', code: 2 });
    expect(runtime.dueDate(state)).toBe('2026-03-02T17:00:00+07:00');
    state = ok(state, { type: 'appraisal.forward', actor: registrar, at: '2026-03-02T10:00:00+07:00' }).state;
    expect(runtime.status(state)).toMatchObject({ state: 'approval', code: 4 });
    state = ok(state, { type: 'approval.approve', actor: chairman, at: '2026-03-02T11:00:00+07:00' }).state;
    expect(runtime.status(state).code).toBe(9);
    state = ok(state, { type: 'HANDOVER', actor: reception, at: '2026-03-02T14:00:00+07:00' }).state;
    expect(runtime.status(state)).toMatchObject({ state: 'returned', code: 10 });
  });

  it('received at 16:00 on Fri 13/02/2026, the working day before Tết, a same-day dossier is due Mon 23/02/2026 17:00', () => {
    const { runtime, ok, draft } = setup();
    let state = ok(draft({ at: '2026-02-13T08:00:00+07:00' }), { type: 'SUBMIT', actor: applicant, at: '2026-02-13T15:55:00+07:00', documents: ['to-khai', 'giay-chung-sinh'] }).state;
    state = ok(state, { type: 'reception.accept', actor: reception, at: '2026-02-13T16:00:00+07:00' }).state;
    expect(runtime.dueDate(state)).toBe('2026-02-23T17:00:00+07:00');
  });

  it('a supplement asked for at appraisal restarts the term when the complete dossier arrives (Decree 61/2018 Art. 19(4))', () => {
    const { runtime, ok, draft } = setup();
    let state = ok(draft(), { type: 'SUBMIT', actor: applicant, at: '2026-03-02T08:05:00+07:00', documents: ['to-khai', 'giay-cam-doan'] }).state;
    state = ok(state, { type: 'reception.accept', actor: reception, at: '2026-03-02T09:00:00+07:00' }).state;
    const asked = ok(state, { type: 'appraisal.request-supplement', actor: registrar, at: '2026-03-02T10:00:00+07:00', missingComponents: ['giay-chung-sinh'] });
    expect(runtime.status(asked.state)).toMatchObject({ state: 'awaitingSupplement', code: 5 });
    expect(asked.events[0]!.dueChange).toMatchObject({ kind: 'paused' });
    expect(runtime.dueness(asked.state, '2026-03-03T10:00:00+07:00')).toBe('paused');
    const back = ok(asked.state, { type: 'SUPPLEMENT', actor: applicant, at: '2026-03-04T16:30:00+07:00', documents: ['giay-chung-sinh'] });
    expect(runtime.status(back.state)).toMatchObject({ state: 'appraisal', code: 4 });
    // Counted again from 16:30 on Wednesday: after the 15:00 cut-off, so due Thursday at closing.
    expect(runtime.dueDate(back.state)).toBe('2026-03-05T17:00:00+07:00');
    expect(back.events[0]!.dueChange).toMatchObject({ kind: 'restarted', previousDueAt: '2026-03-02T17:00:00+07:00', legalBasis: 'Nghị định 61/2018/NĐ-CP Điều 19 khoản 4' });
  });

  it('under the pause policy the due date moves by the office time the clock stood still', () => {
    const paused = { ...birth, deadline: { ...birth.deadline, term: { unit: 'working-days', value: 2 }, onSupplement: 'pause' } };
    const { runtime, ok, draft } = setup(paused);
    let state = ok(draft(), { type: 'SUBMIT', actor: applicant, at: '2026-03-02T08:05:00+07:00', documents: ['to-khai', 'giay-cam-doan'] }).state;
    state = ok(state, { type: 'reception.accept', actor: reception, at: '2026-03-02T09:00:00+07:00' }).state;
    expect(runtime.dueDate(state)).toBe('2026-03-04T17:00:00+07:00');
    state = ok(state, { type: 'appraisal.request-supplement', actor: registrar, at: '2026-03-02T13:30:00+07:00', missingComponents: ['giay-chung-sinh'] }).state;
    // Stopped from Monday 13:30 to Tuesday 13:30: 8 hours of office time, one working day.
    const back = ok(state, { type: 'SUPPLEMENT', actor: applicant, at: '2026-03-03T13:30:00+07:00', documents: ['giay-chung-sinh'] });
    expect(runtime.dueDate(back.state)).toBe('2026-03-05T17:00:00+07:00');
    expect(back.events[0]!.dueChange).toMatchObject({ kind: 'resumed', previousDueAt: '2026-03-04T17:00:00+07:00' });
    expect(runtime.status(back.state).state).toBe('appraisal');
  });

  it('refusal after appraisal closes the dossier with the refusal as its result (status 10)', () => {
    const { runtime, ok, draft } = setup();
    let state = ok(draft(), { type: 'SUBMIT', actor: applicant, at: '2026-03-02T08:05:00+07:00', documents: ['to-khai', 'giay-chung-sinh'] }).state;
    state = ok(state, { type: 'reception.accept', actor: reception, at: '2026-03-02T09:00:00+07:00' }).state;
    const refused = ok(state, { type: 'appraisal.refuse', actor: registrar, at: '2026-03-02T10:00:00+07:00', reason: 'Đã đăng ký khai sinh trước đó' });
    expect(runtime.status(refused.state)).toMatchObject({ state: 'refused', code: 10, closed: true });
    expect(refused.events[0]!.payload).toEqual({ reason: 'Đã đăng ký khai sinh trước đó' });
  });

  it('fees: extra copies are charged per copy; the late-registration charge is waived within 60 days of birth', () => {
    const { runtime, ok, draft } = setup();
    const state = ok(draft(), { type: 'SUBMIT', actor: applicant, at: '2026-03-02T08:05:00+07:00', documents: ['to-khai', 'giay-chung-sinh'] }).state;
    const fees = runtime.feesDue(state);
    expect(fees.items.map((f) => [f.id, f.exempt, f.amount])).toEqual([['le-phi-khai-sinh-qua-han', true, 0], ['phi-ban-sao-giay-khai-sinh', false, 16000]]);
    expect(fees.total).toBe(16000);
    // Registered on 02/06/2026, 133 days after the birth: the late charge applies.
    const late = ok(draft({ at: '2026-06-02T08:00:00+07:00' }), { type: 'SUBMIT', actor: applicant, at: '2026-06-02T08:05:00+07:00', documents: ['to-khai', 'giay-chung-sinh'] }).state;
    expect(runtime.feesDue(late).total).toBe(24000);
    expect(runtime.feesDue(draft({ data: { ...data, feeExemptGroup: 'poor-household' } }), '2026-06-02T08:00:00+07:00').total).toBe(16000);
  });
});
