/**
 * A fake dossier API for the workbench's tests and stories: an inbox, a detail, a procedure, and a router
 * that records every call (method, URL, bearer token, JSON body).
 */
import { fixtureDossier, fixtureProcedure, fixtureWithdrawnDossier, FIXTURE_CODE } from '../official-form/official-form.fixtures.js';

/** The actions the approval step offers the chairman, one per kind of requirement. */
export const fixtureActions = [
  { type: 'approval.request-supplement', kind: 'request-supplement', requires: ['missing-components'], title: { vi: 'Yêu cầu bổ sung hồ sơ', en: 'Request a supplement' } },
  { type: 'approval.refuse', kind: 'refuse', requires: ['reason'], title: { vi: 'Từ chối giải quyết', en: 'Refuse' } },
  { type: 'EXTEND', kind: 'extend', requires: ['reason', 'new-due-date'], title: { vi: 'Gia hạn, hẹn lại ngày trả kết quả', en: 'Extend the due date' } },
  { type: 'approval.approve', kind: 'approve', requires: ['attachment'], title: { vi: 'Phê duyệt, ký Giấy khai sinh', en: 'Approve and sign' } },
];

/** The detail of the fixture dossier, before any extension, with its actions and documents. */
export function fixtureDetail(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const dossier = fixtureDossier();
  return {
    ...dossier, history: dossier.history!.filter((entry) => entry.type !== 'EXTEND'), dueAt: '2026-02-19T17:00:00+07:00',
    actions: fixtureActions, procedureTitle: fixtureProcedure.title,
    documents: [
      { component: 'to-khai', sha256: 'a'.repeat(64), size: 52_000, mediaType: 'application/pdf', uploadedAt: '2026-02-16T08:05:00+07:00' },
      { component: 'giay-chung-sinh', sha256: 'b'.repeat(64), size: 230_000, mediaType: 'image/jpeg', uploadedAt: '2026-02-16T08:06:00+07:00' },
    ],
    ...overrides,
  };
}

/** The detail of the fixture dossier after the applicant withdrew it: no actions left, the 2025 stop notice applies. */
export function withdrawnDetail(): Record<string, unknown> {
  const withdrawn = fixtureWithdrawnDossier();
  return fixtureDetail({ state: 'withdrawn', status: 7, closed: true, history: withdrawn.history, actions: [] });
}

/** An inbox view of a dossier (what `GET /api/inbox` lists). */
export function inboxDossier(code: string, dueAt: string | null, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code, procedure: '1.001193@1.0.0', agency: '000.00.31.H29', state: 'approval', status: 4, closed: false, dueAt, version: 5,
    submittedAt: '2026-02-16T08:10:00+07:00', receivedAt: '2026-02-16T09:05:00+07:00', request: null, actions: fixtureActions, ...overrides,
  };
}

/** An inbox of three dossiers: overdue, due soon, on time (at 20/02/2026 09:00), listed out of order. */
export function fixtureInbox(dossiers: readonly Record<string, unknown>[] = [
  inboxDossier('000.00.31.H29-260218-0003', '2026-03-02T17:00:00+07:00'),
  inboxDossier(FIXTURE_CODE, '2026-02-19T17:00:00+07:00'),
  inboxDossier('000.00.31.H29-260217-0002', '2026-02-21T17:00:00+07:00'),
]): Record<string, unknown> {
  return { role: 'commune-chairman', agency: '000.00.31.H29', dossiers };
}

/** One recorded call. */
export interface FakeCall {
  readonly method: string;
  readonly url: string;
  readonly authorization: string | null;
  readonly body: unknown;
}

/** An answer: status and JSON body, or a thrown network error. */
export type FakeAnswer = { readonly status: number; readonly body: unknown } | 'network-error';

/**
 * A `fetch` answering from `routes` (`'GET /api/inbox'` → answer, or a function of the call count for
 * answers that change); unknown routes answer 404. Records calls in `calls`.
 */
export function createFakeFetch(routes: Record<string, FakeAnswer | ((count: number) => FakeAnswer)>): { fetch: typeof globalThis.fetch; calls: FakeCall[] } {
  const calls: FakeCall[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = String(input);
    const method = init.method ?? 'GET';
    const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : null;
    calls.push({ method, url, authorization: new Headers(init.headers).get('authorization'), body });
    const key = `${method} ${decodeURIComponent(new URL(url, 'https://dvc.example.vn').pathname)}`;
    const route = routes[key];
    const count = calls.filter((call) => call.method === method && call.url === url).length;
    const answer = typeof route === 'function' ? route(count) : route ?? { status: 404, body: { error: { code: 'not-found', message: { vi: 'Không tìm thấy.', en: 'Not found.' } } } };
    if (answer === 'network-error') throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, calls };
}

/** The routes of a working server holding the fixture dossier. */
export function fixtureRoutes(): Record<string, FakeAnswer | ((count: number) => FakeAnswer)> {
  return {
    'GET /api/inbox': { status: 200, body: fixtureInbox() },
    'GET /api/procedures': { status: 200, body: { procedures: [{ key: '1.001193@1.0.0', title: fixtureProcedure.title }] } },
    [`GET /api/dossiers/${FIXTURE_CODE}/detail`]: { status: 200, body: fixtureDetail() },
    'GET /api/procedures/1.001193@1.0.0': { status: 200, body: fixtureProcedure },
  };
}
