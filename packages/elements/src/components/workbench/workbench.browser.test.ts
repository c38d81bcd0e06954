import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import './define.js';
import { defineWorkbench } from './define.js';
import householdJson from '../../../../../examples/procedures/business-household-registration-1.001612.json' with { type: 'json' };
import { FIXTURE_CODE } from '../official-form/official-form.fixtures.js';
import type { MotcuaOfficialForm } from '../official-form/official-form.js';
import { createFakeFetch, fixtureDetail, fixtureInbox, fixtureRoutes, withdrawnDetail, type FakeAnswer } from './workbench.fixtures.js';
import type { MotcuaWorkbench } from './workbench.js';

const NOW = new Date('2026-02-20T09:00:00+07:00');
type Routes = Record<string, FakeAnswer | ((count: number) => FakeAnswer)>;

async function mount(routes: Routes, lang = 'vi', token = 'officer-token') {
  const { fetch, calls } = createFakeFetch(routes);
  const container = document.createElement('div');
  container.lang = lang;
  const el = document.createElement('motcua-workbench');
  el.fetch = fetch;
  el.now = () => NOW;
  el.token = token;
  container.append(el);
  document.body.append(container);
  const root = el.shadowRoot!;
  await el.updateComplete;
  if (token) await vi.waitFor(() => expect(root.querySelector('table, [data-state]')).not.toBeNull());
  await el.updateComplete;
  return { el, root, calls };
}
const text = (root: ParentNode, selector: string) => root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
const focused = (root: ShadowRoot) => root.activeElement as HTMLElement | null;

async function expectAxeClean(el: HTMLElement): Promise<void> {
  const results = await axe.run(el);
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function openDetail(el: MotcuaWorkbench, root: ShadowRoot): Promise<void> {
  root.querySelector<HTMLButtonElement>(`tr[data-code="${FIXTURE_CODE}"] button`)!.click();
  await vi.waitFor(() => expect(root.querySelector('[part=actions]')).not.toBeNull());
  await el.updateComplete;
}

async function openAction(el: MotcuaWorkbench, root: ShadowRoot, type: string): Promise<HTMLFormElement> {
  root.querySelector<HTMLButtonElement>(`button[data-type="${type}"]`)!.click();
  await el.updateComplete;
  return root.querySelector<HTMLFormElement>('form[part=action-form]')!;
}

async function submit(el: MotcuaWorkbench, root: ShadowRoot): Promise<void> {
  root.querySelector<HTMLButtonElement>('button[part=confirm]')!.click();
  await el.updateComplete;
}

/** The fixture dossier's detail once the applicant withdrew it (status 7): nothing left to do but print. */
describe('<motcua-workbench> inbox', () => {
  afterEach(() => document.body.replaceChildren());

  it('registering the tag twice does not throw', () => {
    expect(() => defineWorkbench()).not.toThrow();
    expect(customElements.get('motcua-workbench')).toBeDefined();
    expect(customElements.get('motcua-official-form')).toBeDefined();
  });

  it('lists the dossiers soonest due first, with state and overdue / due soon in words, sending the bearer token', async () => {
    const { el, root, calls } = await mount(fixtureRoutes());
    expect(calls.map((call) => [call.method, call.url, call.authorization])).toEqual([
      ['GET', '/api/inbox', 'Bearer officer-token'], ['GET', '/api/procedures', 'Bearer officer-token'],
    ]);
    expect(texts(root, 'tbody th')).toEqual([FIXTURE_CODE, '000.00.31.H29-260217-0002', '000.00.31.H29-260218-0003']);
    expect(texts(root, 'tbody [data-field=due] [data-due]')).toEqual(['Quá hạn', 'Sắp đến hạn', 'Còn trong hạn']);
    expect(text(root, 'tbody tr [data-field=due]')).toBe('17:00, thứ Năm 19/02/2026 Quá hạn');
    expect(texts(root, 'tbody [data-field=state]')).toEqual(['Đang xử lý', 'Đang xử lý', 'Đang xử lý']);
    expect(text(root, 'tbody td')).toBe('Đăng ký khai sinh');
    expect(text(root, 'caption')).toBe('Hồ sơ của 000.00.31.H29 cần vai trò commune-chairman xử lý (3 hồ sơ)');
    await expectAxeClean(el);
  });

  it('sorts by due date both ways, with aria-sort, dossiers without a date last', async () => {
    const routes = { ...fixtureRoutes(), 'GET /api/inbox': { status: 200, body: fixtureInbox([
      { ...(fixtureInbox().dossiers as Record<string, unknown>[])[0]!, code: 'NO-DATE', dueAt: null },
      ...(fixtureInbox().dossiers as Record<string, unknown>[]),
    ]) } };
    const { el, root } = await mount(routes, 'en');
    const header = () => root.querySelector('th[aria-sort]')!;
    expect(header().getAttribute('aria-sort')).toBe('ascending');
    expect(texts(root, 'tbody th')).toEqual([FIXTURE_CODE, '000.00.31.H29-260217-0002', '000.00.31.H29-260218-0003', 'NO-DATE']);
    root.querySelector<HTMLButtonElement>('button[part=sort]')!.click();
    await el.updateComplete;
    expect(header().getAttribute('aria-sort')).toBe('descending');
    expect(text(root, 'button[part=sort] .visually-hidden')).toBe('(latest first)');
    expect(texts(root, 'tbody th')).toEqual(['000.00.31.H29-260218-0003', '000.00.31.H29-260217-0002', FIXTURE_CODE, 'NO-DATE']);
    await expectAxeClean(el);
  });

  it('says so when there is nothing to handle, in English under lang="en"', async () => {
    const { el, root } = await mount({ ...fixtureRoutes(), 'GET /api/inbox': { status: 200, body: fixtureInbox([]) } }, 'en');
    expect(text(root, '[data-state=empty]')).toBe('There are no dossiers for you to handle.');
    expect(text(root, '#inbox-title')).toBe('Dossiers to handle');
    await expectAxeClean(el);
  });

  it('reports an expired sign-in and a network failure, and retries', async () => {
    const expired = await mount({ 'GET /api/inbox': { status: 401, body: { error: { code: 'unauthenticated' } } } });
    expect(text(expired.root, '[data-state=error] p')).toBe('Phiên đăng nhập không hợp lệ hoặc đã hết hạn. Đăng nhập lại rồi thử lại.');
    await expectAxeClean(expired.el);

    const routes: Routes = { ...fixtureRoutes(), 'GET /api/inbox': (count) => (count === 1 ? 'network-error' : { status: 200, body: fixtureInbox() }) };
    const offline = await mount(routes, 'en');
    expect(text(offline.root, '[data-state=error] p')).toBe('Could not reach the service. Check your connection and try again.');
    offline.root.querySelector<HTMLButtonElement>('[data-state=error] button')!.click();
    await vi.waitFor(() => expect(offline.root.querySelectorAll('tbody tr')).toHaveLength(3));
  });

  it('asks for a sign-in without a token, and calls nothing', async () => {
    const { root, calls } = await mount(fixtureRoutes(), 'vi', '');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(text(root, '.notice')).toBe('Cần đăng nhập bằng tài khoản cán bộ để xem hồ sơ.');
    expect(calls).toEqual([]);
  });
});

describe('<motcua-workbench> dossier detail and actions', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  it("labels each list item's answers from the layout's itemFields, in the officer's language", async () => {
    const members = [{ fullName: 'Lê Thị Lan', citizenId: '001180023456' }, { fullName: 'Nguyễn Minh Đức', citizenId: '001205012345' }];
    const { el, root } = await mount({
      ...fixtureRoutes(),
      [`GET /api/dossiers/${FIXTURE_CODE}/detail`]: { status: 200, body: fixtureDetail({ data: { members } }) },
      'GET /api/procedures/1.001193@1.0.0': { status: 200, body: householdJson },
    }, 'en');
    await openDetail(el, root);
    expect(text(root, '[data-answer="members"]')).toBe(
      'Full name: Lê Thị Lan, Personal identification number: 001180023456; Full name: Nguyễn Minh Đức, Personal identification number: 001205012345',
    );
  });

  it('shows the answers labelled from the layout, documents, history, and only the allowed actions', async () => {
    const { el, root, calls } = await mount(fixtureRoutes());
    await openDetail(el, root);
    expect(calls.slice(2).map((call) => `${call.method} ${call.url}`)).toEqual([
      `GET /api/dossiers/${FIXTURE_CODE}/detail`, 'GET /api/procedures/1.001193%401.0.0',
    ]);
    expect(text(root, '#detail-title')).toBe(`Hồ sơ ${FIXTURE_CODE}`);
    expect(focused(root)?.id).toBe('detail-title');
    expect(text(root, '[data-field=procedure]')).toBe('Đăng ký khai sinh');
    expect(text(root, '[data-field=state]')).toBe('Đang xử lý — Phê duyệt');
    expect(text(root, '[data-field=due]')).toBe('17:00, thứ Năm 19/02/2026 Quá hạn');
    expect(texts(root, '[part=answers] dt')).toEqual(['Họ, chữ đệm và tên của trẻ', 'Giới tính', 'Họ, chữ đệm và tên', 'Số điện thoại']);
    expect(text(root, '[data-answer="child.sex"]')).toBe('Nam');
    expect(text(root, '[data-answer="requester.fullName"]')).toBe('Trần Thị Bình');
    expect(texts(root, '[part=documents] a')).toEqual(['Tải về Tờ khai đăng ký khai sinh', 'Tải về Giấy chứng sinh']);
    expect(root.querySelector('[part=documents] a')!.getAttribute('href')).toBe(`/api/dossiers/${FIXTURE_CODE}/documents/${'a'.repeat(64)}`);
    expect(texts(root, '.timeline li strong')).toEqual(['Nộp hồ sơ', 'Tiếp nhận hồ sơ', 'Trình ký']);
    expect(text(root, '.timeline li[data-event="reception.accept"]')).toContain('Người thực hiện: Công chức tiếp nhận, r-01');
    expect(text(root, '.timeline li[data-event="SUBMIT"]')).toContain('Người thực hiện: Người nộp hồ sơ');
    expect(text(root, '.timeline li[data-event="SUBMIT"]')).not.toContain('applicant');
    expect(texts(root, '[part=actions] button[data-type]')).toEqual([
      'Yêu cầu bổ sung hồ sơ', 'Từ chối giải quyết', 'Gia hạn, hẹn lại ngày trả kết quả', 'Phê duyệt, ký Giấy khai sinh',
    ]);
    await expectAxeClean(el);
  });

  it('shows no action button the role may not take', async () => {
    const routes = { ...fixtureRoutes(), [`GET /api/dossiers/${FIXTURE_CODE}/detail`]: { status: 200, body: fixtureDetail({ actions: [] }) } };
    const { el, root } = await mount(routes, 'en');
    await openDetail(el, root);
    expect(root.querySelectorAll('[part=actions] button')).toHaveLength(0);
    expect(text(root, '[part=actions] p')).toBe('Your role has no action on this dossier now.');
    expect(texts(root, '[part=answers] dt')[0]).toBe("Child's full name");
    await expectAxeClean(el);
  });

  it('downloads a document with the bearer token', async () => {
    const routes = { ...fixtureRoutes(), [`GET /api/dossiers/${FIXTURE_CODE}/documents/${'a'.repeat(64)}`]: { status: 200, body: 'pdf' } };
    const { el, root, calls } = await mount(routes);
    await openDetail(el, root);
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    root.querySelector<HTMLAnchorElement>('[part=documents] a')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(clicks).toHaveBeenCalledOnce());
    expect(calls.at(-1)).toMatchObject({ method: 'GET', url: `/api/dossiers/${FIXTURE_CODE}/documents/${'a'.repeat(64)}`, authorization: 'Bearer officer-token' });

    root.querySelectorAll<HTMLAnchorElement>('[part=documents] a')[1]!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })); // 404
    await vi.waitFor(() => expect(text(root, '[data-notice=failed]')).toBe('Không tải được Giấy chứng sinh. Kiểm tra kết nối rồi thử lại.'));
    expect(clicks).toHaveBeenCalledOnce();
  });

  it('validates each action\'s required inputs with a focused error summary, and sends nothing', async () => {
    const { el, root, calls } = await mount(fixtureRoutes());
    await openDetail(el, root);
    const sent = () => calls.filter((call) => call.method === 'POST');
    const summary = () => [...root.querySelectorAll('.error-summary a')].map((a) => [a.getAttribute('href'), a.textContent]);

    await openAction(el, root, 'approval.request-supplement');
    expect(focused(root)?.id).toBe('component-to-khai');
    await submit(el, root);
    expect(focused(root)?.classList.contains('error-summary')).toBe(true);
    expect(summary()).toEqual([['#component-to-khai', 'Chọn ít nhất một thành phần hồ sơ cần bổ sung']]);
    expect(root.querySelector('fieldset')!.getAttribute('aria-describedby')).toBe('components-hint components-error');
    await expectAxeClean(el);

    await openAction(el, root, 'approval.refuse');
    await submit(el, root);
    expect(summary()).toEqual([['#action-reason', 'Nhập lý do']]);
    expect(root.querySelector('#action-reason')!.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#action-reason')!.getAttribute('aria-describedby')).toBe('action-reason-hint action-reason-error');

    await openAction(el, root, 'EXTEND');
    await submit(el, root);
    expect(summary()).toEqual([['#action-reason', 'Nhập lý do'], ['#action-due', 'Nhập ngày hẹn trả kết quả mới']]);
    root.querySelector<HTMLInputElement>('#action-due')!.value = '2026-02-20'; // today is not after today
    await submit(el, root);
    expect(summary()).toEqual([['#action-reason', 'Nhập lý do'], ['#action-due', 'Ngày hẹn trả kết quả mới phải sau hôm nay']]);
    await expectAxeClean(el);

    await openAction(el, root, 'approval.approve');
    await submit(el, root);
    expect(summary()).toEqual([['#action-attachments', 'Nhập ít nhất một mã tệp đính kèm']]);
    root.querySelector<HTMLAnchorElement>('.error-summary a')!.click();
    expect(focused(root)?.id).toBe('action-attachments');
    expect(sent()).toEqual([]);
  });

  it('posts exactly what the action needs with the version seen, fires motcua-action-done and reloads', async () => {
    const routes: Routes = {
      ...fixtureRoutes(),
      [`POST /api/dossiers/${FIXTURE_CODE}/actions`]: { status: 200, body: { ...fixtureDetail(), state: 'awaitingSupplement', status: 5, version: 6 } },
    };
    const { el, root, calls } = await mount(routes);
    await openDetail(el, root);
    const done = vi.fn();
    document.addEventListener('motcua-action-done', done);
    await openAction(el, root, 'approval.request-supplement');
    root.querySelector<HTMLInputElement>('#component-giay-chung-sinh')!.click();
    root.querySelector<HTMLInputElement>('#component-giay-ket-hon')!.click();
    root.querySelector<HTMLTextAreaElement>('#action-reason')!.value = '  Bản chụp bị mờ  ';
    await submit(el, root);
    await vi.waitFor(() => expect(done).toHaveBeenCalledOnce());
    document.removeEventListener('motcua-action-done', done);
    const post = calls.find((call) => call.method === 'POST')!;
    expect(post.url).toBe(`/api/dossiers/${FIXTURE_CODE}/actions`);
    expect(post.authorization).toBe('Bearer officer-token');
    expect(post.body).toEqual({ type: 'approval.request-supplement', expectedVersion: 5, reason: 'Bản chụp bị mờ', missingComponents: ['giay-chung-sinh', 'giay-ket-hon'] });
    expect(JSON.stringify(post.body)).toBe('{"type":"approval.request-supplement","expectedVersion":5,"reason":"Bản chụp bị mờ","missingComponents":["giay-chung-sinh","giay-ket-hon"]}');
    expect((done.mock.calls[0]![0] as CustomEvent).detail).toEqual({ code: FIXTURE_CODE, type: 'approval.request-supplement', state: 'awaitingSupplement' });
    await vi.waitFor(() => expect(calls.filter((call) => call.url.endsWith('/detail'))).toHaveLength(2));
    await el.updateComplete;
    expect(text(root, '[data-notice=done]')).toBe('Đã thực hiện "Yêu cầu bổ sung hồ sơ". Tình trạng mới: Chờ bổ sung giấy tờ.');
    expect(focused(root)?.id).toBe('notice');
    expect(root.querySelector('form[part=action-form]')).toBeNull();
    await expectAxeClean(el);
  });

  it('sends the new due date and the attachments as entered', async () => {
    const routes: Routes = { ...fixtureRoutes(), [`POST /api/dossiers/${FIXTURE_CODE}/actions`]: { status: 200, body: fixtureDetail() } };
    const { el, root, calls } = await mount(routes);
    await openDetail(el, root);
    await openAction(el, root, 'EXTEND');
    root.querySelector<HTMLTextAreaElement>('#action-reason')!.value = 'Cần xác minh nơi sinh';
    root.querySelector<HTMLInputElement>('#action-due')!.value = '2026-02-24';
    await submit(el, root);
    await vi.waitFor(() => expect(root.querySelector('[data-notice=done]')).not.toBeNull());
    await openAction(el, root, 'approval.approve');
    root.querySelector<HTMLTextAreaElement>('#action-attachments')!.value = 'att-1\natt-2, att-3';
    await submit(el, root);
    await vi.waitFor(() => expect(calls.filter((call) => call.method === 'POST')).toHaveLength(2));
    expect(calls.filter((call) => call.method === 'POST').map((call) => call.body)).toEqual([
      { type: 'EXTEND', expectedVersion: 5, reason: 'Cần xác minh nơi sinh', newDueDate: '2026-02-24' },
      { type: 'approval.approve', expectedVersion: 5, attachments: ['att-1', 'att-2', 'att-3'] },
    ]);
  });

  it('on 409 says someone else changed the dossier and reloads it', async () => {
    const routes: Routes = {
      ...fixtureRoutes(),
      [`GET /api/dossiers/${FIXTURE_CODE}/detail`]: (count) => ({ status: 200, body: fixtureDetail(count === 1 ? {} : { version: 7, state: 'awaitingSupplement', status: 5, actions: [] }) }),
      [`POST /api/dossiers/${FIXTURE_CODE}/actions`]: { status: 409, body: { error: { code: 'conflict', message: { vi: 'Hồ sơ đã được cập nhật bởi người khác.', en: 'Changed.' } }, current: fixtureDetail({ version: 7 }) } },
    };
    const { el, root, calls } = await mount(routes, 'en');
    await openDetail(el, root);
    await openAction(el, root, 'approval.refuse');
    root.querySelector<HTMLTextAreaElement>('#action-reason')!.value = 'Không đủ điều kiện';
    await submit(el, root);
    await vi.waitFor(() => expect(text(root, '[data-field=state]')).toBe('Awaiting documents'));
    expect(calls.filter((call) => call.url.endsWith('/detail'))).toHaveLength(2);
    expect(text(root, '[data-notice=conflict]')).toBe('Someone else changed this dossier. It has been reloaded; check it and act again if still needed.');
    expect(focused(root)?.id).toBe('notice');
    expect(root.querySelector('form[part=action-form]')).toBeNull();
    expect(root.querySelectorAll('[part=actions] button[data-type]')).toHaveLength(0);
    await expectAxeClean(el);
  });

  it('on 422 shows the server\'s reason in the reader\'s language and keeps the form', async () => {
    const rejection = { code: 'extension-too-late', message: { vi: 'Phải gia hạn trước hạn ít nhất 1 ngày.', en: 'The extension must be at least a day before the due date.' } };
    const routes: Routes = { ...fixtureRoutes(), [`POST /api/dossiers/${FIXTURE_CODE}/actions`]: { status: 422, body: { error: rejection, rejection } } };
    for (const [lang, message] of [['vi', 'Hệ thống không chấp nhận thao tác: Phải gia hạn trước hạn ít nhất 1 ngày.'], ['en', 'The system did not accept the action: The extension must be at least a day before the due date.']] as const) {
      const { el, root } = await mount(routes, lang);
      await openDetail(el, root);
      await openAction(el, root, 'EXTEND');
      root.querySelector<HTMLTextAreaElement>('#action-reason')!.value = 'Cần xác minh';
      root.querySelector<HTMLInputElement>('#action-due')!.value = '2026-02-27';
      await submit(el, root);
      await vi.waitFor(() => expect(text(root, '[data-state=rejected]')).toBe(message));
      expect(focused(root)?.id).toBe('rejection');
      expect(root.querySelector<HTMLTextAreaElement>('#action-reason')!.value).toBe('Cần xác minh');
      await expectAxeClean(el);
      document.body.replaceChildren();
    }
  });

  it('opens the official forms that apply (2025 numbering by default) and prints them', async () => {
    const { el, root } = await mount(fixtureRoutes());
    expect(el.edition).toBe('2025');
    await openDetail(el, root);
    expect([...root.querySelectorAll('button[data-print]')].map((button) => button.getAttribute('data-print'))).toEqual(['01', '06']);
    expect(text(root, 'button[data-print="06"]')).toBe('Xem mẫu 06: Phiếu kiểm soát quá trình giải quyết hồ sơ');
    root.querySelector<HTMLButtonElement>('button[data-print="06"]')!.click();
    await el.updateComplete;
    const form = root.querySelector<MotcuaOfficialForm>('motcua-official-form')!;
    await form.updateComplete;
    expect(focused(root)?.id).toBe('print-title');
    expect(text(root, '#print-title')).toBe('Phiếu kiểm soát quá trình giải quyết hồ sơ');
    expect([form.edition, form.form]).toEqual(['2025', '06']);
    expect(form.shadowRoot!.querySelectorAll('tr[data-row=handover]')).toHaveLength(2);
    expect(form.shadowRoot!.querySelector('[data-field=code]')!.textContent).toBe(`Mã hồ sơ: ${FIXTURE_CODE}`);
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    root.querySelector<HTMLButtonElement>('button[data-action=print]')!.click();
    expect(print).toHaveBeenCalledOnce();
    await expectAxeClean(el);
    root.querySelector<HTMLButtonElement>('button[data-action=close-print]')!.click();
    await el.updateComplete;
    expect(focused(root)?.getAttribute('data-print')).toBe('06');
  });

  it('offers the 2018 forms under edition="2018": the process-control slip is 05 there', async () => {
    const { el, root } = await mount(fixtureRoutes(), 'en');
    el.edition = '2018';
    await openDetail(el, root);
    expect([...root.querySelectorAll('button[data-print]')].map((button) => button.getAttribute('data-print'))).toEqual(['01', '05']);
    expect(text(root, 'button[data-print="05"]')).toBe('View form 05: Process-control slip of the dossier');
    root.querySelector<HTMLButtonElement>('button[data-print="05"]')!.click();
    await el.updateComplete;
    const form = root.querySelector<MotcuaOfficialForm>('motcua-official-form')!;
    await form.updateComplete;
    expect([form.edition, form.form]).toEqual(['2018', '05']);
    expect(form.shadowRoot!.querySelector('#form-title')!.textContent).toBe('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
  });

  it('offers the 2025 stop notice (05) for a withdrawn dossier, and not in the 2018 set', async () => {
    const routes: Routes = { ...fixtureRoutes(), [`GET /api/dossiers/${FIXTURE_CODE}/detail`]: { status: 200, body: withdrawnDetail() } };
    const { el, root } = await mount(routes);
    await openDetail(el, root);
    expect([...root.querySelectorAll('button[data-print]')].map((button) => button.getAttribute('data-print'))).toEqual(['01', '05', '06']);
    expect(text(root, 'button[data-print="05"]')).toBe('Xem mẫu 05: Thông báo dừng giải quyết hồ sơ');
    root.querySelector<HTMLButtonElement>('button[data-print="05"]')!.click();
    await el.updateComplete;
    const form = root.querySelector<MotcuaOfficialForm>('motcua-official-form')!;
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector('#form-title')!.textContent).toBe('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
    expect(text(form.shadowRoot!, '[data-field=requested]')).toBe('Ông (bà) đề nghị dừng giải quyết hồ sơ vào: 08 giờ 30 phút, ngày 19/02/2026.');
    expect(text(form.shadowRoot!, '[data-field=reason]')).toBe('Gia đình đăng ký khai sinh cho cháu tại nơi cư trú mới');
    expect(form.printPaper).toBe('A4');
    await expectAxeClean(el);
    root.querySelector<HTMLButtonElement>('button[data-action=close-print]')!.click();
    await el.updateComplete;
    el.edition = '2018';
    await el.updateComplete;
    expect([...root.querySelectorAll('button[data-print]')].map((button) => button.getAttribute('data-print'))).toEqual(['01', '05']);
    expect(root.querySelector('button[data-kind=stop]')).toBeNull();
  });

  it('prints the tracking book of the inbox: 07 in 2025 (also for an unknown edition), 06 in 2018', async () => {
    const { el, root } = await mount(fixtureRoutes());
    expect(text(root, 'button[data-action=print-book]')).toBe('Xem Sổ theo dõi hồ sơ');
    root.querySelector<HTMLButtonElement>('button[data-action=print-book]')!.click();
    await el.updateComplete;
    let form = root.querySelector<MotcuaOfficialForm>('motcua-official-form')!;
    await form.updateComplete;
    expect([form.edition, form.form]).toEqual(['2025', '07']);
    expect(form.shadowRoot!.querySelectorAll('tr[data-row=dossier]')).toHaveLength(3);
    expect(form.shadowRoot!.querySelector('[data-field=agency]')!.textContent).toBe('000.00.31.H29');
    root.querySelector<HTMLButtonElement>('button[data-action=close-print]')!.click();
    await el.updateComplete;
    expect(focused(root)?.getAttribute('data-action')).toBe('print-book');
    el.edition = '2018';
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('button[data-action=print-book]')!.click();
    await el.updateComplete;
    form = root.querySelector<MotcuaOfficialForm>('motcua-official-form')!;
    await form.updateComplete;
    expect([form.edition, form.form]).toEqual(['2018', '06']);
    expect(form.shadowRoot!.querySelector('.form-number')!.textContent).toBe('Mẫu số 06');
    root.querySelector<HTMLButtonElement>('button[data-action=close-print]')!.click();
    el.setAttribute('edition', '2019'); // unknown: the law in force
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('button[data-action=print-book]')!.click();
    await el.updateComplete;
    expect(root.querySelector<MotcuaOfficialForm>('motcua-official-form')!.form).toBe('07');
  });
});

describe('<motcua-workbench> by keyboard only', () => {
  afterEach(() => document.body.replaceChildren());

  it('opens a dossier, an action, fixes an error and submits, all from the keyboard', async () => {
    const routes: Routes = { ...fixtureRoutes(), [`POST /api/dossiers/${FIXTURE_CODE}/actions`]: { status: 200, body: { ...fixtureDetail(), state: 'refused', status: 3 } } };
    const { el, root, calls } = await mount(routes);
    await userEvent.tab();
    expect(text(root, ':focus')).toBe('Hạn trả kết quả (gần nhất trước)▲');
    await userEvent.tab();
    expect(focused(root)?.getAttribute('aria-label')).toBe(`Mở hồ sơ ${FIXTURE_CODE}`);
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(focused(root)?.id).toBe('detail-title'));

    await userEvent.tab(); // from the heading: the first action button, then the second
    expect(focused(root)?.getAttribute('data-type')).toBe('approval.request-supplement');
    await userEvent.tab();
    expect(focused(root)?.getAttribute('data-type')).toBe('approval.refuse');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(focused(root)?.id).toBe('action-reason');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}'); // confirm with nothing entered
    await el.updateComplete;
    expect(focused(root)?.classList.contains('error-summary')).toBe(true);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}'); // the summary's link takes focus to the field
    expect(focused(root)?.id).toBe('action-reason');
    await userEvent.keyboard('Giấy tờ giả mạo');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(calls.filter((call) => call.method === 'POST')).toHaveLength(1));
    expect(calls.find((call) => call.method === 'POST')!.body).toEqual({ type: 'approval.refuse', expectedVersion: 5, reason: 'Giấy tờ giả mạo' });
    await vi.waitFor(() => expect(focused(root)?.id).toBe('notice'));

    await userEvent.keyboard('{Shift>}{Tab}{/Shift}'); // back to the back link
    expect(focused(root)?.getAttribute('data-action')).toBe('back');
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(focused(root)?.getAttribute('aria-label')).toBe(`Mở hồ sơ ${FIXTURE_CODE}`));
  });

  it('opens the stop notice of a withdrawn dossier, prints it and comes back, all from the keyboard', async () => {
    const routes: Routes = { ...fixtureRoutes(), [`GET /api/dossiers/${FIXTURE_CODE}/detail`]: { status: 200, body: withdrawnDetail() } };
    const { el, root } = await mount(routes);
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await userEvent.tab();
    await userEvent.tab();
    expect(focused(root)?.getAttribute('aria-label')).toBe(`Mở hồ sơ ${FIXTURE_CODE}`);
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(focused(root)?.id).toBe('detail-title'));
    await vi.waitFor(() => expect(root.querySelector('button[data-print]')).not.toBeNull());
    await userEvent.tab(); // no actions on a withdrawn dossier: the forms come first
    expect(focused(root)?.getAttribute('data-print')).toBe('01');
    await userEvent.tab();
    expect(focused(root)?.getAttribute('data-print')).toBe('05');
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(focused(root)?.id).toBe('print-title'));
    await userEvent.tab();
    expect(focused(root)?.getAttribute('data-action')).toBe('print');
    await userEvent.keyboard('{Enter}');
    expect(print).toHaveBeenCalledOnce();
    await userEvent.tab();
    expect(focused(root)?.getAttribute('data-action')).toBe('close-print');
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(focused(root)?.getAttribute('data-print')).toBe('05'));
    print.mockRestore();
  });
});
