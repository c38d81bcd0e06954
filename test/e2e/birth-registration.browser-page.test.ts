/**
 * End to end, as a citizen and an officer use it: the demo portal (`npm start`'s server on the embedded
 * store, the built production bundle of the web components, the strict Content-Security-Policy) in
 * Debian's Chromium. A citizen signed in with the demo VNeID stand-in opens birth registration from the
 * catalogue, fills every page, uploads the medical birth certificate, checks the answers, submits, gets the
 * receipt and tracks the dossier; the reception officer accepts it in the workbench; the citizen's status
 * view then shows it received. With MOTCUA_SCREENSHOTS=1 it also writes docs/screenshots/portal-*.png.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../packages/server/src/node/start-demo-server.js';

const root = path.resolve(import.meta.dirname, '../..');
const elementsDir = path.join(root, 'packages/elements/dist/browser');
const shots = process.env['MOTCUA_SCREENSHOTS'] === '1' ? path.join(root, 'docs/screenshots') : null;
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

let demo: Awaited<ReturnType<typeof startDemoServer>>;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(path.join(elementsDir, 'motcua-elements.min.js'))) throw new Error('Build first (npm run build): the portal loads packages/elements/dist/browser/motcua-elements.min.js');
  demo = await startDemoServer({
    port: 0, proceduresDir: path.join(root, 'examples/procedures'), portalDir: path.join(root, 'examples/portal'), elementsDir, jobs: false,
  });
  browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

/** A page that records CSP violations and errors; the portal remembers the language in localStorage. */
async function openPage(lang: 'vi' | 'en'): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
  const problems: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) problems.push(message.text()); });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript((chosen) => {
    localStorage.setItem('motcua-demo-lang', chosen);
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`), true);
  }, lang);
  return { page, problems };
}

const shoot = async (page: Page, name: string) => {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
};

/** Fills the current form page (controls found by their field path) and presses Continue. */
async function completePage(page: Page, answers: Readonly<Record<string, string | boolean | { province: string; unitCode: string; line: string }>>): Promise<void> {
  const form = page.locator('motcua-procedure-form');
  for (const [field, value] of Object.entries(answers)) {
    if (typeof value === 'boolean') await form.locator(`input[type=checkbox][name="${field}"]`).setChecked(value);
    else if (typeof value === 'object') {
      await form.locator(`[name="${field}.province"]`).selectOption(value.province);
      await form.locator(`[name="${field}.unitCode"] option[value="${value.unitCode}"]`).waitFor({ state: 'attached' });
      await form.locator(`[name="${field}.unitCode"]`).selectOption(value.unitCode);
      await form.locator(`[name="${field}.line"]`).fill(value.line);
    } else if (await form.locator(`input[type=radio][name="${field}"]`).count()) await form.locator(`input[type=radio][name="${field}"][value="${value}"]`).check();
    else if (await form.locator(`select[name="${field}"]`).count()) await form.locator(`select[name="${field}"]`).selectOption(value);
    else await form.locator(`[name="${field}"]`).fill(value);
  }
  await form.locator('[part=continue]').click();
}

const WORDS = {
  vi: { title: 'Đăng ký khai sinh', submitted: 'Mới nộp, chờ tiếp nhận', received: 'Đã tiếp nhận' },
  en: { title: 'Birth registration', submitted: 'Submitted, awaiting reception', received: 'Received' },
} as const;

describe('birth registration through the demo portal, in Chromium', () => {
  it.each(['vi', 'en'] as const)('a citizen applies and tracks the dossier; the reception officer accepts it (%s)', async (lang) => {
    const words = WORDS[lang];
    const { page, problems } = await openPage(lang);
    await page.goto(demo.url);
    const catalogue = page.locator('motcua-procedure-catalog');
    await catalogue.getByRole('heading', { name: words.title, exact: true }).waitFor();
    await shoot(page, `portal-catalogue-${lang}`);
    await catalogue.locator('.item', { has: page.getByRole('heading', { name: words.title, exact: true }) }).getByRole('link').click();

    await page.waitForURL(/form\.html\?procedure=/);
    await expect.poll(() => page.locator('#citizen-note').textContent()).toContain('Trần Thị Bình');
    const form = page.locator('motcua-procedure-form');
    await form.locator('[part=continue]').click(); // from the task list to the first page
    await completePage(page, {
      'child.fullName': 'Nguyễn Minh Khôi', 'child.sex': 'male', 'child.dateOfBirth': '2026-11-20',
      'child.placeOfBirth': { province: '01', unitCode: '00025', line: 'Bệnh viện Phụ sản Hà Nội' }, 'child.hometown': 'Hà Nội', 'child.ethnicity': 'Kinh',
    });
    await completePage(page, {
      'mother.fullName': 'Trần Thị Bình', 'mother.dateOfBirth': '1995-05-05', 'mother.citizenId': '001195000001', 'mother.ethnicity': 'Kinh',
      'mother.residence': { province: '01', unitCode: '00004', line: '1 Tràng Tiền' },
    });
    await completePage(page, { fatherUndetermined: true });
    // The requester's name and date of birth come from the population database, labelled and read-only.
    await expect.poll(() => form.locator('[name="requester.fullName"]').inputValue()).toBe('Trần Thị Bình');
    expect(await form.locator('[name="requester.fullName"]').getAttribute('readonly')).not.toBeNull();
    await completePage(page, { 'requester.relation': 'mother', 'requester.citizenId': '001195000001', 'requester.phone': '0912345678' });
    await completePage(page, {});

    // The components: the medical birth certificate is uploaded; what the registry provides is waived.
    await form.locator('#file-giay-chung-sinh').setInputFiles({ name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: PDF });
    expect(await form.locator('#file-to-khai').count()).toBe(0); // online, the declaration is the form itself
    await expect.poll(() => form.locator('#file-giay-chung-sinh').getAttribute('aria-invalid')).not.toBe('true');
    await shoot(page, `portal-form-components-${lang}`);
    await form.locator('[part=continue]').click();
    await form.locator('[part=continue]').click(); // fees and the expected date
    await shoot(page, `portal-form-check-answers-${lang}`);
    await form.locator('[part=submit]').click();

    // The receipt (form 01) with the dossier code and access token; the page then tracks the dossier.
    const receipt = form.locator('[part=receipt]');
    await receipt.waitFor();
    const code = (await receipt.locator('[data-receipt-code]').textContent())!.trim();
    const token = (await receipt.locator('[data-receipt-token]').textContent())!.trim();
    expect(code).toMatch(/^000\.00\.01\.H26-\d{6}-\d{4}$/);
    expect(token.length).toBeGreaterThan(10);
    await shoot(page, `portal-receipt-${lang}`);
    const status = page.locator('#track motcua-dossier-status');
    await expect.poll(() => status.locator('[data-field=state]').textContent()).toContain(words.submitted);

    // The reception officer's workbench: the dossier is in the inbox; accepting it asks for nothing more.
    const officer = (await openPage(lang)).page;
    await officer.goto(`${demo.url}officer.html`);
    const receptionist = demo.users.find((user) => user.role === 'reception-officer')!;
    await officer.getByRole('button', { name: `${receptionist.title.vi} / ${receptionist.title.en}`, exact: true }).click();
    const workbench = officer.locator('motcua-workbench');
    await workbench.locator(`tr[data-code="${code}"] [data-action=open]`).click();
    await workbench.locator('[part=detail]').waitFor();
    await shoot(officer, `portal-workbench-${lang}`);
    await workbench.locator('[part=actions] button[data-type="reception.accept"]').click();
    await workbench.locator('[part=action-form] [part=confirm]').click();
    await expect.poll(async () => (await (await fetch(`${demo.url}api/dossiers/${code}`, { headers: { authorization: `Bearer ${token}` } })).json()).status).toBe(2);

    await page.goto(`${demo.url}?code=${encodeURIComponent(code)}&token=${encodeURIComponent(token)}`);
    await expect.poll(() => page.locator('#status').locator('[data-field=state]').textContent()).toContain(words.received);
    await shoot(page, `portal-status-${lang}`);
    expect(problems).toEqual([]);
  }, 120_000);
});
