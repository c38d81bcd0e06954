import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './define.js';
import { defineStatistics } from './define.js';
import type { MotcuaStatistics } from './statistics.js';

const NOW = new Date('2026-03-10T09:00:00+07:00');
const REPORT = {
  from: '2026-02-28T17:00:00.000Z', asOf: '2026-03-10T02:00:00.000Z', groupBy: 'procedure',
  groups: [{
    key: '1.001193', received: 12, finishedEarly: 5, finishedOnTime: 4, finishedLate: 1, inProgressOnTime: 1, inProgressOverdue: 1, withdrawn: 0,
    onTimeRate: 0.9, progressScore: 16.67, backlog: 2, steps: [{ step: 'appraisal', stays: 10, averageWorkingHours: 3.25 }],
  }],
};

interface Call { url: string; authorization: string | null }
function fakeFetch(answer: () => Response | Promise<Response>): { calls: Call[]; fetch: typeof fetch } {
  const calls: Call[] = [];
  return {
    calls,
    fetch: async (input, init = {}) => {
      calls.push({ url: String(input), authorization: new Headers(init.headers).get('authorization') });
      return answer();
    },
  };
}
const json = (status: number, body: unknown) => () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

async function mount(lang: string | null, answer: () => Response | Promise<Response>, token = 'officer-token'): Promise<{ el: MotcuaStatistics; root: ShadowRoot; calls: Call[] }> {
  const container = document.createElement('div');
  if (lang) container.lang = lang;
  const el = document.createElement('motcua-statistics');
  const fake = fakeFetch(answer);
  el.fetch = fake.fetch;
  el.now = () => NOW;
  const loaded = token ? new Promise((resolve) => el.addEventListener('motcua-statistics-loaded', resolve, { once: true })) : Promise.resolve();
  el.token = token;
  container.append(el);
  document.body.append(container);
  await Promise.race([loaded, new Promise((resolve) => setTimeout(resolve, 200))]);
  await el.updateComplete;
  return { el, root: el.shadowRoot!, calls: fake.calls };
}
const text = (root: ShadowRoot, selector: string) => root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
async function expectAxeClean(el: HTMLElement): Promise<void> {
  const results = await axe.run(el);
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe('<motcua-statistics> in Chromium', () => {
  afterEach(() => document.body.replaceChildren());

  it('asks for this month of the signed-in agency by default and shows the figures', async () => {
    const { root, calls } = await mount('vi', json(200, REPORT));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('/api/statistics?from=2026-03-01&to=2026-03-10&groupBy=procedure');
    expect(calls[0]!.authorization).toBe('Bearer officer-token');
    const row = [...root.querySelectorAll('tr[data-group="1.001193"] td')].map((cell) => cell.textContent!.trim());
    expect(row).toEqual(['12', '5', '4', '1', '1', '1', '0', '90%', '16,67', '2']);
    expect(text(root, 'caption')).toBe('Từ 01/03/2026 đến 10/03/2026, tính đến 10/03/2026');
    expect([...root.querySelectorAll('details tbody tr > *')].map((cell) => cell.textContent)).toEqual(['appraisal', '10', '3,25']);
  });

  it('speaks English under lang="en"', async () => {
    const { el, root } = await mount('en', json(200, REPORT));
    expect(text(root, 'h2')).toBe('Dossier handling statistics');
    expect([...root.querySelectorAll('tr[data-group] td')].map((cell) => cell.textContent!.trim()).slice(7, 9)).toEqual(['90%', '16.67']);
    await expectAxeClean(el);
  });

  it('says when the period has no dossiers, and when nothing has finished yet', async () => {
    const { root } = await mount('vi', json(200, { ...REPORT, groups: [] }));
    expect(text(root, '[data-field="empty"]')).toBe('Không có hồ sơ nào trong khoảng thời gian này.');
    document.body.replaceChildren();
    const pending = { ...REPORT.groups[0], onTimeRate: null, progressScore: null };
    const second = await mount('vi', json(200, { ...REPORT, groups: [pending] }));
    expect([...second.root.querySelectorAll('tr[data-group] td')].map((cell) => cell.textContent!.trim()).slice(7, 9)).toEqual(['Chưa có', 'Chưa có']);
  });

  it('reports a refused token and a network failure in words', async () => {
    const { root } = await mount('vi', json(401, { error: { code: 'unauthenticated' } }));
    expect(text(root, '.notice--error')).toContain('mã 401');
    document.body.replaceChildren();
    const offline = await mount('en', () => Promise.reject(new TypeError('offline')));
    expect(text(offline.root, '.notice--error')).toBe('Could not reach the service. Check your connection and try again.');
  });

  it('validates the period with a focused error summary linked to the field, using the keyboard only', async () => {
    const { el, root, calls } = await mount('vi', json(200, REPORT));
    const from = root.querySelector<HTMLInputElement>('#from')!;
    const to = root.querySelector<HTMLInputElement>('#to')!;
    from.value = '2026-03-10';
    to.value = '2026-03-01';
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    const summary = root.querySelector<HTMLElement>('.error-summary')!;
    expect(root.activeElement).toBe(summary);
    expect(text(root, '.error-summary li')).toBe('Ngày kết thúc không được trước ngày bắt đầu');
    expect(to.getAttribute('aria-invalid')).toBe('true');
    summary.querySelector('a')!.focus();
    await userEvent.keyboard('{Enter}');
    expect(root.activeElement).toBe(to);
    await expectAxeClean(el);
    expect(calls).toHaveLength(1);
  });

  it('re-asks for a new period and grouping', async () => {
    const { el, root, calls } = await mount('vi', json(200, REPORT));
    root.querySelector<HTMLInputElement>('#from')!.value = '2026-01-01';
    root.querySelector<HTMLInputElement>('#to')!.value = '2026-01-31';
    root.querySelector<HTMLSelectElement>('#group-by')!.value = 'agency';
    const loaded = new Promise((resolve) => el.addEventListener('motcua-statistics-loaded', resolve, { once: true }));
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await loaded;
    expect(calls.at(-1)!.url).toBe('/api/statistics?from=2026-01-01&to=2026-01-31&groupBy=agency');
  });

  it('registers twice without throwing', () => {
    expect(() => defineStatistics()).not.toThrow();
  });
});
