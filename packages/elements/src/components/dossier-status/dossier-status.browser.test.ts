import axe from 'axe-core';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import './define.js';
import { defineDossierStatus } from './define.js';
import type { MotcuaDossierStatus } from './dossier-status.js';

const NOW = new Date('2026-02-20T09:00:00+07:00');
const dossier = (overrides: Record<string, unknown> = {}) => ({
  code: '000.00.31.H29-260216-0001', procedure: 'birth-registration@1.0.0', agency: '000.00.31.H29', state: 'appraisal', status: 4,
  closed: false, dueAt: '2026-02-23T17:00:00+07:00', version: 3, submittedAt: '2026-02-16T08:10:00+07:00',
  receivedAt: '2026-02-16T09:00:00+07:00', request: null, ...overrides,
});

interface Call { url: string; authorization: string | null }
function stubFetch(answer: () => Promise<Response>): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    calls.push({ url, authorization: new Headers(init.headers).get('authorization') });
    return answer();
  });
  return calls;
}
const json = (status: number, body: unknown) => async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Mounts the element under a container with `lang`, with the given attributes, and waits for its first lookup event. */
async function mount(lang: string | null, attributes: Record<string, string> = {}): Promise<{ el: MotcuaDossierStatus; root: ShadowRoot }> {
  const container = document.createElement('div');
  if (lang) container.lang = lang;
  const el = document.createElement('motcua-dossier-status');
  el.now = () => NOW;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const settled = attributes['code'] && attributes['token'] ? nextLookup(el) : Promise.resolve();
  container.append(el);
  document.body.append(container);
  await settled;
  await el.updateComplete;
  return { el, root: el.shadowRoot! };
}
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

const lookup = { code: '000.00.31.H29-260216-0001', token: 'tok-123' };

describe('<motcua-dossier-status> in Chromium', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.unstubAllGlobals();
  });

  it('runs in a real Chromium', () => {
    expect(navigator.userAgent).toMatch(/Chrome\//);
  });

  it('registering the tag twice does not throw', () => {
    expect(() => defineDossierStatus()).not.toThrow();
    expect(() => defineDossierStatus()).not.toThrow();
    expect(customElements.get('motcua-dossier-status')).toBeDefined();
  });

  it('shows a found dossier in Vietnamese by default, with the bearer token sent', async () => {
    const calls = stubFetch(json(200, dossier()));
    const loaded = vi.fn();
    document.addEventListener('motcua-dossier-loaded', loaded);
    const pageLang = document.documentElement.getAttribute('lang'); // the runner's page says lang="en"
    document.documentElement.removeAttribute('lang');
    onTestFinished(() => { if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang); });
    const { el, root } = await mount(null, { ...lookup, endpoint: 'https://dvc.example.vn/api/' });
    document.removeEventListener('motcua-dossier-loaded', loaded);

    expect(calls).toEqual([{ url: 'https://dvc.example.vn/api/dossiers/000.00.31.H29-260216-0001', authorization: 'Bearer tok-123' }]);
    expect(loaded).toHaveBeenCalledOnce(); // bubbles and composed: heard on the document
    expect((loaded.mock.calls[0]![0] as CustomEvent).detail.dossier.code).toBe(lookup.code);
    expect(el.lookupState).toBe('loaded');
    expect(text(root, '#result-title')).toBe('Hồ sơ 000.00.31.H29-260216-0001');
    expect(text(root, '[data-field=state]')).toBe('Đang xử lý');
    expect(text(root, '[data-field=status]')).toBe('4');
    expect(text(root, '[data-field=due]')).toBe('17:00, thứ Hai 23/02/2026 Còn trong hạn');
    expect(root.querySelector('[part=result]')!.getAttribute('role')).toBe('status');
    expect(root.querySelector('[part=result]')!.getAttribute('aria-live')).toBe('polite');
    expect(root.querySelector('[part=base]')).not.toBeNull();
    expect(root.querySelector('[data-field=supplement]')).toBeNull();
    await expectAxeClean(el);
  });

  it('follows lang="en" on a parent', async () => {
    stubFetch(json(200, dossier()));
    const { el, root } = await mount('en', lookup);
    expect(text(root, '#form-title')).toBe('Track a dossier');
    expect(text(root, '#result-title')).toBe('Dossier 000.00.31.H29-260216-0001');
    expect(text(root, '[data-field=state]')).toBe('Being processed');
    expect(text(root, '[data-field=due]')).toBe('17:00, Monday 23 February 2026 On time');
    expect(root.querySelector('[part=base]')!.getAttribute('lang')).toBe('en');
    await expectAxeClean(el);
  });

  it('lists the components asked for when a supplement is requested', async () => {
    stubFetch(json(200, dossier({
      state: 'awaitingSupplement', status: 5, dueAt: null,
      request: { kind: 'supplement', step: 'appraisal', reason: 'Bản sao giấy chứng sinh bị mờ', components: ['giay-chung-sinh', 'giay-dang-ky-ket-hon'] },
    })));
    const { el, root } = await mount('vi', lookup);
    expect(text(root, '[data-field=state]')).toBe('Chờ bổ sung giấy tờ');
    expect(text(root, '[data-field=due]')).toBe('Chưa xác định');
    expect([...root.querySelectorAll('[data-field=supplement] li')].map((li) => li.textContent)).toEqual(['giay-chung-sinh', 'giay-dang-ky-ket-hon']);
    expect(text(root, '[data-field=supplement]')).toContain('Lý do: Bản sao giấy chứng sinh bị mờ');
    await expectAxeClean(el);
  });

  it('says overdue and due soon in words, not colour alone', async () => {
    stubFetch(json(200, dossier({ dueAt: '2026-02-19T17:00:00+07:00' })));
    const overdue = await mount('vi', lookup);
    expect(text(overdue.root, '[data-due]')).toBe('Quá hạn');
    expect(text(overdue.root, '[data-field=due]')).toBe('17:00, thứ Năm 19/02/2026 Quá hạn');
    await expectAxeClean(overdue.el);

    stubFetch(json(200, dossier({ dueAt: '2026-02-21T17:00:00+07:00' })));
    const soon = await mount('en', lookup);
    expect(text(soon.root, '[data-due]')).toBe('Due soon');
    await expectAxeClean(soon.el);
  });

  it('answers 404 and a wrong token with the same message', async () => {
    const errors: CustomEvent[] = [];
    document.addEventListener('motcua-dossier-error', (event) => errors.push(event as CustomEvent));
    stubFetch(json(404, { error: { code: 'dossier-not-found' } }));
    const missing = await mount('vi', lookup);
    stubFetch(json(403, { error: { code: 'forbidden' } }));
    const wrongToken = await mount('vi', lookup);
    expect(text(missing.root, '[part=result]')).toMatch(/^Không tìm thấy hồ sơ, hoặc mã tra cứu không đúng/);
    expect(text(wrongToken.root, '[part=result]')).toBe(text(missing.root, '[part=result]'));
    expect(errors.map((event) => event.detail)).toEqual([
      { code: lookup.code, reason: 'not-found', status: 404 },
      { code: lookup.code, reason: 'not-found', status: 403 },
    ]);
    await expectAxeClean(missing.el);
  });

  it('reports a network failure', async () => {
    stubFetch(async () => { throw new TypeError('Failed to fetch'); });
    const { el, root } = await mount('en', lookup);
    expect(el.lookupState).toBe('failed');
    expect(text(root, '[part=result]')).toBe('Could not reach the service. Check your connection and try again.');
    await expectAxeClean(el);
  });

  it('is usable by keyboard only: focus order, error summary takes focus, Enter submits', async () => {
    const calls = stubFetch(json(200, dossier()));
    const { el, root } = await mount('vi');
    expect(root.querySelector('[part=result]')!.textContent!.trim()).toBe('');
    await expectAxeClean(el); // the empty form

    const focused = () => root.activeElement as HTMLElement | null;
    await userEvent.tab();
    expect(focused()?.id).toBe('code');
    await userEvent.tab();
    expect(focused()?.id).toBe('token');
    await userEvent.tab();
    expect(focused()?.getAttribute('part')).toBe('submit');

    await userEvent.keyboard('{Enter}'); // submit empty
    await el.updateComplete;
    expect(focused()?.classList.contains('error-summary')).toBe(true);
    expect([...root.querySelectorAll('.error-summary a')].map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
      ['#code', 'Nhập mã hồ sơ'], ['#token', 'Nhập mã tra cứu'],
    ]);
    expect(root.querySelector('#code')!.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#code')!.getAttribute('aria-describedby')).toBe('code-hint code-error');
    expect(calls).toEqual([]);
    await expectAxeClean(el); // the error state

    await userEvent.tab(); // into the summary's first link, which moves focus to its field
    expect(focused()?.getAttribute('href')).toBe('#code');
    await userEvent.keyboard('{Enter}');
    expect(focused()?.id).toBe('code');
    await userEvent.keyboard(lookup.code);
    await userEvent.tab();
    await userEvent.keyboard(lookup.token);
    const settled = nextLookup(el);
    await userEvent.keyboard('{Enter}'); // Enter in a field submits the form
    await settled;
    await el.updateComplete;
    expect(calls).toEqual([{ url: `/api/dossiers/${lookup.code}`, authorization: 'Bearer tok-123' }]);
    expect(root.querySelector('.error-summary')).toBeNull();
    expect(text(root, '[data-field=state]')).toBe('Đang xử lý');
  });

  it('themes through --motcua-* tokens set on an ancestor and ::part(base)', async () => {
    stubFetch(json(200, dossier()));
    const { el, root } = await mount('vi', lookup);
    el.parentElement!.style.setProperty('--motcua-color-text', 'rgb(1, 2, 3)');
    expect(getComputedStyle(root.querySelector('[part=base]')!).color).toBe('rgb(1, 2, 3)');
  });
});
