/**
 * A small procedure for the stories of `<motcua-procedure-form>`, modelled on birth registration
 * (examples/procedures/birth-registration-1.001193.json): two question pages, prefill from the national
 * population database, an address, a waivable residence document, a present-only ID card, a late fee
 * waived within 60 days and a per-copy fee. A fixture, not a real procedure.
 */
import type { Procedure } from '@motcua/core';

const text = (vi: string, en: string) => ({ vi, en });
const notDetermined: { '!=': [{ var: string }, boolean] } = { '!=': [{ var: 'fatherUndetermined' }, true] };

/** The story procedure. */
export const storyProcedure: Procedure = {
  code: 'demo.birth', version: '1.0.0', effectiveFrom: '2025-07-01',
  title: text('Đăng ký khai sinh (bản minh họa)', 'Birth registration (demo)'),
  sector: { code: 'ho-tich', title: text('Hộ tịch', 'Civil status') },
  level: ['commune'],
  agencies: [{ id: 'ubnd-xa', title: text('Ủy ban nhân dân cấp xã', "Commune People's Committee"), level: 'commune', kind: 'people-committee' }],
  competentAuthority: 'ubnd-xa', implementingAgency: 'ubnd-xa',
  channels: [{ kind: 'in-person' }, { kind: 'online', onlineLevel: 'full' }],
  deadline: { term: { unit: 'same-day', cutOff: '15:00' }, onSupplement: 'restart', extension: { allowed: true } },
  form: {
    data: {
      type: 'object', required: ['requester', 'child'],
      properties: {
        requester: {
          type: 'object', required: ['fullName', 'citizenId', 'residence', 'phone'],
          properties: {
            citizenId: { type: 'string', format: 'citizen-id' }, fullName: { type: 'string', minLength: 1, maxLength: 100 },
            residence: { type: 'object', format: 'vn-address', required: ['unitCode'], properties: { unitCode: { type: 'string', format: 'administrative-unit' }, line: { type: 'string', maxLength: 200 } } },
            phone: { type: 'string', format: 'phone' },
          },
        },
        child: {
          type: 'object', required: ['fullName', 'sex', 'dateOfBirth'],
          properties: { fullName: { type: 'string', minLength: 1, maxLength: 100 }, sex: { type: 'string', enum: ['male', 'female'] }, dateOfBirth: { type: 'string', format: 'date' } },
        },
        fatherUndetermined: { type: 'boolean', default: false },
        fatherName: { type: 'string', maxLength: 100 },
        extraCopies: { type: 'integer', minimum: 0, maximum: 20, default: 0 },
      },
    },
    layout: {
      pages: [
        {
          id: 'requester', title: text('Người đi đăng ký', 'The person registering'),
          fields: [
            { field: 'requester.citizenId', label: text('Số định danh cá nhân', 'Personal identification number'), widget: 'citizen-id' },
            { field: 'requester.fullName', label: text('Họ, chữ đệm và tên', 'Full name') },
            { field: 'requester.residence', label: text('Nơi cư trú', 'Place of residence'), widget: 'address' },
            { field: 'requester.phone', label: text('Số điện thoại', 'Phone number'), widget: 'phone' },
          ],
        },
        {
          id: 'child', title: text('Người được khai sinh', 'The child'),
          fields: [
            { field: 'child.fullName', label: text('Họ, chữ đệm và tên của trẻ', "Child's full name") },
            { field: 'child.sex', label: text('Giới tính', 'Sex'), widget: 'radio', options: [{ value: 'male', label: text('Nam', 'Male') }, { value: 'female', label: text('Nữ', 'Female') }] },
            { field: 'child.dateOfBirth', label: text('Ngày sinh', 'Date of birth'), widget: 'date', help: text('Đăng ký trong 60 ngày kể từ ngày sinh được miễn lệ phí.', 'Registering within 60 days of birth is free.') },
            { field: 'fatherUndetermined', label: text('Chưa xác định được cha', 'The father has not been determined'), widget: 'checkbox' },
            { field: 'fatherName', label: text('Họ, chữ đệm và tên của cha', "Father's full name"), visibleWhen: notDetermined, requiredWhen: notDetermined },
            { field: 'extraCopies', label: text('Số bản sao cấp thêm', 'Extra copies'), widget: 'number' },
          ],
        },
      ],
    },
  },
  prefill: [
    { field: 'requester.citizenId', source: 'population', attribute: 'personalIdNumber', subject: 'applicant' },
    { field: 'requester.fullName', source: 'population', attribute: 'fullName', subject: 'applicant' },
    { field: 'requester.residence', source: 'population', attribute: 'permanentAddress', subject: 'applicant', editable: true },
  ],
  components: [
    {
      id: 'to-khai', title: text('Tờ khai đăng ký khai sinh', 'Birth registration declaration'), originals: 1, copies: 0, required: false,
      accept: ['application/pdf', 'image/jpeg'], maxSizeMB: 5, template: { title: 'Mẫu tờ khai (Thông tư 04/2020/TT-BTP)' },
    },
    {
      id: 'giay-to-cu-tru', title: text('Giấy tờ chứng minh nơi cư trú', 'Proof of residence'), originals: 0, copies: 1, required: true,
      waived: {
        source: 'population', when: { var: '$prefilled.requester.residence' },
        reason: text('Không phải nộp: nơi cư trú đã được lấy từ Cơ sở dữ liệu quốc gia về dân cư (Nghị định 104/2022/NĐ-CP).',
          'Not needed: the residence was taken from the national population database (Decree 104/2022/NĐ-CP).'),
      },
    },
    {
      id: 'cccd', title: text('Thẻ căn cước của người đi đăng ký', "The registering person's identity card"), originals: 1, copies: 0, presentOnly: true,
      required: false, requiredWhen: { '==': [{ var: '$channel' }, 'in-person'] },
    },
  ],
  fees: [
    {
      id: 'le-phi-qua-han', kind: 'charge', title: text('Lệ phí đăng ký khai sinh quá hạn', 'Late registration charge'), amount: 8000, per: 'dossier',
      exemptWhen: { '<=': [{ 'days-between': [{ var: 'child.dateOfBirth' }, { var: '$today' }] }, 60] },
    },
    { id: 'ban-sao', kind: 'charge', title: text('Bản sao Giấy khai sinh', 'Copies of the birth certificate'), amount: 8000, per: 'copy', quantityField: 'extraCopies' },
  ],
  roles: [{ id: 'officer', title: text('Công chức hộ tịch', 'Civil-status officer') }],
  workflow: {
    start: 'reception',
    steps: [{
      id: 'reception', kind: 'reception', title: text('Tiếp nhận', 'Reception'), role: 'officer', agency: 'ubnd-xa', allowance: { unit: 'working-hours', value: 4 },
      actions: [{ id: 'approve', kind: 'approve', title: text('Cấp Giấy khai sinh', 'Issue the certificate'), target: 'result-ready' }],
    }],
  },
  results: [{ id: 'giay-khai-sinh', title: text('Giấy khai sinh', 'Birth certificate'), electronic: true, paper: true, delivery: ['in-person', 'online'] }],
};

/**
 * A list question for the stories, modelled on the family members of household business registration
 * (examples/procedures/business-household-registration-1.001612.json, `members`): at least one member,
 * each with a full name and a personal identification number. A fixture, not a real procedure.
 */
export const storyHouseholdProcedure: Procedure = {
  ...storyProcedure,
  code: 'demo.household', title: text('Đăng ký thành lập hộ kinh doanh (bản minh họa)', 'Household business registration (demo)'),
  form: {
    data: {
      type: 'object', required: ['members'],
      properties: {
        members: {
          type: 'array', title: 'Các thành viên khác của hộ gia đình tham gia đăng ký', minItems: 1,
          items: {
            type: 'object', required: ['fullName', 'citizenId'],
            properties: { fullName: { type: 'string', title: 'Họ, chữ đệm và tên', minLength: 1, maxLength: 100 }, citizenId: { type: 'string', title: 'Số định danh cá nhân', format: 'citizen-id' } },
          },
        },
      },
    },
    layout: {
      pages: [{
        id: 'members', title: text('Thành viên hộ gia đình', 'Family members'),
        fields: [{
          field: 'members', label: text('Các thành viên khác của hộ gia đình', 'Other family members'),
          itemLabel: text('Thành viên khác của hộ gia đình', 'Other family member'),
          help: text('Mỗi thành viên ghi họ tên và số định danh cá nhân.', 'For each member give the full name and personal identification number.'),
        }],
      }],
    },
  },
  prefill: [], components: [], fees: [],
};

/** The applicant's record in the fake population database of the stories. */
export const storyPopulationRecord: Readonly<Record<string, unknown>> = {
  personalIdNumber: '001194000004', fullName: 'Lê Thị Hoa', permanentAddress: { unitCode: '00070', line: 'Số 12 phố Hàng Bạc' },
};
