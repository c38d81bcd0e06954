import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakePortal } from '../adapters/national-portal-adapter.js';
import { startDemoServer } from './start-demo-server.js';

const root = path.resolve(import.meta.dirname, '../../../..');
let demo: Awaited<ReturnType<typeof startDemoServer>>;
const elementsDir = mkdtempSync(path.join(tmpdir(), 'motcua-elements-'));

beforeAll(async () => {
  writeFileSync(path.join(elementsDir, 'motcua-elements.min.js'), 'export const built = true;\n');
  demo = await startDemoServer({ port: 0, proceduresDir: path.join(root, 'examples/procedures'), portalDir: path.join(root, 'examples/portal'), elementsDir });
}, 120_000);
afterAll(async () => {
  await demo?.close();
  rmSync(elementsDir, { recursive: true, force: true });
});

describe('the demo server (npm start)', () => {
  it('serves the portal with a strict Content-Security-Policy and no path traversal', async () => {
    const page = await fetch(demo.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).not.toContain('unsafe');
    expect(await page.text()).toContain('<script type="module" src="portal.js"></script>');
    expect((await fetch(`${demo.url}portal.js`)).headers.get('content-type')).toContain('text/javascript');
    expect((await fetch(`${demo.url}..%2F..%2Fpackage.json`)).status).toBe(404);
    // HEAD: the same headers, the size a GET sends, and no body.
    const head = await fetch(`${demo.url}portal.js`, { method: 'HEAD' });
    const get = await fetch(`${demo.url}portal.js`);
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String((await get.arrayBuffer()).byteLength));
    expect(head.headers.get('content-security-policy')).toBe(get.headers.get('content-security-policy'));
    expect(await head.text()).toBe('');
  });

  it('serves the web components bundle under /elements/ to every portal page, under the same policy', async () => {
    const bundle = await fetch(`${demo.url}elements/motcua-elements.min.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toContain('text/javascript');
    expect(bundle.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await bundle.text()).toBe('export const built = true;\n');
    expect((await fetch(`${demo.url}elements/..%2F..%2Fpackage.json`)).status).toBe(404);
    for (const page of ['', 'form.html', 'officer.html']) {
      expect(await (await fetch(`${demo.url}${page}`)).text()).toContain('<script type="module" src="/elements/motcua-elements.min.js"></script>');
    }
    const { citizens } = await (await fetch(`${demo.url}demo/users`)).json();
    expect(citizens[0]).toEqual({ citizenId: '001195000001', fullName: 'Trần Thị Bình' });
  });

  it('serves the dossier API over Node http: catalogue, submit, lookup, inbox with a demo login', async () => {
    const { procedures } = await (await fetch(`${demo.url}api/procedures`)).json();
    expect(procedures).toHaveLength(9);
    const { agency, users } = await (await fetch(`${demo.url}demo/users`)).json();
    const receiver = users.find((u: { role: string }) => u.role === 'cong-chuc-mot-cua' || u.role === 'reception-officer');
    expect(receiver).toBeDefined();
    const inbox = await fetch(`${demo.url}api/inbox`, { headers: { authorization: `Bearer ${receiver.token}` } });
    expect(inbox.status).toBe(200);
    expect((await inbox.json()).agency).toBe(agency);
    const forged = await fetch(`${demo.url}api/inbox`, { headers: { authorization: `Bearer ${receiver.token.slice(0, -2)}xx` } });
    expect(forged.status).toBe(401);
  });

  it('signs in a demo citizen, whose token prefills the form, and refuses anyone not in the fixture registry', async () => {
    const refused = await fetch(`${demo.url}api/demo/citizen-token`, { method: 'POST', body: JSON.stringify({ citizenId: '001195999999' }) });
    expect(refused.status).toBe(404);
    const signedIn = await fetch(`${demo.url}api/demo/citizen-token`, { method: 'POST', body: JSON.stringify({ citizenId: '001195000001' }) });
    expect(signedIn.status).toBe(201);
    const { token, citizen } = await signedIn.json();
    expect(citizen).toEqual({ citizenId: '001195000001', fullName: 'Trần Thị Bình' });
    const prefill = await fetch(`${demo.url}api/prefill`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: JSON.stringify({ procedure: '1.001193' }) });
    expect((await prefill.json()).values).toMatchObject({ 'requester.fullName': 'Trần Thị Bình' });
    expect((await fetch(`${demo.url}api/calendar`)).status).toBe(200);
  });

  it('drains the outbox to the portal on its schedule', async () => {
    const portal = createFakePortal();
    const scheduled = await startDemoServer({
      port: 0, proceduresDir: path.join(root, 'examples/procedures'), portalDir: path.join(root, 'examples/portal'), jobs: { intervalMs: 50, portal },
    });
    try {
      const { data } = JSON.parse(readFileSync(path.join(root, 'test/fixtures/dossiers/birth-registration.json'), 'utf8')) as { data: unknown };
      const submitted = await fetch(`${scheduled.url}api/dossiers`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': 'scheduled-0001' },
        body: JSON.stringify({ procedure: '1.001193', channel: 'online', agency: '000.00.01.H26', data, documents: ['to-khai', 'giay-chung-sinh', 'giay-to-cu-tru'] }),
      });
      expect(submitted.status).toBe(201);
      const { code } = await submitted.json();
      await expect.poll(() => portal.received.map((push) => [push.dossierCode, push.status]), { timeout: 10_000, interval: 50 }).toContainEqual([code, 1]);
    } finally {
      await scheduled.close();
    }
  }, 120_000);
});
