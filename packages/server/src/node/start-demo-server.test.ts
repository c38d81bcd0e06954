import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from './start-demo-server.js';

const root = path.resolve(import.meta.dirname, '../../../..');
let demo: Awaited<ReturnType<typeof startDemoServer>>;

beforeAll(async () => {
  demo = await startDemoServer({ port: 0, proceduresDir: path.join(root, 'examples/procedures'), portalDir: path.join(root, 'examples/portal') });
}, 120_000);
afterAll(async () => { await demo?.close(); });

describe('the demo server (npm start)', () => {
  it('serves the portal with a strict Content-Security-Policy and no path traversal', async () => {
    const page = await fetch(demo.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).not.toContain('unsafe');
    expect(await page.text()).toContain('<script type="module" src="portal.js"></script>');
    expect((await fetch(`${demo.url}portal.js`)).headers.get('content-type')).toContain('text/javascript');
    expect((await fetch(`${demo.url}..%2F..%2Fpackage.json`)).status).toBe(404);
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
});
