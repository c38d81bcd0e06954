import axe from 'axe-core';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { defineProcedureCatalog } from './define.js';
import type { MotcuaProcedureCatalog } from './procedure-catalog.js';

const PROCEDURES = [
  { key: '1.001193@1.0.0', code: '1.001193', version: '1.0.0', title: { vi: 'Đăng ký khai sinh', en: 'Birth registration' }, channels: ['in-person', 'online', 'postal'],
    summary: { vi: 'Đăng ký việc sinh của trẻ em có cha, mẹ là công dân Việt Nam.', en: 'Registers the birth of a child of Vietnamese parents.' },
    sector: { code: 'ho-tich', title: { vi: 'Hộ tịch', en: 'Civil status' } }, level: ['commune'], onlineLevel: 'full', boundaryFree: true },
  { key: '1.000894@1.0.0', code: '1.000894', version: '1.0.0', title: { vi: 'Đăng ký kết hôn', en: 'Marriage registration' }, channels: ['in-person', 'online'],
    sector: { code: 'ho-tich', title: { vi: 'Hộ tịch', en: 'Civil status' } }, level: ['commune'], onlineLevel: 'partial', boundaryFree: true },
  { key: '2.000815@1.0.0', code: '2.000815', version: '1.0.0', title: { vi: 'Chứng thực bản sao từ bản chính', en: 'Certifying copies from originals' }, channels: ['in-person'],
    sector: { code: 'chung-thuc', title: { vi: 'Chứng thực', en: 'Certification' } }, level: ['commune'], onlineLevel: null, boundaryFree: true },
  { key: 'local.judicial-record-certificate@1.0.0', code: 'local.judicial-record-certificate', version: '1.0.0', channels: ['in-person', 'online'],
    title: { vi: 'Cấp Phiếu lý lịch tư pháp', en: 'Judicial record certificate' }, sector: { code: 'ly-lich-tu-phap', title: { vi: 'Lý lịch tư pháp', en: 'Judicial records' } },
    level: ['province'], onlineLevel: 'full', boundaryFree: false },
];

function fakeApi(answer: () => Response | Promise<Response>): { fetch: typeof fetch; urls: string[] } {
  const urls: string[] = [];
  const fakeFetch = async (input: RequestInfo | URL) => { urls.push(String(input)); return answer(); };
  return { fetch: fakeFetch as typeof fetch, urls };
}
const reply = (status: number, body: unknown) => () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

async function mount(lang: string, api: { fetch: typeof fetch }, attributes: Record<string, string> = {}): Promise<{ el: MotcuaProcedureCatalog; root: ShadowRoot }> {
  const container = document.createElement('div');
  container.lang = lang;
  const el = document.createElement('motcua-procedure-catalog');
  el.fetch = api.fetch;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  container.append(el);
  document.body.append(container);
  await vi.waitFor(() => expect(el.loadState).not.toBe('loading'));
  await el.updateComplete;
  return { el, root: el.shadowRoot! };
}
const text = (root: ParentNode, selector: string) => root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const titles = (root: ShadowRoot) => [...root.querySelectorAll('.item h3')].map((h3) => h3.textContent);
const focused = (root: ShadowRoot) => root.activeElement as HTMLElement | null;
async function expectAxeClean(el: HTMLElement): Promise<void> {
  const results = await axe.run(el);
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
async function type(el: MotcuaProcedureCatalog, root: ShadowRoot, value: string): Promise<void> {
  const search = root.querySelector<HTMLInputElement>('#search')!;
  search.value = value;
  search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
async function select(el: MotcuaProcedureCatalog, root: ShadowRoot, id: string, value: string): Promise<void> {
  const control = root.querySelector<HTMLSelectElement>(`#${id}`)!;
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('<motcua-procedure-catalog> in Chromium', () => {
  afterEach(() => document.body.replaceChildren());

  it('registering the tag twice does not throw', () => {
    expect(() => defineProcedureCatalog()).not.toThrow();
    expect(() => defineProcedureCatalog()).not.toThrow();
    expect(customElements.get('motcua-procedure-catalog')).toBeDefined();
  });

  it('fetches the procedures and shows each with code, sector, level, online level and badge (vi)', async () => {
    const api = fakeApi(reply(200, { procedures: PROCEDURES }));
    const { el, root } = await mount('vi', api, { endpoint: 'https://dvc.example.vn/api/' });
    expect(api.urls).toEqual(['https://dvc.example.vn/api/procedures']);
    expect(titles(root)).toEqual(['Đăng ký khai sinh', 'Đăng ký kết hôn', 'Chứng thực bản sao từ bản chính', 'Cấp Phiếu lý lịch tư pháp']);
    expect(text(root, '[data-field=count]')).toBe('Tìm thấy 4 thủ tục');
    expect(root.querySelector('[data-field=count]')!.getAttribute('role')).toBe('status');
    const first = root.querySelector('.item')!;
    expect(text(first, '[data-field=code]')).toBe('1.001193');
    expect(text(first, '[data-field=sector]')).toBe('Hộ tịch');
    expect(text(first, '[data-field=level]')).toBe('Cấp xã');
    expect(text(first, '[data-field=online]')).toBe('Toàn trình');
    expect(text(first, '[data-field=boundary-free]')).toBe('Không phụ thuộc địa giới');
    expect(text(root.querySelectorAll('.item')[2]!, '[data-field=online]')).toBe('Không trực tuyến');
    expect(root.querySelectorAll('.item')[3]!.querySelector('[data-field=boundary-free]')).toBeNull();
    expect(text(first, '[part=start]')).toBe('Nộp hồ sơ: Đăng ký khai sinh');
    expect([...root.querySelectorAll('#sector option')].map((option) => option.textContent)).toEqual(['Tất cả lĩnh vực', 'Chứng thực', 'Hộ tịch', 'Lý lịch tư pháp']);
    await expectAxeClean(el);
  });

  it('searches without diacritics and filters, announcing the count', async () => {
    const { el, root } = await mount('vi', fakeApi(reply(200, { procedures: PROCEDURES })));
    await type(el, root, 'dang ky khai sinh');
    expect(titles(root)).toEqual(['Đăng ký khai sinh']);
    expect(text(root, '[data-field=count]')).toBe('Tìm thấy 1 thủ tục');
    await type(el, root, 'dang ky');
    expect(titles(root)).toEqual(['Đăng ký khai sinh', 'Đăng ký kết hôn']);
    await select(el, root, 'online', 'partial');
    expect(titles(root)).toEqual(['Đăng ký kết hôn']);
    await type(el, root, '');
    await select(el, root, 'online', '');
    await select(el, root, 'sector', 'ho-tich');
    expect(titles(root)).toEqual(['Đăng ký khai sinh', 'Đăng ký kết hôn']);
    await select(el, root, 'sector', '');
    root.querySelector<HTMLInputElement>('#level-province')!.click();
    await el.updateComplete;
    expect(titles(root)).toEqual(['Cấp Phiếu lý lịch tư pháp']);
    root.querySelector<HTMLInputElement>('#boundary-free')!.click();
    await el.updateComplete;
    expect(titles(root)).toEqual([]);
    expect(text(root, '[data-field=count]')).toBe('Không tìm thấy thủ tục nào');
    expect(text(root, '[data-field=empty]')).toBe('Thử tìm với ít từ hơn, kiểm tra chính tả, hoặc xoá bộ lọc.');
    await expectAxeClean(el);
    root.querySelector<HTMLButtonElement>('[part=clear]')!.click();
    await el.updateComplete;
    expect(titles(root)).toHaveLength(4);
    expect(root.querySelector<HTMLInputElement>('#boundary-free')!.checked).toBe(false);
  });

  it('speaks English under lang="en" and searches the English titles too', async () => {
    const { el, root } = await mount('en', fakeApi(reply(200, { procedures: PROCEDURES })));
    expect(text(root, '#title')).toBe('Public administrative procedures');
    expect(text(root, '[data-field=count]')).toBe('4 procedures found');
    await type(el, root, 'marriage');
    expect(titles(root)).toEqual(['Marriage registration']);
    expect(text(root, '.item [data-field=online]')).toBe('Partly online');
    expect(text(root, '.item [part=start]')).toBe('Start: Marriage registration');
    await expectAxeClean(el);
  });

  it('fires a cancelable motcua-procedure-open, and follows form-href unless cancelled', async () => {
    const opened: CustomEvent[] = [];
    const listener = (event: Event) => { opened.push(event as CustomEvent); event.preventDefault(); };
    document.addEventListener('motcua-procedure-open', listener);
    onTestFinished(() => document.removeEventListener('motcua-procedure-open', listener));
    const { root } = await mount('vi', fakeApi(reply(200, { procedures: PROCEDURES })), { 'form-href': '/form.html?procedure={key}&code={code}' });
    const link = root.querySelector<HTMLAnchorElement>('a[part=start]')!;
    expect(link.getAttribute('href')).toBe('/form.html?procedure=1.001193%401.0.0&code=1.001193');
    link.click(); // cancelled by the listener: the page stays
    expect(opened.map((event) => [event.detail, event.cancelable, event.composed, event.bubbles])).toEqual([[{ key: '1.001193@1.0.0', code: '1.001193', version: '1.0.0' }, true, true, true]]);
    expect(location.pathname).not.toBe('/form.html');

    document.body.replaceChildren();
    const plain = await mount('en', fakeApi(reply(200, { procedures: PROCEDURES })));
    expect(plain.root.querySelector('a[part=start]')).toBeNull();
    plain.root.querySelectorAll<HTMLButtonElement>('button[part=start]')[3]!.click();
    expect(opened.at(-1)!.detail).toEqual({ key: 'local.judicial-record-certificate@1.0.0', code: 'local.judicial-record-certificate', version: '1.0.0' });
  });

  it('takes a procedures property instead of fetching, and tolerates entries without the new fields', async () => {
    const api = fakeApi(reply(500, {}));
    const container = document.createElement('div');
    container.lang = 'vi';
    const el = document.createElement('motcua-procedure-catalog');
    el.fetch = api.fetch;
    el.procedures = [{ key: 'x@1', code: 'x', version: '1', title: { vi: 'Thủ tục cũ' }, channels: ['in-person'] }];
    container.append(el);
    document.body.append(container);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(api.urls).toEqual([]);
    expect(titles(root)).toEqual(['Thủ tục cũ']);
    expect(root.querySelector('#sector')).toBeNull(); // no sectors known: no select
    expect(root.querySelector('.item [data-field=sector]')).toBeNull();
    expect(text(root, '.item [data-field=online]')).toBe('Không trực tuyến');
    await expectAxeClean(el);
  });

  it('shows the empty catalogue, a failure with a retry, and an unreadable answer', async () => {
    const empty = await mount('vi', fakeApi(reply(200, { procedures: [] })));
    expect(text(empty.root, '[data-field=empty]')).toBe('Chưa có thủ tục nào được công bố.');
    await expectAxeClean(empty.el);

    let fail = true;
    const api = fakeApi(() => (fail ? Promise.reject(new TypeError('Failed to fetch')) : reply(200, { procedures: PROCEDURES })()));
    const broken = await mount('en', api);
    expect(broken.el.loadState).toBe('failed');
    expect(text(broken.root, '[data-field=load-error] p')).toBe('Could not load the procedures: the service could not be reached. Check your connection and try again.');
    await expectAxeClean(broken.el);
    fail = false;
    broken.root.querySelector<HTMLButtonElement>('[part=retry]')!.click();
    await vi.waitFor(() => expect(broken.el.loadState).toBe('loaded'));
    await broken.el.updateComplete;
    expect(titles(broken.root)).toHaveLength(4);

    const garbled = await mount('vi', fakeApi(reply(200, { nope: 1 })));
    expect(text(garbled.root, '[data-field=load-error] p')).toBe('Không tải được danh mục thủ tục: hệ thống trả về dữ liệu không đọc được.');
    const down = await mount('vi', fakeApi(reply(503, {})));
    expect(text(down.root, '[data-field=load-error] p')).toBe('Không tải được danh mục thủ tục: hệ thống đang gặp sự cố (mã 503).');
  });

  it('calls a native fetch assigned to the fetch property without "Illegal invocation"', async () => {
    const { el, root } = await mount('en', { fetch: window.fetch }, { endpoint: '/__motcua-no-such-api' });
    // The test server has no such API: any answer but a thrown TypeError (which reads as "network") will do.
    expect(el.loadState).toBe('failed');
    expect(text(root, '[data-field=load-error] p')).not.toContain('could not be reached');
  });

  it('is usable by keyboard only: search, filters, Enter shows the results, Tab reaches the start buttons', async () => {
    const opened = vi.fn();
    document.addEventListener('motcua-procedure-open', opened);
    onTestFinished(() => document.removeEventListener('motcua-procedure-open', opened));
    const { el, root } = await mount('vi', fakeApi(reply(200, { procedures: PROCEDURES })));
    await userEvent.tab();
    expect(focused(root)?.id).toBe('search');
    await userEvent.keyboard('chung thuc');
    await el.updateComplete;
    expect(titles(root)).toEqual(['Chứng thực bản sao từ bản chính']);
    await userEvent.keyboard('{Enter}'); // submits the filter form: focus moves to the results
    await el.updateComplete;
    expect(focused(root)?.id).toBe('results-title');
    await userEvent.tab();
    expect(focused(root)?.getAttribute('part')).toBe('start');
    await userEvent.keyboard('{Enter}');
    expect((opened.mock.calls[0]![0] as CustomEvent).detail.code).toBe('2.000815');

    root.querySelector<HTMLInputElement>('#search')!.focus();
    await userEvent.tab();
    expect(focused(root)?.id).toBe('sector');
    await userEvent.tab();
    expect(focused(root)?.id).toBe('level-province');
    await userEvent.tab();
    expect(focused(root)?.id).toBe('level-commune');
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(root.querySelector<HTMLInputElement>('#level-commune')!.checked).toBe(true);
    await userEvent.tab();
    expect(focused(root)?.id).toBe('online');
    await userEvent.tab();
    expect(focused(root)?.id).toBe('boundary-free');
    await userEvent.tab();
    expect(focused(root)?.getAttribute('part')).toBe('apply');
    await userEvent.tab();
    expect(focused(root)?.getAttribute('part')).toBe('clear');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(root.querySelector<HTMLInputElement>('#search')!.value).toBe('');
    expect(titles(root)).toHaveLength(4);
  });
});
