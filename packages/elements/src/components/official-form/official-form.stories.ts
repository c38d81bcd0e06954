/**
 * Stories of `<motcua-official-form>`: each official form 01–06 (Circular 01/2018/TT-VPCP Art. 9). The
 * forms print in Vietnamese whatever the page's language; the English stories show them on an English page.
 */
import { html, type TemplateResult } from 'lit';
import './define.js';
import { fixtureAgency, fixtureDossier, fixtureProcedure } from './official-form.fixtures.js';

const now = () => new Date('2026-02-20T15:00:00+07:00');
const base = fixtureDossier();
const DOSSIERS = {
  '01': base,
  '02': fixtureDossier({ state: 'awaitingSupplement', status: 5, request: { kind: 'supplement', reason: 'Bản chụp giấy chứng sinh bị mờ, không đọc được họ tên người mẹ', components: ['giay-chung-sinh', 'giay-ket-hon'] } }),
  '03': fixtureDossier({
    state: 'refused', status: 3,
    history: [...base.history!.slice(0, 2), { at: '2026-02-17T10:00:00+07:00', type: 'appraisal.refuse', title: { vi: 'Từ chối', en: 'Refuse' }, actorRole: 'civil-status-officer', actorId: 'cs-02', state: 'refused', status: 3, reason: 'Trẻ đã được đăng ký khai sinh tại Ủy ban nhân dân xã khác', dueAt: null }],
  }),
  '04': base,
  '05': base,
  '06': null,
} as const;
const BOOK = [base, fixtureDossier({ code: '000.00.31.H29-260217-0002', receivedAt: '2026-02-17T10:00:00+07:00', dueAt: '2026-02-20T17:00:00+07:00', data: { requester: { fullName: 'Lê Văn Cường', phone: '0987654321' } }, history: [] })];

const view = (form: keyof typeof DOSSIERS, lang: 'vi' | 'en'): TemplateResult => html`
  <div lang=${lang}>
    <motcua-official-form form=${form} .dossier=${DOSSIERS[form]} .dossiers=${form === '06' ? BOOK : []} .procedure=${fixtureProcedure}
      .agency=${fixtureAgency} .now=${now}></motcua-official-form>
  </div>`;

export default { title: 'Officers/Official form', component: 'motcua-official-form' };

export const Receipt01 = { render: () => view('01', 'vi') };
export const Receipt01English = { render: () => view('01', 'en') };
export const SupplementRequest02 = { render: () => view('02', 'vi') };
export const SupplementRequest02English = { render: () => view('02', 'en') };
export const Refusal03 = { render: () => view('03', 'vi') };
export const Refusal03English = { render: () => view('03', 'en') };
export const Apology04 = { render: () => view('04', 'vi') };
export const Apology04English = { render: () => view('04', 'en') };
export const ProcessControl05 = { render: () => view('05', 'vi') };
export const ProcessControl05English = { render: () => view('05', 'en') };
export const TrackingBook06 = { render: () => view('06', 'vi') };
export const TrackingBook06English = { render: () => view('06', 'en') };
