import axe from 'axe-core';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { defineFeedback } from './define.js';
import type { MotcuaFeedback } from './feedback.js';

const CODE = '000.00.31.H29-260216-0001';
interface Sent { url: string; method: string; authorization: string | null; body: unknown }
function fakeApi(answer: () => Response | Promise<Response>): { fetch: typeof fetch; calls: Sent[] } {
  const calls: Sent[] = [];
  const fakeFetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), method: init.method ?? 'GET', authorization: new Headers(init.headers).get('authorization'), body: JSON.parse(String(init.body)) });
    return answer();
  };
  return { fetch: fakeFetch as typeof fetch, calls };
}
const reply = (status: number, body: unknown) => () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

async function mount(lang: string, attributes: Record<string, string>, api?: { fetch: typeof fetch }, parent: HTMLElement = document.body): Promise<{ el: MotcuaFeedback; root: ShadowRoot }> {
  const container = document.createElement('div');
  container.lang = lang;
  const el = document.createElement('motcua-feedback');
  if (api) el.fetch = api.fetch;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  container.append(el);
  parent.append(container);
  await el.updateComplete;
  return { el, root: el.shadowRoot! };
}
const text = (root: ShadowRoot, selector: string) => root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const focused = (root: ShadowRoot) => root.activeElement as HTMLElement | null;
async function settle(el: MotcuaFeedback): Promise<void> {
  for (let i = 0; i < 4; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    await el.updateComplete;
  }
}
async function expectAxeClean(el: HTMLElement): Promise<void> {
  const results = await axe.run(el);
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe('<motcua-feedback> in Chromium', () => {
  afterEach(() => document.body.replaceChildren());

  it('registering the tag twice does not throw', () => {
    expect(() => defineFeedback()).not.toThrow();
    expect(() => defineFeedback()).not.toThrow();
    expect(customElements.get('motcua-feedback')).toBeDefined();
  });

  it('asks in Vietnamese with three ratings and an optional comment, axe clean', async () => {
    const { el, root } = await mount('vi', { code: CODE, token: 'tok' });
    expect(text(root, 'legend')).toBe('Bạn có hài lòng với việc giải quyết hồ sơ không?');
    expect([...root.querySelectorAll('.radio label')].map((label) => label.textContent)).toEqual(['Rất hài lòng', 'Hài lòng', 'Không hài lòng']);
    expect(text(root, 'label[for=comment]')).toBe('Góp ý (không bắt buộc)');
    expect(text(root, '[data-field=count]')).toBe('Bạn còn 1000 ký tự');
    await expectAxeClean(el);
  });

  it('sends the rating and comment with the bearer token, then thanks the citizen (English)', async () => {
    const api = fakeApi(reply(201, { rating: 'satisfied' }));
    const sent = vi.fn();
    document.addEventListener('motcua-feedback-sent', sent);
    onTestFinished(() => document.removeEventListener('motcua-feedback-sent', sent));
    const { el, root } = await mount('en', { code: CODE, token: 'tok-9', endpoint: 'https://dvc.example.vn/api/' }, api);
    expect([...root.querySelectorAll('.radio label')].map((label) => label.textContent)).toEqual(['Very satisfied', 'Satisfied', 'Dissatisfied']);
    root.querySelector<HTMLInputElement>('#rating-satisfied')!.click();
    const comment = root.querySelector<HTMLTextAreaElement>('#comment')!;
    comment.focus();
    await userEvent.keyboard('Quick and clear');
    expect(text(root, '[data-field=count]')).toBe('You have 985 characters remaining');
    root.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await settle(el);
    expect(api.calls).toEqual([{
      url: `https://dvc.example.vn/api/dossiers/${CODE}/feedback`, method: 'POST', authorization: 'Bearer tok-9', body: { rating: 'satisfied', comment: 'Quick and clear' },
    }]);
    expect((sent.mock.calls[0]![0] as CustomEvent).detail).toEqual({ code: CODE, rating: 'satisfied', comment: 'Quick and clear' });
    expect(text(root, '[part=panel] h2')).toBe('Thank you for your rating');
    expect(text(root, '[part=panel] p')).toBe(`Your rating “Satisfied” for dossier ${CODE} has been recorded.`);
    expect(focused(root)?.id).toBe('sent-title');
    await expectAxeClean(el);
  });

  it('validates GOV.UK-style: no rating, and a comment over 1000 characters', async () => {
    const api = fakeApi(reply(201, {}));
    const { el, root } = await mount('vi', { code: CODE, token: 'tok' }, api);
    const comment = root.querySelector<HTMLTextAreaElement>('#comment')!;
    comment.value = 'a'.repeat(1002);
    comment.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(text(root, '[data-field=count]')).toBe('Bạn đã vượt quá 2 ký tự');
    expect(root.querySelector('[data-field=count]')!.classList.contains('count--over')).toBe(true);
    root.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await settle(el);
    expect(focused(root)?.classList.contains('error-summary')).toBe(true);
    expect([...root.querySelectorAll('.error-summary a')].map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
      ['#rating-very-satisfied', 'Chọn mức độ hài lòng của bạn'],
      ['#comment', 'Góp ý chỉ được có tối đa 1000 ký tự'],
    ]);
    expect(root.querySelector('fieldset')!.getAttribute('aria-describedby')).toBe('rating-hint rating-error');
    expect(comment.getAttribute('aria-invalid')).toBe('true');
    expect(api.calls).toEqual([]);
    await expectAxeClean(el);
  });

  it('counts characters as the server does: an emoji is one character', async () => {
    const { el, root } = await mount('en', { code: CODE, token: 'tok' });
    const comment = root.querySelector<HTMLTextAreaElement>('#comment')!;
    comment.value = '👍'.repeat(999) + 'a';
    comment.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(text(root, '[data-field=count]')).toBe('You have 0 characters remaining');
    comment.value += 'b';
    comment.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(text(root, '[data-field=count]')).toBe('You have 1 character too many');
  });

  it('says when the dossier was already rated, or has no result yet, or cannot be reached', async () => {
    const cases = [
      [reply(409, { error: { code: 'feedback-already-given' } }), 'Bạn đã đánh giá hồ sơ này rồi. Mỗi hồ sơ chỉ được đánh giá một lần.'],
      [reply(409, { error: { code: 'no-result' } }), 'Hồ sơ chưa có kết quả. Bạn có thể đánh giá sau khi nhận kết quả.'],
      [reply(422, { error: { code: 'rejected' } }), 'Hồ sơ chưa có kết quả. Bạn có thể đánh giá sau khi nhận kết quả.'],
      [reply(404, { error: { code: 'dossier-not-found' } }), 'Không tìm thấy hồ sơ, hoặc mã tra cứu không đúng.'],
      [() => { throw new TypeError('Failed to fetch'); }, 'Không kết nối được với hệ thống. Kiểm tra kết nối mạng rồi thử lại.'],
    ] as const;
    for (const [answer, message] of cases) {
      const { el, root } = await mount('vi', { code: CODE, token: 'tok' }, fakeApi(answer));
      root.querySelector<HTMLInputElement>('#rating-dissatisfied')!.click();
      root.querySelector<HTMLButtonElement>('[part=submit]')!.click();
      await settle(el);
      expect(text(root, '[part=status]')).toBe(message);
      expect(root.querySelector('[part=status]')!.getAttribute('role')).toBe('status');
    }
    await expectAxeClean(document.body.lastElementChild as HTMLElement);
  });

  it('is a form control: name/value in FormData, required validity, reset, disabled fieldset, change events', async () => {
    const form = document.createElement('form');
    document.body.append(form);
    const { el, root } = await mount('en', { name: 'satisfaction', required: '' }, undefined, form);
    expect(root.querySelector('[part=submit]')).toBeNull(); // no code: the page's form sends it
    expect(el.form).toBe(form);
    expect(el.checkValidity()).toBe(false);
    expect(el.validity.valueMissing).toBe(true);
    expect(form.checkValidity()).toBe(false);

    const changes = vi.fn();
    el.addEventListener('change', changes);
    root.querySelector<HTMLInputElement>('#rating-very-satisfied')!.click();
    await el.updateComplete;
    expect(changes).toHaveBeenCalledOnce();
    expect(el.value).toBe('very-satisfied');
    expect(el.checkValidity()).toBe(true);
    expect([...new FormData(form).entries()]).toEqual([['satisfaction', 'very-satisfied']]);

    const comment = root.querySelector<HTMLTextAreaElement>('#comment')!;
    comment.value = 'Cán bộ hướng dẫn tận tình';
    comment.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect([...new FormData(form).entries()]).toEqual([['satisfaction', 'very-satisfied'], ['satisfaction-comment', 'Cán bộ hướng dẫn tận tình']]);

    el.value = 'satisfied'; // set by code: no event
    await el.updateComplete;
    expect(root.querySelector<HTMLInputElement>('#rating-satisfied')!.checked).toBe(true);
    expect(changes).toHaveBeenCalledOnce();

    form.reset();
    await el.updateComplete;
    expect(el.value).toBe('');
    expect(comment.value).toBe('');
    expect([...new FormData(form).entries()]).toEqual([]);

    const fieldset = document.createElement('fieldset');
    form.append(fieldset);
    fieldset.append(el.parentElement!);
    fieldset.disabled = true;
    await el.updateComplete;
    expect(root.querySelector<HTMLInputElement>('#rating-satisfied')!.disabled).toBe(true);
    expect(comment.disabled).toBe(true);
  });

  it('is usable by keyboard only: arrows pick a rating, Tab to the comment and the button, Enter sends', async () => {
    const api = fakeApi(reply(201, {}));
    const { el, root } = await mount('vi', { code: CODE, token: 'tok' }, api);
    await userEvent.tab();
    expect(focused(root)?.id).toBe('rating-very-satisfied');
    await userEvent.keyboard('{Enter}'); // Enter on a radio submits the form: no rating yet
    await settle(el);
    expect(focused(root)?.classList.contains('error-summary')).toBe(true);
    await userEvent.tab();
    expect(focused(root)?.getAttribute('href')).toBe('#rating-very-satisfied');
    await userEvent.keyboard('{Enter}');
    expect(focused(root)?.id).toBe('rating-very-satisfied');
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    expect(focused(root)?.id).toBe('rating-satisfied');
    expect(el.value).toBe('satisfied');
    await userEvent.tab();
    expect(focused(root)?.id).toBe('comment');
    await userEvent.keyboard('Nhanh gọn');
    await userEvent.tab();
    expect(focused(root)?.getAttribute('part')).toBe('submit');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(api.calls.map((call) => call.body)).toEqual([{ rating: 'satisfied', comment: 'Nhanh gọn' }]);
    expect(focused(root)?.id).toBe('sent-title');
  });
});
