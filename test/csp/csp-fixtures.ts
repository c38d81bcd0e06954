/**
 * The fake dossier API behind the strict-CSP page: a few dossiers in the states worth seeing (processing
 * with an extension, a supplement request, a result ready for feedback) and a small procedure catalogue.
 * Answers as the server does (`GET /api/dossiers/:code` with a bearer access token, 404 otherwise).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

const TIMELINE = [
  { at: '2026-02-16T08:10:00+07:00', type: 'SUBMIT', title: null, actorRole: 'applicant', state: 'submitted', status: 1, reason: null, dueAt: null, dueChanged: false },
  { at: '2026-02-16T09:00:00+07:00', type: 'reception.accept', title: { vi: 'Tiếp nhận hồ sơ', en: 'Receive the dossier' }, actorRole: 'reception', state: 'appraisal', status: 4, reason: null, dueAt: '2026-02-20T17:00:00+07:00', dueChanged: true },
  { at: '2026-02-19T10:30:00+07:00', type: 'EXTEND', title: null, actorRole: 'appraisal', state: 'appraisal', status: 4, reason: 'Cần xác minh thông tin tại nơi cư trú', dueAt: '2026-02-23T17:00:00+07:00', dueChanged: true },
];
const BASE = { procedure: 'birth-registration@1.0.0', procedureTitle: { vi: 'Đăng ký khai sinh', en: 'Birth registration' }, agency: '000.00.31.H29', closed: false };

/** Dossiers by code, each with its access token and the view the API returns. */
export const DOSSIERS: Readonly<Record<string, { readonly token: string; readonly view: unknown }>> = {
  '000.00.31.H29-260216-0001': {
    token: 'tok-processing',
    view: {
      ...BASE, code: '000.00.31.H29-260216-0001', state: 'appraisal', status: 4, dueAt: '2026-02-23T17:00:00+07:00', version: 3,
      submittedAt: '2026-02-16T08:10:00+07:00', receivedAt: '2026-02-16T09:00:00+07:00', request: null, timeline: TIMELINE,
    },
  },
  '000.00.31.H29-260216-0002': {
    token: 'tok-supplement',
    view: {
      ...BASE, code: '000.00.31.H29-260216-0002', state: 'awaitingSupplement', status: 5, dueAt: null, version: 4,
      submittedAt: '2026-02-16T08:30:00+07:00', receivedAt: '2026-02-16T09:20:00+07:00',
      request: {
        kind: 'supplement', step: 'appraisal', reason: 'Bản chụp giấy chứng sinh bị mờ', components: ['giay-chung-sinh'], afterReception: true,
        componentDetails: [{ id: 'giay-chung-sinh', title: { vi: 'Giấy chứng sinh', en: 'Birth certificate from the hospital' }, accept: ['application/pdf', 'image/jpeg', 'image/png'], maxSizeMB: 5 }],
      },
      timeline: [
        TIMELINE[0],
        { ...TIMELINE[1], at: '2026-02-16T09:20:00+07:00' },
        { at: '2026-02-17T14:00:00+07:00', type: 'appraisal.request-supplement', title: { vi: 'Yêu cầu bổ sung hồ sơ', en: 'Request a supplement' }, actorRole: 'appraisal', state: 'awaitingSupplement', status: 5, reason: 'Bản chụp giấy chứng sinh bị mờ', dueAt: null, dueChanged: true },
      ],
    },
  },
  '000.00.31.H29-260216-0003': {
    token: 'tok-result',
    view: {
      ...BASE, code: '000.00.31.H29-260216-0003', state: 'resultReady', status: 9, dueAt: '2026-02-20T17:00:00+07:00', version: 6,
      submittedAt: '2026-02-16T08:40:00+07:00', receivedAt: '2026-02-16T09:30:00+07:00', request: null,
      timeline: [
        TIMELINE[0], { ...TIMELINE[1], at: '2026-02-16T09:30:00+07:00' },
        { at: '2026-02-18T16:00:00+07:00', type: 'approval.approve', title: { vi: 'Phê duyệt', en: 'Approve' }, actorRole: 'approval', state: 'resultReady', status: 9, reason: null, dueAt: '2026-02-20T17:00:00+07:00', dueChanged: false },
      ],
    },
  },
};

/** The catalogue `GET /api/procedures` answers. */
export const PROCEDURES = [
  { key: '1.001193@1.0.0', code: '1.001193', version: '1.0.0', title: { vi: 'Đăng ký khai sinh', en: 'Birth registration' }, channels: ['in-person', 'online', 'postal'],
    summary: { vi: 'Đăng ký việc sinh của trẻ em có cha, mẹ là công dân Việt Nam.', en: 'Registers the birth of a child of Vietnamese parents.' },
    sector: { code: 'ho-tich', title: { vi: 'Hộ tịch', en: 'Civil status' } }, level: ['commune'], onlineLevel: 'full', boundaryFree: true },
  { key: '2.000815@1.0.0', code: '2.000815', version: '1.0.0', title: { vi: 'Chứng thực bản sao từ bản chính', en: 'Certifying copies from originals' }, channels: ['in-person'],
    summary: { vi: 'Chứng thực bản sao là đúng với bản chính.', en: 'Certifies that a copy matches its original.' },
    sector: { code: 'chung-thuc', title: { vi: 'Chứng thực', en: 'Certification' } }, level: ['commune'], onlineLevel: null, boundaryFree: true },
  { key: '1.004222@1.0.0', code: '1.004222', version: '1.0.0', title: { vi: 'Đăng ký thường trú', en: 'Permanent residence registration' }, channels: ['in-person', 'online'],
    sector: { code: 'dang-ky-quan-ly-cu-tru', title: { vi: 'Đăng ký, quản lý cư trú', en: 'Residence registration and management' } }, level: ['commune'], onlineLevel: 'full', boundaryFree: false },
];

/** Answers `/api/*`; true when it did. */
export function answerApi(request: IncomingMessage, response: ServerResponse, url: URL): boolean {
  if (!url.pathname.startsWith('/api/')) return false;
  const json = (status: number, body: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  if (url.pathname === '/api/procedures') {
    json(200, { procedures: PROCEDURES });
    return true;
  }
  const match = /^\/api\/dossiers\/([^/]+)$/.exec(url.pathname);
  const dossier = match ? DOSSIERS[decodeURIComponent(match[1]!)] : undefined;
  if (dossier && request.headers.authorization === `Bearer ${dossier.token}`) json(200, dossier.view);
  else json(404, { error: { code: 'not-found', message: { vi: 'Không tìm thấy.', en: 'Not found.' } } });
  return true;
}
