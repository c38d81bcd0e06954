import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureCli } from '../capture-cli.js';

const root = path.resolve(import.meta.dirname, '../../../..');
const minimal = readFileSync(path.join(root, 'test/fixtures/procedures/valid/minimal.json'), 'utf8');

const run = (args: string[], cwd = root) => captureCli(args, cwd);

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'motcua-verify-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** The minimal fixture with a change to its reception step's actions. */
function withReceptionActions(edit: (actions: unknown[]) => void): string {
  const procedure = JSON.parse(minimal) as { workflow: { steps: { actions: unknown[] }[] } };
  edit(procedure.workflow.steps[0]!.actions);
  return JSON.stringify(procedure, null, 2);
}

// Valid procedures that verification rejects or warns about.
const skipsApproval = withReceptionActions((actions) => {
  actions.push({ id: 'fast', kind: 'complete', title: { vi: 'Trả ngay', en: 'Return at once' }, target: 'result-ready' });
});
const noSupplement = withReceptionActions((actions) => actions.splice(1, 1));

describe('motcua verify', () => {
  it('verifies every example procedure (a directory means its .json files) and exits 0', async () => {
    const { code, stdout, stderr } = await run(['verify', 'examples/procedures']);
    expect(stderr).toBe('');
    expect(stdout).toBe('✓ 9 tệp đạt kiểm tra.\n');
    expect(code).toBe(0);
  });

  it('prints `file  code  message` with the witness path and exits 1 on an error finding', async () => {
    const dir = workspace({ 'p.json': skipsApproval });
    const { code, stdout } = await run(['verify', 'p.json', '--lang', 'en'], dir);
    expect(code).toBe(1);
    expect(stdout).toBe(
      'p.json  verify.result-without-approval  A dossier can reach "resultReady" without passing any approval or signing step ("approval"). Path: SUBMIT → reception.fast.\n'
      + '✗ 1 error(s) in 1 of 1 file(s).\n');
  });

  it('speaks Vietnamese by default', async () => {
    const dir = workspace({ 'p.json': skipsApproval });
    const { stdout } = await run(['verify', 'p.json'], dir);
    expect(stdout).toContain('p.json  verify.result-without-approval  Hồ sơ có thể tới "resultReady" mà không qua bước phê duyệt hay ký nào ("approval"). Đường đi: SUBMIT → reception.fast.');
    expect(stdout).toContain('✗ 1 lỗi trong 1/1 tệp.');
  });

  it('prints warnings but exits 0 when there is no error', async () => {
    const dir = workspace({ 'p.json': noSupplement });
    const { code, stdout } = await run(['verify', 'p.json', '--lang', 'en'], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^p\.json {2}verify\.no-supplement-path {2}Warning: No step can request a supplement \(Decree 61\/2018 Art\. 15\(3\), 19\(4\)\)/m);
    expect(stdout).toMatch(/✓ 1 file\(s\) verified, 1 warning\(s\)\.\n$/);
  });

  it('validates first: an invalid procedure gets the validation lines and exit 1', async () => {
    const dir = workspace({ 'p.json': minimal.replace('"role": "chair"', '"role": "chiar"') });
    const { code, stdout } = await run(['verify', 'p.json', '--lang', 'en'], dir);
    expect(code).toBe(1);
    const line = minimal.split('\n').findIndex((l) => l.includes('"role": "chair"')) + 1;
    expect(stdout).toContain(`p.json:${line}:9  ref.unknown-role  There is no role "chiar".`);
    expect(stdout).not.toContain('verify.');
  });

  it('reports machine-readable results with --json, files from a glob', async () => {
    const dir = workspace({ 'a/ok.json': minimal, 'a/bad.json': skipsApproval, 'a/broken.json': '{ "code": 1 ' });
    const { code, stdout } = await run(['verify', 'a/*.json', '--json'], dir);
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(result.valid).toBe(false);
    expect(result.files.map((f: { file: string; valid: boolean }) => [f.file, f.valid])).toEqual([['a/bad.json', false], ['a/broken.json', false], ['a/ok.json', true]]);
    expect(result.files[0].findings).toEqual([expect.objectContaining({ code: 'verify.result-without-approval', severity: 'error', witness: ['SUBMIT', 'reception.fast'] })]);
    expect(result.files[1].errors[0]).toMatchObject({ code: 'json.syntax', line: 1 });
  });

  it('reports a missing file per file, without a stack trace', async () => {
    const { code, stdout, stderr } = await run(['verify', 'nope.json', '--lang', 'en'], workspace({}));
    expect(code).toBe(1);
    expect(stdout).toContain('nope.json:1:1  io.not-found  File not found.');
    expect(stderr).toBe('');
  });

  it('exits 2 on usage errors: no file, a bad --lang, an unknown option', async () => {
    for (const args of [['verify'], ['verify', 'p.json', '--lang', 'fr'], ['verify', 'p.json', '--fast']]) {
      const { code, stderr } = await run(args);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^motcua verify: /);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('prints its help and is listed in the main help', async () => {
    expect((await run(['verify', '--help'])).stdout).toContain('motcua verify <tệp | thư mục | glob>...');
    expect((await run(['--help'])).stdout).toMatch(/^ {2}verify <tệp>\.\.\./m);
  });
});
