import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureCli } from '../capture-cli.js';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const minimal = path.join(repo, 'test/fixtures/procedures/valid/minimal.json');
let dir: string;
beforeAll(async () => { dir = await mkdtemp(path.join(tmpdir(), 'motcua-diagram-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

const run = (...args: string[]) => captureCli(['diagram', ...args], dir);

describe('motcua diagram', () => {
  it('prints Mermaid by default', async () => {
    const { code, stdout, stderr } = await run(minimal);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.startsWith('flowchart LR\n')).toBe(true);
    expect(stdout).toContain('step_reception -->|"Tiếp nhận"| step_approval');
  });

  it('prints SVG in English', async () => {
    const { code, stdout } = await run(minimal, '--format', 'svg', '--lang', 'en');
    expect(code).toBe(0);
    expect(stdout.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(stdout).toContain('<title>Reception — Reception · 4 working hours — Receiving officer — Commune People&apos;s Committee</title>');
  });

  it('writes to --output, taking the format from the extension', async () => {
    const { code, stdout, stderr } = await run(minimal, '--output', 'out/minimal.svg', '--lang', 'en');
    expect([code, stdout, stderr]).toEqual([0, '', '✓ Wrote out/minimal.svg\n']);
    expect(await readFile(path.join(dir, 'out/minimal.svg'), 'utf8')).toMatch(/^<svg [^>]*role="img"/);
    await run(minimal, '--output', 'minimal.mmd');
    expect(await readFile(path.join(dir, 'minimal.mmd'), 'utf8')).toMatch(/^flowchart LR\n/);
  });

  it('refuses an invalid procedure with its validation lines and exit code 1', async () => {
    const procedure = JSON.parse(await readFile(minimal, 'utf8')) as { workflow: { steps: { actions: { target: string }[] }[] } };
    procedure.workflow.steps[0]!.actions[0]!.target = 'aproval';
    await writeFile(path.join(dir, 'broken.json'), JSON.stringify(procedure, null, 2));
    const { code, stdout, stderr } = await run('broken.json', '--lang', 'en');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^broken\.json:\d+:13 {2}workflow\.unknown-target {2}There is no step "aproval"\. \(\/workflow\/steps\/0\/actions\/0\/target\) {2}Hint: Did you mean "approval"\?$/m);
    expect(stderr).toContain('✗ The procedure is invalid, so it cannot be drawn');
  });

  it('reports a file that does not exist', async () => {
    const { code, stderr } = await run('nowhere.json');
    expect(code).toBe(1);
    expect(stderr).toContain('nowhere.json:1:1  io.not-found');
  });

  it.each([
    ['no file', [], 'One procedure file is needed'],
    ['two files', [minimal, minimal], 'got 2 files'],
    ['an unknown format', [minimal, '--format', 'png'], '--format must be mermaid or svg, not "png"'],
    ['an unknown language', [minimal, '--lang', 'de'], '--lang must be vi or en'],
  ])('refuses %s with exit code 2', async (_name, args, message) => {
    const { code, stdout, stderr } = await run(...args);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain(message);
    expect(stderr).toContain(' / ');
  });
});
