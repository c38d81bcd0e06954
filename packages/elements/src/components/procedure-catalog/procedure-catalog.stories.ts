/**
 * Stories of `<motcua-procedure-catalog>`: the catalogue, a search without diacritics, no results, loading,
 * an empty catalogue and a failure — each in Vietnamese and English, answered by an injected `fetch`.
 */
import { html, type TemplateResult } from 'lit';
import './define.js';
import type { MotcuaProcedureCatalog } from './procedure-catalog.js';

const PROCEDURES = [
  { key: '1.001193@1.0.0', code: '1.001193', version: '1.0.0', title: { vi: 'Đăng ký khai sinh', en: 'Birth registration' }, channels: ['in-person', 'online', 'postal'],
    summary: { vi: 'Đăng ký việc sinh của trẻ em có cha, mẹ là công dân Việt Nam cư trú ở trong nước.', en: 'Registers the birth of a child whose parents are Vietnamese citizens living in Viet Nam.' },
    sector: { code: 'ho-tich', title: { vi: 'Hộ tịch', en: 'Civil status' } }, level: ['commune'], onlineLevel: 'full', boundaryFree: true },
  { key: '1.000894@1.0.0', code: '1.000894', version: '1.0.0', title: { vi: 'Đăng ký kết hôn', en: 'Marriage registration' }, channels: ['in-person', 'online', 'postal'],
    summary: { vi: 'Đăng ký kết hôn giữa công dân Việt Nam cư trú ở trong nước.', en: 'Registers a marriage between Vietnamese citizens living in Viet Nam.' },
    sector: { code: 'ho-tich', title: { vi: 'Hộ tịch', en: 'Civil status' } }, level: ['commune'], onlineLevel: 'partial', boundaryFree: true },
  { key: '2.000815@1.0.0', code: '2.000815', version: '1.0.0', title: { vi: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', en: 'Certifying copies from originals' }, channels: ['in-person'],
    sector: { code: 'chung-thuc', title: { vi: 'Chứng thực', en: 'Certification' } }, level: ['commune'], onlineLevel: null, boundaryFree: true },
  { key: '1.004222@1.0.0', code: '1.004222', version: '1.0.0', title: { vi: 'Đăng ký thường trú', en: 'Permanent residence registration' }, channels: ['in-person', 'online'],
    sector: { code: 'dang-ky-quan-ly-cu-tru', title: { vi: 'Đăng ký, quản lý cư trú', en: 'Residence registration and management' } }, level: ['commune'], onlineLevel: 'full', boundaryFree: false },
  { key: 'local.judicial-record-certificate@1.0.0', code: 'local.judicial-record-certificate', version: '1.0.0', channels: ['in-person', 'online', 'postal'],
    title: { vi: 'Cấp Phiếu lý lịch tư pháp', en: 'Issuing a judicial record certificate' }, sector: { code: 'ly-lich-tu-phap', title: { vi: 'Lý lịch tư pháp', en: 'Judicial records' } },
    level: ['province'], onlineLevel: 'full', boundaryFree: false },
];

const answering = (status: number, body: unknown): typeof fetch => async () =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const never: typeof fetch = () => new Promise<Response>(() => undefined);

const view = (lang: 'vi' | 'en', fetcher: typeof fetch): TemplateResult =>
  html`<div lang=${lang}><motcua-procedure-catalog form-href="/form.html?procedure={key}" .fetch=${fetcher}></motcua-procedure-catalog></div>`;

interface PlayContext { readonly canvasElement: HTMLElement }

/** Types `query` into the search box once the catalogue has loaded. */
const searching = (query: string) => async ({ canvasElement }: PlayContext) => {
  const el = canvasElement.querySelector<MotcuaProcedureCatalog>('motcua-procedure-catalog')!;
  for (let i = 0; i < 50 && el.loadState === 'loading'; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  await el.updateComplete;
  const search = el.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
  search.value = query;
  search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
};

export default { title: 'Citizens/Procedure catalog', component: 'motcua-procedure-catalog' };

export const Catalogue = { render: () => view('vi', answering(200, { procedures: PROCEDURES })) };
export const CatalogueEnglish = { render: () => view('en', answering(200, { procedures: PROCEDURES })) };
export const SearchWithoutDiacritics = { render: () => view('vi', answering(200, { procedures: PROCEDURES })), play: searching('dang ky') };
export const SearchEnglish = { render: () => view('en', answering(200, { procedures: PROCEDURES })), play: searching('registration') };
export const NoResults = { render: () => view('vi', answering(200, { procedures: PROCEDURES })), play: searching('xay dung') };
export const NoResultsEnglish = { render: () => view('en', answering(200, { procedures: PROCEDURES })), play: searching('building') };
export const Loading = { render: () => view('vi', never) };
export const LoadingEnglish = { render: () => view('en', never) };
export const EmptyCatalogue = { render: () => view('vi', answering(200, { procedures: [] })) };
export const EmptyCatalogueEnglish = { render: () => view('en', answering(200, { procedures: [] })) };
export const LoadFailed = { render: () => view('vi', answering(503, { error: { code: 'unavailable' } })) };
export const LoadFailedEnglish = { render: () => view('en', answering(503, { error: { code: 'unavailable' } })) };
