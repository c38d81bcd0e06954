/**
 * Stories of `<motcua-dossier-status>`: the empty lookup form, a dossier being processed, overdue, awaiting a
 * supplement (with the upload), extended, with its result (and `<motcua-feedback>` in the `after-result`
 * slot), and not found — each in Vietnamese and English, answered by an injected `fetch`.
 */
import { html, type TemplateResult } from 'lit';
import './define.js';
import '../feedback/define.js';

const CODE = '000.00.31.H29-260216-0001';
const TOKEN = 'demo-token';
const now = () => new Date('2026-02-20T09:00:00+07:00');
const SUBMITTED = { at: '2026-02-16T08:10:00+07:00', type: 'SUBMIT', title: null, actorRole: 'applicant', state: 'submitted', status: 1, reason: null, dueAt: null, dueChanged: false };
const RECEIVED = {
  at: '2026-02-16T09:00:00+07:00', type: 'reception.accept', title: { vi: 'Tiếp nhận hồ sơ', en: 'Receive the dossier' }, actorRole: 'reception',
  state: 'appraisal', status: 4, reason: null, dueAt: '2026-02-23T17:00:00+07:00', dueChanged: true,
};
const dossier = (overrides: Record<string, unknown>) => ({
  code: CODE, procedure: '1.001193@1.0.0', procedureTitle: { vi: 'Đăng ký khai sinh', en: 'Birth registration' }, agency: '000.00.31.H29',
  state: 'appraisal', status: 4, closed: false, dueAt: '2026-02-23T17:00:00+07:00', version: 3, request: null, timeline: [SUBMITTED, RECEIVED], ...overrides,
});

const DOSSIERS = {
  processing: dossier({}),
  overdue: dossier({ dueAt: '2026-02-19T17:00:00+07:00', timeline: [SUBMITTED, { ...RECEIVED, dueAt: '2026-02-19T17:00:00+07:00' }] }),
  supplement: dossier({
    state: 'awaitingSupplement', status: 5, dueAt: null, version: 4,
    request: {
      kind: 'supplement', reason: 'Bản chụp giấy chứng sinh bị mờ, không đọc được họ tên người mẹ', components: ['giay-chung-sinh', 'giay-chung-nhan-ket-hon'],
      componentDetails: [
        { id: 'giay-chung-sinh', title: { vi: 'Giấy chứng sinh', en: 'Birth certificate from the hospital' }, accept: ['application/pdf', 'image/jpeg', 'image/png'], maxSizeMB: 5 },
        { id: 'giay-chung-nhan-ket-hon', title: { vi: 'Giấy chứng nhận kết hôn của cha, mẹ', en: "Parents' marriage certificate" }, accept: ['application/pdf'], maxSizeMB: 10 },
      ],
    },
    timeline: [SUBMITTED, RECEIVED, {
      at: '2026-02-17T14:00:00+07:00', type: 'appraisal.request-supplement', title: { vi: 'Yêu cầu bổ sung hồ sơ', en: 'Request a supplement' }, actorRole: 'appraisal',
      state: 'awaitingSupplement', status: 5, reason: 'Bản chụp giấy chứng sinh bị mờ, không đọc được họ tên người mẹ', dueAt: null, dueChanged: true,
    }],
  }),
  extended: dossier({
    dueAt: '2026-02-26T17:00:00+07:00',
    timeline: [SUBMITTED, RECEIVED, {
      at: '2026-02-20T08:30:00+07:00', type: 'EXTEND', title: null, actorRole: 'appraisal', state: 'appraisal', status: 4,
      reason: 'Cần xác minh thông tin tại nơi cư trú của người mẹ', dueAt: '2026-02-26T17:00:00+07:00', dueChanged: true,
    }],
  }),
  result: dossier({
    state: 'resultReady', status: 9,
    timeline: [SUBMITTED, RECEIVED, {
      at: '2026-02-19T16:00:00+07:00', type: 'approval.approve', title: { vi: 'Phê duyệt', en: 'Approve' }, actorRole: 'approval',
      state: 'resultReady', status: 9, reason: null, dueAt: '2026-02-23T17:00:00+07:00', dueChanged: false,
    }],
  }),
};

/** A fake API: the dossier for GET, 201 for uploads and feedback, the dossier again for the supplement. */
const answering = (status: number, body: unknown): typeof fetch => async (_input, init) => {
  const method = init?.method ?? 'GET';
  const answer = method === 'GET' ? { status, body } : { status: 201, body: {} };
  return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } });
};

/** `fetcher` null: the empty form, whose lookups all answer "not found". */
const view = (lang: 'vi' | 'en', fetcher: typeof fetch | null, withFeedback = false): TemplateResult => html`
  <div lang=${lang}>
    <motcua-dossier-status code=${fetcher ? CODE : ''} token=${fetcher ? TOKEN : ''} .fetch=${fetcher ?? answering(404, { error: { code: 'dossier-not-found' } })} .now=${now}>
      ${withFeedback ? html`<motcua-feedback slot="after-result" code=${CODE} token=${TOKEN} .fetch=${answering(201, {})}></motcua-feedback>` : ''}
    </motcua-dossier-status>
  </div>`;

export default { title: 'Citizens/Dossier status', component: 'motcua-dossier-status' };

export const Empty = { render: () => view('vi', null) };
export const EmptyEnglish = { render: () => view('en', null) };
export const Processing = { render: () => view('vi', answering(200, DOSSIERS.processing)) };
export const ProcessingEnglish = { render: () => view('en', answering(200, DOSSIERS.processing)) };
export const Overdue = { render: () => view('vi', answering(200, DOSSIERS.overdue)) };
export const OverdueEnglish = { render: () => view('en', answering(200, DOSSIERS.overdue)) };
export const SupplementRequested = { render: () => view('vi', answering(200, DOSSIERS.supplement)) };
export const SupplementRequestedEnglish = { render: () => view('en', answering(200, DOSSIERS.supplement)) };
export const Extended = { render: () => view('vi', answering(200, DOSSIERS.extended)) };
export const ExtendedEnglish = { render: () => view('en', answering(200, DOSSIERS.extended)) };
export const ResultReady = { render: () => view('vi', answering(200, DOSSIERS.result), true) };
export const ResultReadyEnglish = { render: () => view('en', answering(200, DOSSIERS.result), true) };
export const NotFound = { render: () => view('vi', answering(404, { error: { code: 'dossier-not-found' } })) };
export const NotFoundEnglish = { render: () => view('en', answering(404, { error: { code: 'dossier-not-found' } })) };
