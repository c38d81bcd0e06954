/**
 * `<motcua-dossier-status>` in Chromium, the parts fed by the newer API fields: the timeline, the
 * extension, the supplement upload and the after-result slot. Each test injects its own `fetch`.
 */
import axe from 'axe-core';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import './define.js';
import type { MotcuaDossierStatus } from './dossier-status.js';

const NOW = new Date('2026-02-20T09:00:00+07:00');
const lookup = { code: '000.00.31.H29-260216-0001', token: 'tok-123' };
const dossier = (overrides: Record<string, unknown> = {}) => ({
  code: lookup.code, procedure: 'birth-registration@1.0.0', agency: '000.00.31.H29', state: 'appraisal', status: 4,
  closed: false, dueAt: '2026-02-23T17:00:00+07:00', version: 3, submittedAt: '2026-02-16T08:10:00+07:00',
  receivedAt: '2026-02-16T09:00:00+07:00', request: null, ...overrides,
});
const nextLookup = (el: HTMLElement) =>
  new Promise<Event>((resolve) => {
    el.addEventListener('motcua-dossier-loaded', resolve, { once: true });
    el.addEventListener('motcua-dossier-error', resolve, { once: true });
  });
const text = (root: ShadowRoot, selector: string) => root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
async function expectAxeClean(el: HTMLElement): Promise<void> {
  const results = await axe.run(el);
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const timeline = [
  { at: '2026-02-16T08:10:00+07:00', type: 'SUBMIT', title: null, actorRole: 'applicant', state: 'submitted', status: 1, reason: null, dueAt: null, dueChanged: false },
  { at: '2026-02-16T09:00:00+07:00', type: 'reception.accept', title: { vi: 'Tiếp nhận hồ sơ', en: 'Receive the dossier' }, actorRole: 'reception', state: 'appraisal', status: 4, reason: null, dueAt: '2026-02-20T17:00:00+07:00', dueChanged: true },
  { at: '2026-02-19T10:30:00+07:00', type: 'EXTEND', title: null, actorRole: 'appraisal', state: 'appraisal', status: 4, reason: 'Cần xác minh tại nơi cư trú', dueAt: '2026-02-23T17:00:00+07:00', dueChanged: true },
];
const supplementRequest = {
  kind: 'supplement', step: 'appraisal', reason: 'Bản sao giấy chứng sinh bị mờ', components: ['giay-chung-sinh', 'giay-dang-ky-ket-hon'],
  componentDetails: [
    { id: 'giay-chung-sinh', title: { vi: 'Giấy chứng sinh', en: 'Birth certificate from the hospital' }, accept: ['application/pdf', 'image/jpeg'], maxSizeMB: 1 },
    { id: 'giay-dang-ky-ket-hon', title: { vi: 'Giấy chứng nhận kết hôn', en: 'Marriage certificate' }, accept: ['application/pdf', 'image/png'], maxSizeMB: null },
  ],
};

interface Sent { method: string; url: string; authorization: string | null; body: unknown }
/** A fake API: answers by "METHOD path" (path without the query), records every call with its body. */
function fakeApi(routes: Record<string, (call: Sent) => Response | Promise<Response>>): { fetch: typeof fetch; calls: Sent[] } {
  const calls: Sent[] = [];
  const fakeFetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    const method = init.method ?? 'GET';
    const body = init.body instanceof Blob ? new Uint8Array(await init.body.arrayBuffer()) : typeof init.body === 'string' ? JSON.parse(init.body) : null;
    const call = { method, url, authorization: new Headers(init.headers).get('authorization'), body };
    calls.push(call);
    const route = routes[`${method} ${url.split('?')[0]}`];
    return route ? route(call) : new Response('{"error":{"code":"not-found"}}', { status: 404 });
  };
  return { fetch: fakeFetch as typeof fetch, calls };
}
const reply = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Mounts with an injected fetch (no global stub) and waits for the first lookup. */
async function mountWith(api: { fetch: typeof fetch }, lang: string): Promise<{ el: MotcuaDossierStatus; root: ShadowRoot }> {
  const container = document.createElement('div');
  container.lang = lang;
  const el = document.createElement('motcua-dossier-status');
  el.now = () => NOW;
  el.fetch = api.fetch;
  el.setAttribute('code', lookup.code);
  el.setAttribute('token', lookup.token);
  const settled = nextLookup(el);
  container.append(el);
  document.body.append(container);
  await settled;
  await el.updateComplete;
  return { el, root: el.shadowRoot! };
}
function chooseFile(root: ShadowRoot, id: string, bytes: Uint8Array<ArrayBuffer> | null, name = 'scan.bin'): void {
  const input = root.querySelector<HTMLInputElement>(`#file-${id}`)!;
  const transfer = new DataTransfer();
  if (bytes) transfer.items.add(new File([bytes], name));
  input.files = transfer.files;
}
async function settle(el: MotcuaDossierStatus): Promise<void> {
  for (let i = 0; i < 5; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await el.updateComplete;
  }
}
const URL_BASE = `/api/dossiers/${lookup.code}`;

describe('<motcua-dossier-status> timeline, extension and supplement upload', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('shows the procedure title, the timeline in Vietnam time, and the extension with its reason', async () => {
    const api = fakeApi({ [`GET ${URL_BASE}`]: () => reply(200, dossier({ procedureTitle: { vi: 'Đăng ký khai sinh', en: 'Birth registration' }, timeline })) });
    const { el, root } = await mountWith(api, 'vi');
    expect(text(root, '[data-field=procedure]')).toBe('Đăng ký khai sinh');
    const steps = [...root.querySelectorAll('[data-field=timeline] > li')];
    expect(steps.map((li) => li.querySelector('time')!.textContent)).toEqual(['08:10, thứ Hai 16/02/2026', '09:00, thứ Hai 16/02/2026', '10:30, thứ Năm 19/02/2026']);
    expect(steps.map((li) => li.querySelector('strong')!.textContent)).toEqual(['Nộp hồ sơ', 'Tiếp nhận hồ sơ', 'Gia hạn thời gian giải quyết']);
    expect(steps[0]!.textContent).toContain('Người thực hiện: Người nộp hồ sơ');
    expect(steps[2]!.getAttribute('aria-current')).toBe('step');
    expect(steps[2]!.textContent).toContain('(bước hiện tại)');
    expect(text(root, 'li:last-child [data-field=reason]')).toBe('Lý do: Cần xác minh tại nơi cư trú');
    expect(text(root, 'li:nth-child(2) [data-field=due-change]')).toBe('Hẹn trả kết quả: 17:00, thứ Sáu 20/02/2026'); // the clock starts
    expect(text(root, 'li:last-child [data-field=due-change]')).toBe('Hạn trả kết quả mới: 17:00, thứ Hai 23/02/2026');
    expect(text(root, '[data-field=extension]')).toBe('Hạn trả kết quả đã được lùi một lần. Lý do: Cần xác minh tại nơi cư trú');
    await expectAxeClean(el);
  });

  it('shows the timeline and extension in English, and tolerates a server without them', async () => {
    const api = fakeApi({ [`GET ${URL_BASE}`]: () => reply(200, dossier({ procedureTitle: { vi: 'Đăng ký khai sinh', en: 'Birth registration' }, timeline })) });
    const { el, root } = await mountWith(api, 'en');
    expect(text(root, '[data-field=procedure]')).toBe('Birth registration');
    expect(text(root, '[data-field=timeline] > li:nth-child(2) time')).toBe('09:00, Monday 16 February 2026');
    expect(text(root, '[data-field=timeline] > li:nth-child(2) strong')).toBe('Receive the dossier');
    expect(text(root, '[data-field=extension]')).toBe('The result due date was moved once. Reason: Cần xác minh tại nơi cư trú');
    await expectAxeClean(el);

    const older = fakeApi({ [`GET ${URL_BASE}`]: () => reply(200, dossier()) });
    const plain = await mountWith(older, 'en');
    expect(plain.root.querySelector('[data-field=timeline]')).toBeNull();
    expect(plain.root.querySelector('[data-field=extension]')).toBeNull();
    expect(text(plain.root, '[data-field=procedure]')).toBe('birth-registration@1.0.0');
  });

  it('lists what is missing by title and uploads each file, then sends the supplement and reloads', async () => {
    let supplied = false;
    const api = fakeApi({
      [`GET ${URL_BASE}`]: () => reply(200, supplied
        ? dossier({ state: 'appraisal', status: 4, version: 6, timeline })
        : dossier({ state: 'awaitingSupplement', status: 5, dueAt: null, version: 4, request: supplementRequest })),
      [`POST ${URL_BASE}/documents`]: (call) => reply(201, { component: new URL(call.url, location.href).searchParams.get('component'), sha256: 'x', size: 9, mediaType: 'application/pdf' }),
      [`POST ${URL_BASE}/supplement`]: () => { supplied = true; return reply(200, dossier({ version: 6 })); },
    });
    const sent = vi.fn();
    document.addEventListener('motcua-supplement-sent', sent);
    onTestFinished(() => document.removeEventListener('motcua-supplement-sent', sent));
    const { el, root } = await mountWith(api, 'vi');
    expect([...root.querySelectorAll('[data-field=supplement] li')].map((li) => li.textContent)).toEqual(['Giấy chứng sinh', 'Giấy chứng nhận kết hôn']);
    expect(text(root, '#file-giay-chung-sinh-hint')).toBe('PDF hoặc JPEG, tối đa 1 MB');
    expect(text(root, '#file-giay-dang-ky-ket-hon-hint')).toBe('PDF hoặc PNG');
    expect(root.querySelector('#file-giay-chung-sinh')!.getAttribute('accept')).toBe('application/pdf,image/jpeg');
    await expectAxeClean(el);

    chooseFile(root, 'giay-chung-sinh', PDF, 'chung-sinh.pdf');
    chooseFile(root, 'giay-dang-ky-ket-hon', PNG, 'ket-hon.png');
    const reloaded = nextLookup(el);
    root.querySelector<HTMLButtonElement>('[part=supplement-submit]')!.click();
    await reloaded;
    await el.updateComplete;

    expect(api.calls.map(({ method, url, authorization }) => `${method} ${url} ${authorization}`)).toEqual([
      `GET ${URL_BASE} Bearer tok-123`,
      `POST ${URL_BASE}/documents?component=giay-chung-sinh Bearer tok-123`,
      `POST ${URL_BASE}/documents?component=giay-dang-ky-ket-hon Bearer tok-123`,
      `POST ${URL_BASE}/supplement Bearer tok-123`,
      `GET ${URL_BASE} Bearer tok-123`,
    ]);
    expect(api.calls[1]!.body).toEqual(PDF); // the raw bytes, not a form
    expect(api.calls[3]!.body).toEqual({ documents: ['giay-chung-sinh', 'giay-dang-ky-ket-hon'], expectedVersion: 4 });
    expect(sent).toHaveBeenCalledOnce();
    expect((sent.mock.calls[0]![0] as CustomEvent).detail).toEqual({ code: lookup.code, documents: ['giay-chung-sinh', 'giay-dang-ky-ket-hon'] });
    expect(text(root, '[data-field=state]')).toBe('Đang xử lý');
    expect(root.querySelector('[data-field=supplement]')).toBeNull();
    expect(text(root, '[data-field=supplement-sent]')).toBe('Đã gửi giấy tờ bổ sung. Cơ quan giải quyết sẽ tiếp tục xử lý hồ sơ.');
    await expectAxeClean(el);
  });

  it('refuses a missing, mistyped or oversized file before sending anything, in an error summary that takes focus', async () => {
    const api = fakeApi({ [`GET ${URL_BASE}`]: () => reply(200, dossier({ state: 'awaitingSupplement', status: 5, dueAt: null, version: 4, request: supplementRequest })) });
    const { el, root } = await mountWith(api, 'en');
    chooseFile(root, 'giay-dang-ky-ket-hon', new TextEncoder().encode('MZ not a pdf at all'), 'ket-hon.pdf'); // renamed executable
    root.querySelector<HTMLButtonElement>('[part=supplement-submit]')!.click();
    await settle(el);
    expect((root.activeElement as HTMLElement | null)?.classList.contains('error-summary')).toBe(true);
    expect([...root.querySelectorAll('.error-summary a')].map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
      ['#file-giay-chung-sinh', 'Choose a file for Birth certificate from the hospital'],
      ['#file-giay-dang-ky-ket-hon', 'The file for Marriage certificate must be PDF or PNG; the chosen file is of an unknown type'],
    ]);
    expect(root.querySelector('#file-giay-chung-sinh')!.getAttribute('aria-describedby')).toBe('file-giay-chung-sinh-hint file-giay-chung-sinh-error');
    await expectAxeClean(el);

    chooseFile(root, 'giay-chung-sinh', new Uint8Array([...PDF, ...new Uint8Array(1024 * 1024)]), 'big.pdf');
    chooseFile(root, 'giay-dang-ky-ket-hon', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2]), 'photo.png'); // a JPEG, not accepted here
    root.querySelector<HTMLButtonElement>('[part=supplement-submit]')!.click();
    await settle(el);
    expect([...root.querySelectorAll('.error-summary a')].map((a) => a.textContent)).toEqual([
      'The file for Birth certificate from the hospital is larger than 1 MB; compress it or scan at a lower resolution',
      'The file for Marriage certificate must be PDF or PNG; the chosen file is JPEG',
    ]);
    expect(api.calls.map(({ method }) => method)).toEqual(['GET']);
  });

  it('names the file the server refused, with its message', async () => {
    const api = fakeApi({
      [`GET ${URL_BASE}`]: () => reply(200, dossier({ state: 'awaitingSupplement', status: 5, dueAt: null, version: 4, request: supplementRequest })),
      [`POST ${URL_BASE}/documents`]: (call) => call.url.endsWith('giay-chung-sinh')
        ? reply(201, {})
        : reply(415, { error: { code: 'unsupported-media-type', message: { vi: 'nội dung tệp không được nhận', en: 'the content is not accepted' } } }),
    });
    const { el, root } = await mountWith(api, 'vi');
    chooseFile(root, 'giay-chung-sinh', PDF);
    chooseFile(root, 'giay-dang-ky-ket-hon', PNG);
    root.querySelector<HTMLButtonElement>('[part=supplement-submit]')!.click();
    await settle(el);
    expect([...root.querySelectorAll('.error-summary a')].map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
      ['#file-giay-dang-ky-ket-hon', 'Không gửi được tệp Giấy chứng nhận kết hôn: nội dung tệp không được nhận'],
    ]);
    expect(api.calls.some(({ url }) => url.endsWith('/supplement'))).toBe(false);
  });

  it('reloads and asks to send again when the dossier changed meanwhile (409)', async () => {
    let version = 4;
    const api = fakeApi({
      [`GET ${URL_BASE}`]: () => reply(200, dossier({ state: 'awaitingSupplement', status: 5, dueAt: null, version, request: supplementRequest })),
      [`POST ${URL_BASE}/documents`]: () => reply(201, {}),
      [`POST ${URL_BASE}/supplement`]: () => { version = 5; return reply(409, { error: { code: 'conflict', message: { vi: 'x', en: 'x' } } }); },
    });
    const { el, root } = await mountWith(api, 'en');
    chooseFile(root, 'giay-chung-sinh', PDF);
    chooseFile(root, 'giay-dang-ky-ket-hon', PNG);
    root.querySelector<HTMLButtonElement>('[part=supplement-submit]')!.click();
    await settle(el);
    await settle(el);
    expect(api.calls.map(({ method, url }) => `${method} ${url.split('?')[0]}`).slice(-2)).toEqual([`POST ${URL_BASE}/supplement`, `GET ${URL_BASE}`]);
    expect([...root.querySelectorAll('.error-summary a')].map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
      ['#supplement-submit', 'The dossier has just changed. Its latest status is shown; check it and send again.'],
    ]);
    expect((root.activeElement as HTMLElement | null)?.classList.contains('error-summary')).toBe(true);

    chooseFile(root, 'giay-chung-sinh', PDF);
    chooseFile(root, 'giay-dang-ky-ket-hon', PNG);
    root.querySelector<HTMLButtonElement>('[part=supplement-submit]')!.click();
    await settle(el);
    expect(api.calls.filter(({ url }) => url.endsWith('/supplement')).map(({ body }) => (body as { expectedVersion: number }).expectedVersion)).toEqual([4, 5]);
  });

  it('falls back to component ids when the server sends no details', async () => {
    const api = fakeApi({ [`GET ${URL_BASE}`]: () => reply(200, dossier({ state: 'awaitingSupplement', status: 5, dueAt: null, request: { kind: 'supplement', reason: null, components: ['to-khai'] } })) });
    const { el, root } = await mountWith(api, 'en');
    expect([...root.querySelectorAll('[data-field=supplement] li')].map((li) => li.textContent)).toEqual(['to-khai']);
    expect(text(root, 'label[for=file-to-khai]')).toBe('to-khai');
    expect(text(root, '#file-to-khai-hint')).toBe('PDF, JPEG, PNG, DOCX, XLSX, ODT or ODS'); // core's DEFAULT_ACCEPTED_MEDIA_TYPES
    await expectAxeClean(el);
  });

  it('answers a supplement by keyboard: tab to each field and the button, Enter sends', async () => {
    let supplied = false;
    const api = fakeApi({
      [`GET ${URL_BASE}`]: () => reply(200, dossier(supplied ? { version: 5 } : { state: 'awaitingSupplement', status: 5, dueAt: null, version: 4, request: supplementRequest })),
      [`POST ${URL_BASE}/documents`]: () => reply(201, {}),
      [`POST ${URL_BASE}/supplement`]: () => { supplied = true; return reply(200, dossier({ version: 5 })); },
    });
    const { el, root } = await mountWith(api, 'vi');
    const focused = () => root.activeElement as HTMLElement | null;
    root.querySelector<HTMLButtonElement>('[part=submit]')!.focus(); // the lookup form's last control
    await userEvent.tab();
    expect(focused()?.id).toBe('file-giay-chung-sinh');
    chooseFile(root, 'giay-chung-sinh', PDF); // the file chooser is the browser's own dialog
    await userEvent.tab();
    expect(focused()?.id).toBe('file-giay-dang-ky-ket-hon');
    chooseFile(root, 'giay-dang-ky-ket-hon', PNG);
    await userEvent.tab();
    expect(focused()?.getAttribute('part')).toBe('supplement-submit');
    const reloaded = nextLookup(el);
    await userEvent.keyboard('{Enter}');
    await reloaded;
    await el.updateComplete;
    expect(api.calls.filter(({ method }) => method === 'POST')).toHaveLength(3);
    expect(text(root, '[data-field=state]')).toBe('Đang xử lý');
    expect(focused()?.dataset['field']).toBe('supplement-sent'); // focus is not lost with the form
  });

  it('shows the after-result slot only once the dossier has a result', async () => {
    const processing = await mountWith(fakeApi({ [`GET ${URL_BASE}`]: () => reply(200, dossier()) }), 'vi');
    expect(processing.root.querySelector('slot[name=after-result]')).toBeNull();

    const container = document.createElement('div');
    container.lang = 'en';
    const el = document.createElement('motcua-dossier-status');
    el.fetch = fakeApi({ [`GET ${URL_BASE}`]: () => reply(200, dossier({ state: 'resultReady', status: 9 })) }).fetch;
    el.code = lookup.code;
    el.token = lookup.token;
    const slotted = document.createElement('p');
    slotted.slot = 'after-result';
    slotted.textContent = 'Rate the service';
    el.append(slotted);
    const settled = nextLookup(el);
    container.append(el);
    document.body.append(container);
    await settled;
    await el.updateComplete;
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=after-result]')!;
    expect(slot.assignedElements()).toEqual([slotted]);
    expect(el.shadowRoot!.querySelector('[part=after-result]')!.getAttribute('aria-label')).toBe('After the result');
    expect(slotted.checkVisibility()).toBe(true);
    await expectAxeClean(el);
  });
});
