import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileProcedure, type DossierCommand } from '../compile/index.js';
import { createDossierRuntime, type CreateDossierInput, type DossierState } from './index.js';

const root = path.resolve(import.meta.dirname, '../../../..');
const read = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));

const person = { ethnicity: 'Kinh', nationality: 'Việt Nam' };
const child = { fullName: 'Bé An', sex: 'female', dateOfBirth: '2026-02-10', placeOfBirth: { unitCode: '00004' }, hometown: 'Hà Nội', ...person };
const mother = { fullName: 'Mẹ An', dateOfBirth: '1994-02-02', citizenId: '001194000004', residence: { unitCode: '00004' }, ...person };
const requester = { relation: 'mother', fullName: 'Mẹ An', dateOfBirth: '1994-02-02', citizenId: '001194000004', phone: '0966666666' };
const birthData = { child, bornThroughSurrogacy: false, mother, fatherUndetermined: true, requester, feeExemptGroup: 'none' };

type Step = readonly [type: string, role: string, extra?: Partial<DossierCommand>];

/** One procedure: a draft, the way to `returned`, and the steps that refuse, supplement and extend. */
interface LifecycleCase {
  readonly name: string;
  readonly file: string;
  readonly draft: Omit<CreateDossierInput, 'at'>;
  readonly documents: readonly string[];
  /** From `submitted` to `returned`; the first step is the reception. */
  readonly happy: readonly Step[];
  readonly refuseAtReception: Step;
  /** A refusal after reception, from the step right after it (if the procedure has one). */
  readonly refuseAfter?: Step;
  /** A supplement request from the step right after reception, or at reception itself. */
  readonly supplement: Step;
  /** The minimal fixture asks for supplements only at reception. */
  readonly supplementAtReception?: boolean;
}

const cases: LifecycleCase[] = [
  {
    name: 'minimal fixture', file: 'test/fixtures/procedures/valid/minimal.json',
    draft: { channel: 'in-person', data: { fullName: 'A', copies: 1 } }, documents: ['application'],
    happy: [['reception.accept', 'receiver'], ['approval.approve', 'chair'], ['HANDOVER', 'receiver']],
    refuseAtReception: ['reception.refuse', 'receiver', { reason: 'x' }],
    supplement: ['reception.supplement', 'receiver', { missingComponents: ['authorisation'] }],
    supplementAtReception: true,
  },
  {
    name: 'birth registration', file: 'examples/procedures/birth-registration-1.001193.json',
    draft: { channel: 'online', data: { ...birthData, extraCopies: 0 }, prefilled: ['mother.residence'] }, documents: ['to-khai', 'giay-chung-sinh'],
    happy: [['reception.accept', 'reception-officer'], ['appraisal.forward', 'civil-status-officer'], ['approval.approve', 'commune-chairman'], ['HANDOVER', 'reception-officer']],
    refuseAtReception: ['reception.refuse', 'reception-officer', { reason: 'x' }],
    refuseAfter: ['appraisal.refuse', 'civil-status-officer', { reason: 'x' }],
    supplement: ['appraisal.request-supplement', 'civil-status-officer', { missingComponents: ['van-ban-mang-thai-ho'] }],
  },
  {
    name: 'building permit', file: 'examples/procedures/building-permit-detached-house.json',
    draft: {
      channel: 'postal',
      data: {
        investor: { fullName: 'Chủ đầu tư', citizenId: '001090000123', phone: '0987654321', address: { unitCode: '00007', line: '5 Hàng Bạc' } },
        site: { address: { unitCode: '00007', line: 'Thửa 1' }, parcelNumber: '1', mapSheetNumber: '2', landArea: 60, landCertificateNumber: 'CS 1', hasAdjacentBuildings: false },
        building: { floors: 3, basement: false, footprintArea: 50, totalFloorArea: 150, height: 11 },
      },
    },
    documents: ['don-de-nghi', 'giay-to-quyen-su-dung-dat', 'ban-ve-thiet-ke'],
    happy: [['tiep-nhan.tiep-nhan', 'cong-chuc-mot-cua'], ['tham-dinh.trinh-cap-phep', 'chuyen-vien-xay-dung', { attachments: ['to-trinh.pdf'] }], ['phe-duyet.cap-phep', 'chu-tich-ubnd-xa'], ['HANDOVER', 'cong-chuc-mot-cua']],
    refuseAtReception: ['tiep-nhan.tu-choi', 'cong-chuc-mot-cua', { reason: 'x' }],
    refuseAfter: ['tham-dinh.tu-choi', 'chuyen-vien-xay-dung', { reason: 'x' }],
    supplement: ['tham-dinh.yeu-cau-bo-sung', 'chuyen-vien-xay-dung', { missingComponents: ['cam-ket-an-toan-lien-ke'] }],
  },
  {
    name: 'child-under-6 bundle', file: 'examples/procedures/child-under-6-bundle.json',
    draft: { channel: 'online', data: { ...birthData, residence: { registerAt: 'mother' }, healthInsurance: { primaryCareFacility: 'Trạm y tế' } }, prefilled: ['mother.residence'] },
    documents: ['to-khai', 'giay-chung-sinh'],
    happy: [
      ['reception.accept', 'reception-officer'], ['birth-appraisal.forward', 'civil-status-officer'], ['birth-approval.approve', 'commune-chairman'],
      ['residence-registration.approve', 'residence-officer'], ['health-insurance-card.approve', 'social-insurance-officer'],
      ['result-return.complete', 'reception-officer'], ['HANDOVER', 'reception-officer'],
    ],
    refuseAtReception: ['reception.refuse', 'reception-officer', { reason: 'x' }],
    refuseAfter: ['birth-appraisal.refuse', 'civil-status-officer', { reason: 'x' }],
    supplement: ['birth-appraisal.request-supplement', 'civil-status-officer', { missingComponents: ['van-ban-mang-thai-ho'] }],
  },
];

describe.each(cases)('lifecycle: $name', (c) => {
  const runtime = createDossierRuntime(compileProcedure(read(c.file)), { generateId: () => 'life-1' });
  let minute = 0;
  // Monday 02/03/2026 from 08:00, one minute per event.
  const at = () => new Date(Date.parse('2026-03-02T08:00:00+07:00') + 60_000 * minute++).toISOString().replace('Z', '+00:00');
  const send = (state: DossierState, [type, role, extra]: Step) =>
    runtime.send(state, { type: type as DossierCommand['type'], actor: { id: `${role}-1`, role }, at: at(), ...extra });
  const ok = (state: DossierState, step: Step) => {
    const result = send(state, step);
    if (!result.ok) throw new Error(`${step[0]} rejected: ${result.rejection.code} ${result.rejection.message.en}`);
    return result.state;
  };
  const submitted = ok(runtime.create({ ...c.draft, at: '2026-03-02T07:59:00+07:00' }), ['SUBMIT', 'applicant', { documents: [...c.documents] }]);
  const received = ok(submitted, c.happy[0]!);

  it('runs the happy path to returned, status 1 → 2 → … → 9 → 10', () => {
    const codes = [runtime.status(submitted).code, runtime.status(received).code];
    let state = received;
    for (const step of c.happy.slice(1)) { state = ok(state, step); codes.push(runtime.status(state).code); }
    expect(codes.slice(0, 2)).toEqual([1, 2]);
    expect(codes.slice(-2)).toEqual([9, 10]);
    expect(codes.slice(2, -2).every((code) => code === 4)).toBe(true);
    expect(runtime.dueDate(state)).toMatch(/^2026-03-\d\dT\d\d:\d\d:00\+07:00$/);
  });

  it('refuses at reception (3) and after it', () => {
    expect(runtime.status(ok(submitted, c.refuseAtReception)).code).toBe(3);
    if (c.refuseAfter) expect(runtime.status(ok(received, c.refuseAfter))).toMatchObject({ state: 'refused', code: 10 });
  });

  it('a supplement request returns to the step that asked', () => {
    const from = c.supplementAtReception ? submitted : received;
    const asked = ok(from, c.supplement);
    expect(runtime.status(asked).code).toBe(5);
    const back = ok(asked, ['SUPPLEMENT', 'applicant', { documents: [...c.supplement[2]!.missingComponents!] }]);
    expect(runtime.status(back).state).toBe(runtime.status(from).state);
  });

  it('withdrawal (7), one extension only, wrong role and missing reason are handled', () => {
    expect(runtime.status(ok(received, ['WITHDRAW', 'applicant'])).code).toBe(7);
    const [type, role] = c.happy[1]!;
    const extended = ok(received, ['EXTEND', role, { newDueDate: '2026-03-20', reason: 'Xin lỗi, cần thêm thời gian' }]);
    expect(runtime.dueDate(extended)).toBe('2026-03-20T17:00:00+07:00');
    const second = send(extended, ['EXTEND', role, { newDueDate: '2026-03-24', reason: 'again' }]);
    expect(!second.ok && second.rejection.code).toBe('extension-used');
    const wrong = send(received, [type, 'applicant']);
    expect(!wrong.ok && wrong.rejection.code).toBe('wrong-role');
    const refusal = c.refuseAfter ?? c.refuseAtReception;
    const noReason = send(c.refuseAfter ? received : submitted, [refusal[0], refusal[1]]);
    expect(!noReason.ok && noReason.rejection).toMatchObject({ code: 'missing-requirement', requirement: 'reason' });
  });
});
