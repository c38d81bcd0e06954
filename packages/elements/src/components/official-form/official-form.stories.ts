/**
 * Stories of `<motcua-official-form>`: every form of the 2025 set (Circular 03/2025/TT-VPCP Phụ lục I,
 * 01–07, the default), each on a Vietnamese and an English page, and the 2018 set (Circular
 * 01/2018/TT-VPCP Art. 9) by its apology letter. The forms print in Vietnamese whatever the page's
 * language; the English stories show them on an English page.
 */
import { html, type TemplateResult } from 'lit';
import './define.js';
import type { OfficialFormDossier } from './official-form-data.js';
import type { OfficialFormEdition } from './official-form-editions.js';
import { fixtureAgency, fixtureDossier, fixtureProcedure, fixtureWithdrawnDossier } from './official-form.fixtures.js';

const now = () => new Date('2026-02-20T15:00:00+07:00');
const base = fixtureDossier();
const supplement = fixtureDossier({ state: 'awaitingSupplement', status: 5, request: { kind: 'supplement', reason: 'Bản chụp giấy chứng sinh bị mờ, không đọc được họ tên người mẹ', components: ['giay-chung-sinh', 'giay-ket-hon'] } });
const refused = fixtureDossier({
  state: 'refused', status: 3,
  history: [...base.history!.slice(0, 2), { at: '2026-02-17T10:00:00+07:00', type: 'appraisal.refuse', title: { vi: 'Từ chối', en: 'Refuse' }, actorRole: 'civil-status-officer', actorId: 'cs-02', state: 'refused', status: 3, reason: 'Trẻ đã được đăng ký khai sinh tại Ủy ban nhân dân xã khác', dueAt: null }],
});
const BOOK = [base, fixtureDossier({ code: '000.00.31.H29-260217-0002', receivedAt: '2026-02-17T10:00:00+07:00', dueAt: '2026-02-20T17:00:00+07:00', data: { requester: { fullName: 'Lê Văn Cường', phone: '0987654321' } }, history: [] })];

const view = (form: string, dossier: OfficialFormDossier | null, lang: 'vi' | 'en', edition: OfficialFormEdition = '2025'): TemplateResult => html`
  <div lang=${lang}>
    <motcua-official-form edition=${edition} form=${form} .dossier=${dossier} .dossiers=${dossier ? [] : BOOK} .procedure=${fixtureProcedure}
      .agency=${fixtureAgency} .now=${now}></motcua-official-form>
  </div>`;

export default { title: 'Officers/Official form', component: 'motcua-official-form' };

export const Receipt01 = { render: () => view('01', base, 'vi') };
export const Receipt01English = { render: () => view('01', base, 'en') };
export const SupplementRequest02 = { render: () => view('02', supplement, 'vi') };
export const SupplementRequest02English = { render: () => view('02', supplement, 'en') };
export const Refusal03 = { render: () => view('03', refused, 'vi') };
export const Refusal03English = { render: () => view('03', refused, 'en') };
export const ApologyAndExtension04 = { render: () => view('04', base, 'vi') };
export const ApologyAndExtension04English = { render: () => view('04', base, 'en') };
export const StopNotice05 = { render: () => view('05', fixtureWithdrawnDossier(), 'vi') };
export const StopNotice05English = { render: () => view('05', fixtureWithdrawnDossier(), 'en') };
export const ProcessControl06 = { render: () => view('06', base, 'vi') };
export const ProcessControl06English = { render: () => view('06', base, 'en') };
export const TrackingBook07 = { render: () => view('07', null, 'vi') };
export const TrackingBook07English = { render: () => view('07', null, 'en') };
/** The replaced set (Circular 01/2018/TT-VPCP): Mẫu 04 "Phiếu xin lỗi và hẹn lại ngày trả kết quả". */
export const Apology04Edition2018 = { render: () => view('04', base, 'vi', '2018') };
export const Apology04Edition2018English = { render: () => view('04', base, 'en', '2018') };
