/**
 * Every Storybook story, in Debian's Chromium, renders its component and has zero axe-core violations.
 * The static Storybook is built once (or reused from `STORYBOOK_STATIC`), served on loopback, and each
 * story's `iframe.html?id=…&viewMode=story` is opened in one reused page: one test per story, so a
 * failure names the story. Also: every component tag registered in `components/*\/define.ts` has a story,
 * and every component is shown in Vietnamese and in English (language = the nearest `lang` attribute).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrReuse, componentOf, definedTags, readStories, root, serveStatic, type StoryEntry } from './static-storybook.js';

// Built while the file is collected: the tests are one per story of the built index.
const built = await buildOrReuse();
const stories: StoryEntry[] = built.error === undefined ? readStories(built.dir) : [];
const components = new Map(stories.map((story) => [story.id, componentOf(story.importPath)]));
/** Where the test's server serves axe-core, so Chromium caches it across stories. */
const AXE_PATH = '/__motcua-test/axe.min.js';
/**
 * Stories whose rendering is committed as docs/screenshots/<name>.png when MOTCUA_SCREENSHOTS=1 (refreshed on
 * request, not by every run): the printed official forms, which have no page of the demo portal of their own
 * (they print in Vietnamese whatever the page's language, so one language each), and the questions inside list
 * items that show per item (no example procedure of the portal has one).
 */
const SCREENSHOTS: Readonly<Record<string, string>> = {
  'officers-official-form--receipt-01': 'official-form-01',
  'officers-official-form--supplement-request-02': 'official-form-02',
  'officers-official-form--stop-notice-05': 'official-form-05',
  'officers-official-form--process-control-06': 'official-form-06',
  'citizens-procedure-form--list-item-conditions': 'procedure-form-item-conditions-vi',
  'citizens-procedure-form--list-item-conditions-english': 'procedure-form-item-conditions-en',
};
const shoot = process.env['MOTCUA_SCREENSHOTS'] === '1';
/** Languages each component tag was rendered in, filled by the story tests. */
const languages = new Map<string, Set<string>>();

let browser: Browser;
let page: Page;
let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
let pageErrors: string[] = [];

beforeAll(async () => {
  if (built.error !== undefined) return;
  server = await serveStatic(built.dir, { [AXE_PATH]: path.join(root, 'node_modules/axe-core/axe.min.js') });
  browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'], // CI runs as root: no sandbox there
  });
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  console.log(`Storybook: ${stories.length} stories, ${built.reused ? `reused ${built.dir}` : `built in ${built.ms} ms`}`);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (built.error === undefined && !built.reused) rmSync(built.dir, { recursive: true, force: true });
});

interface Rendered { error?: string; lang?: string; found: boolean; defined: boolean; shadowFilled: boolean }

/** Opens a story and waits until Storybook has finished it and its component has settled. */
async function openStory(id: string, tag: string): Promise<Rendered> {
  pageErrors = [];
  await page.goto(`${server!.origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => {
    const preview = (window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }).__STORYBOOK_PREVIEW__;
    const shown = document.body.classList;
    return preview?.currentRender?.phase === 'finished' || shown.contains('sb-show-errordisplay') || shown.contains('sb-show-nopreview');
  }, undefined, { timeout: 15_000 });
  return page.evaluate(async (tag) => {
    if (document.body.classList.contains('sb-show-errordisplay')) {
      return { error: document.querySelector('#error-message')?.textContent ?? 'Storybook error', found: false, defined: false, shadowFilled: false };
    }
    if (document.body.classList.contains('sb-show-nopreview')) return { error: 'Storybook shows "No Preview"', found: false, defined: false, shadowFilled: false };
    const find = (node: ParentNode): Element | null => {
      const hit = node.querySelector(tag);
      if (hit) return hit;
      for (const el of node.querySelectorAll('*')) {
        const inner = el.shadowRoot && find(el.shadowRoot);
        if (inner) return inner;
      }
      return null;
    };
    const el = find(document.querySelector('#storybook-root')!) as (Element & { updateComplete?: Promise<boolean> }) | null;
    if (!el) return { found: false, defined: !!customElements.get(tag), shadowFilled: false };
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    // Let injected fake fetches answer and Lit re-render until nothing is pending.
    for (let round = 0; round < 10; round++) {
      await frame();
      if ((await el.updateComplete) !== false) await frame();
      if (!(el as unknown as { isUpdatePending?: boolean }).isUpdatePending) break;
    }
    return {
      found: true, defined: customElements.get(tag) === el.constructor,
      shadowFilled: !!el.shadowRoot && el.shadowRoot.childNodes.length > 0,
      lang: el.closest('[lang]')?.getAttribute('lang')?.toLowerCase().split('-')[0] ?? '',
    };
  }, tag);
}

/** axe-core over the story's root (page-level rules do not apply to a story; `region` is off as in addon-a11y). */
async function axeViolations(): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: AXE_PATH });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document.querySelector('#storybook-root')!, { rules: { region: { enabled: false } } });
    return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('Storybook, in Chromium', () => {
  it('builds the static Storybook and indexes at least one story', () => {
    expect(built.error).toBeUndefined();
    expect(stories.length).toBeGreaterThan(0);
  });

  it('has a story for every component tag defined in packages/elements/src/components/*/define.ts', () => {
    const storied = new Set(components.values());
    expect(definedTags().filter((tag) => !storied.has(tag))).toEqual([]);
  });

  it('names a motcua-* component in the default export of every stories file', () => {
    expect(stories.filter((story) => !components.get(story.id)?.startsWith('motcua-')).map((story) => story.importPath)).toEqual([]);
  });

  for (const story of stories) {
    const tag = components.get(story.id) ?? '';
    it(`${story.title} › ${story.name} (${story.id}) renders <${tag}> with zero axe violations`, async () => {
      const rendered = await openStory(story.id, tag);
      expect(rendered.error).toBeUndefined();
      expect(rendered).toMatchObject({ found: true, defined: true, shadowFilled: true });
      expect(pageErrors).toEqual([]);
      if (!languages.has(tag)) languages.set(tag, new Set());
      languages.get(tag)!.add(rendered.lang ?? '');
      expect(await axeViolations()).toEqual([]);
      const shot = SCREENSHOTS[story.id];
      if (shoot && shot) await page.locator('#storybook-root').screenshot({ path: path.join(root, `docs/screenshots/${shot}.png`) });
    }, 30_000);
  }

  it('names only stories that exist among those it screenshots', () => {
    expect(Object.keys(SCREENSHOTS).filter((id) => !components.has(id))).toEqual([]);
  });

  it('shows every component in Vietnamese and in English', () => {
    const missing = [...new Set(components.values())].flatMap((tag) =>
      ['vi', 'en'].filter((lang) => !languages.get(tag ?? '')?.has(lang)).map((lang) => `${tag}: ${lang}`));
    expect(missing).toEqual([]);
  });
});
