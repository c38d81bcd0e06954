import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readApplicant, termWords } from '../official-form/official-form-data.js';
import { toDossierDetail, toInboxView, toProcedureView } from './workbench-view.js';

const birthRegistration: unknown = JSON.parse(readFileSync(new URL('../../../../../examples/procedures/birth-registration-1.001193.json', import.meta.url), 'utf8'));

describe('toProcedureView', () => {
  it('reads a real procedure: layout labels, components, roles, steps and the statutory term', () => {
    const procedure = toProcedureView(birthRegistration)!;
    expect(procedure.code).toBe('1.001193');
    expect(procedure.title).toEqual({ vi: 'Đăng ký khai sinh', en: 'Birth registration' });
    expect(procedure.pages[0]!.fields[0]).toMatchObject({ field: 'child.fullName', label: { vi: 'Họ, chữ đệm và tên của trẻ' } });
    expect(procedure.pages[0]!.fields[1]!.options).toEqual([{ value: 'male', label: { vi: 'Nam', en: 'Male' } }, { value: 'female', label: { vi: 'Nữ', en: 'Female' } }]);
    expect(procedure.components!.map((component) => component.id)).toContain('giay-chung-sinh');
    expect(procedure.workflow!.steps!.map((step) => [step.id, step.role])).toEqual([
      ['reception', 'reception-officer'], ['appraisal', 'civil-status-officer'], ['approval', 'commune-chairman'],
    ]);
    expect(termWords(procedure)).toBe('Trong ngày làm việc'); // same day, 15:00 cut-off
  });

  it("reads a list question's itemFields, labels and options", () => {
    const household: unknown = JSON.parse(readFileSync(new URL('../../../../../examples/procedures/business-household-registration-1.001612.json', import.meta.url), 'utf8'));
    const members = toProcedureView(household)!.pages.flatMap((page) => page.fields).find((field) => field.field === 'members')!;
    expect(members.itemFields!.map((item) => [item.field, item.label.en])).toEqual([['fullName', 'Full name'], ['citizenId', 'Personal identification number']]);
  });

  it('is null for anything without a title', () => {
    expect(toProcedureView({ error: { code: 'procedure-not-found' } })).toBeNull();
    expect(toProcedureView('nope')).toBeNull();
  });
});

describe('toInboxView and toDossierDetail', () => {
  it('keeps well-formed dossiers, actions and history entries and drops the rest', () => {
    const inbox = toInboxView({
      role: 'reception-officer', agency: 'H29',
      dossiers: [
        { code: 'A-1', state: 'reception', status: 2, version: 1, dueAt: null, actions: [{ type: 'reception.refuse', kind: 'refuse', requires: ['reason', 'telepathy'], title: { vi: 'Từ chối', en: 'Refuse' } }, { kind: 'accept' }] },
        { state: 'no code' },
      ],
    })!;
    expect(inbox.dossiers.map((dossier) => dossier.code)).toEqual(['A-1']);
    expect(inbox.dossiers[0]!.actions).toEqual([{ type: 'reception.refuse', kind: 'refuse', requires: ['reason'], title: { vi: 'Từ chối', en: 'Refuse' } }]);
    expect(toInboxView({ dossiers: 'x' })).toBeNull();

    const detail = toDossierDetail({
      code: 'A-1', state: 'appraisal', status: 4, version: 3, procedure: 'p@1', data: { requester: { fullName: 'Trần Thị Bình', phone: '0912' } },
      documents: [{ component: 'to-khai', sha256: 'ab', size: 10, mediaType: 'application/pdf', uploadedAt: '2026-02-16T08:00:00+07:00' }, { component: 1 }],
      history: [{ at: '2026-02-16T08:00:00+07:00', type: 'SUBMIT', title: null, actorRole: 'applicant', actorId: 'applicant:A-1', state: 'reception', status: 1, reason: null, dueAt: null, dueChanged: false }, { type: 'no time' }],
    })!;
    expect(detail.documents).toHaveLength(1);
    expect(detail.history).toEqual([{ at: '2026-02-16T08:00:00+07:00', type: 'SUBMIT', title: null, actorRole: 'applicant', actorId: 'applicant:A-1', state: 'reception', status: 1, reason: null, dueAt: null, dueChanged: false }]);
    expect(readApplicant(detail)).toEqual({ name: 'Trần Thị Bình', address: '', phone: '0912', email: '' });
  });
});
