/**
 * A dossier, its procedure and its agency as the official forms and the workbench read them — shared by
 * the browser tests and the stories of both components (data only; no test framework).
 */
import type { OfficialFormAgency, OfficialFormDossier, OfficialFormProcedure } from './official-form-data.js';

export const FIXTURE_CODE = '000.00.31.H29-260216-0001';

/** Birth registration (1.001193), cut down to what the forms and the workbench show. */
export const fixtureProcedure = {
  code: '1.001193',
  title: { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
  deadline: { term: { unit: 'working-days', value: 3 } },
  components: [
    { id: 'to-khai', title: { vi: 'Tờ khai đăng ký khai sinh', en: 'Birth registration declaration' } },
    { id: 'giay-chung-sinh', title: { vi: 'Giấy chứng sinh', en: 'Medical birth certificate' } },
    { id: 'giay-ket-hon', title: { vi: 'Giấy chứng nhận kết hôn', en: 'Marriage certificate' } },
  ],
  roles: [
    { id: 'reception-officer', title: { vi: 'Công chức tiếp nhận', en: 'Reception officer' } },
    { id: 'civil-status-officer', title: { vi: 'Công chức hộ tịch', en: 'Civil-status officer' } },
    { id: 'commune-chairman', title: { vi: 'Chủ tịch UBND xã', en: 'Commune chairman' } },
  ],
  workflow: {
    steps: [
      { id: 'reception', role: 'reception-officer', title: { vi: 'Tiếp nhận', en: 'Reception' } },
      { id: 'appraisal', role: 'civil-status-officer', title: { vi: 'Thẩm định', en: 'Appraisal' } },
      { id: 'approval', role: 'commune-chairman', title: { vi: 'Phê duyệt', en: 'Approval' } },
    ],
  },
  form: {
    layout: {
      pages: [
        {
          title: { vi: 'Người được khai sinh', en: 'The child' },
          fields: [
            { field: 'child.fullName', label: { vi: 'Họ, chữ đệm và tên của trẻ', en: "Child's full name" } },
            { field: 'child.sex', label: { vi: 'Giới tính', en: 'Sex' }, options: [{ value: 'male', label: { vi: 'Nam', en: 'Male' } }, { value: 'female', label: { vi: 'Nữ', en: 'Female' } }] },
          ],
        },
        {
          title: { vi: 'Người đi đăng ký', en: 'The person registering' },
          fields: [
            { field: 'requester.fullName', label: { vi: 'Họ, chữ đệm và tên', en: 'Full name' } },
            { field: 'requester.phone', label: { vi: 'Số điện thoại', en: 'Phone' } },
          ],
        },
      ],
    },
  },
} as const satisfies OfficialFormProcedure & Record<string, unknown>;

export const fixtureAgency: OfficialFormAgency = {
  code: '000.00.31.H29',
  title: { vi: 'Trung tâm Phục vụ hành chính công phường Ba Đình', en: 'Ba Đình Ward Public Administrative Service Centre' },
  parentTitle: 'Ủy ban nhân dân phường Ba Đình',
  place: 'Hà Nội',
  phone: '024 3823 0000',
};

/** A dossier received, appraised, extended once and sent to approval. */
export function fixtureDossier(overrides: Partial<OfficialFormDossier> = {}): OfficialFormDossier & { version: number; agency: string; closed: boolean } {
  return {
    code: FIXTURE_CODE, procedure: '1.001193@1.0.0', agency: '000.00.31.H29', state: 'approval', status: 4, closed: false, version: 5,
    dueAt: '2026-02-24T17:00:00+07:00', submittedAt: '2026-02-16T08:10:00+07:00', receivedAt: '2026-02-16T09:05:00+07:00', request: null,
    data: {
      child: { fullName: 'Nguyễn Văn An', sex: 'male' },
      requester: { fullName: 'Trần Thị Bình', phone: '0912345678', email: 'binh@example.vn', residence: { line: '12 phố Đội Cấn', unitCode: '00004' } },
    },
    documents: [{ component: 'to-khai' }, { component: 'giay-chung-sinh' }],
    history: [
      { at: '2026-02-16T08:10:00+07:00', type: 'SUBMIT', title: { vi: 'Nộp hồ sơ', en: 'Submit' }, actorRole: 'applicant', actorId: 'applicant:1', state: 'reception', status: 1, reason: null, dueAt: null, dueChanged: false },
      { at: '2026-02-16T09:05:00+07:00', type: 'reception.accept', title: { vi: 'Tiếp nhận hồ sơ', en: 'Accept' }, actorRole: 'reception-officer', actorId: 'r-01', state: 'appraisal', status: 4, reason: null, dueAt: '2026-02-19T17:00:00+07:00', dueChanged: true },
      { at: '2026-02-18T10:00:00+07:00', type: 'EXTEND', title: { vi: 'Gia hạn', en: 'Extend' }, actorRole: 'civil-status-officer', actorId: 'cs-02', state: 'appraisal', status: 4, reason: 'Cần xác minh nơi sinh', dueAt: '2026-02-24T17:00:00+07:00', dueChanged: true },
      { at: '2026-02-20T14:30:00+07:00', type: 'appraisal.forward', title: { vi: 'Trình ký', en: 'Forward' }, actorRole: 'civil-status-officer', actorId: 'cs-02', state: 'approval', status: 4, reason: null, dueAt: '2026-02-24T17:00:00+07:00', dueChanged: false },
    ],
    ...overrides,
  };
}

/** The applicant's request to stop (WITHDRAW, status 7) of {@link fixtureWithdrawnDossier}. */
export const FIXTURE_WITHDRAW = {
  at: '2026-02-19T08:30:00+07:00', type: 'WITHDRAW', title: { vi: 'Rút hồ sơ', en: 'Withdraw the dossier' }, actorRole: 'applicant', actorId: 'applicant:1',
  state: 'withdrawn', status: 7, reason: 'Gia đình đăng ký khai sinh cho cháu tại nơi cư trú mới', dueAt: '2026-02-19T17:00:00+07:00', dueChanged: false,
} as const;

/** The fixture dossier, received and in appraisal, then withdrawn by the applicant (the 2025 Mẫu 05 applies). */
export function fixtureWithdrawnDossier(overrides: Partial<OfficialFormDossier> = {}): ReturnType<typeof fixtureDossier> {
  const base = fixtureDossier();
  return fixtureDossier({
    state: 'withdrawn', status: 7, closed: true, dueAt: '2026-02-19T17:00:00+07:00',
    history: [...base.history!.slice(0, 2), FIXTURE_WITHDRAW],
    ...overrides,
  } as Partial<OfficialFormDossier>);
}
