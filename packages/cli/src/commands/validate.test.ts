import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureCli } from '../capture-cli.js';

const root = path.resolve(import.meta.dirname, '../../../..');
const minimal = readFileSync(path.join(root, 'test/fixtures/procedures/valid/minimal.json'), 'utf8');

const run = (args: string[], cwd = root) => captureCli(args, cwd);

function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'motcua-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('motcua validate', () => {
  it('exits 0 and says so when every file is valid (a directory means its .json files)', async () => {
    const { code, stdout } = await run(['validate', 'examples/procedures']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^✓ 9 tệp hợp lệ\.$/m);
  });

  it('prints compiler-style lines and exits 1 for an invalid procedure', async () => {
    const dir = workspace({ 'p.json': minimal.replace('"role": "chair"', '"role": "chiar"') });
    const { code, stdout } = await run(['validate', 'p.json', '--lang', 'en'], dir);
    expect(code).toBe(1);
    const line = minimal.split('\n').findIndex((l) => l.includes('"role": "chair"')) + 1;
    expect(stdout).toContain(`p.json:${line}:9  ref.unknown-role  There is no role "chiar". (/workflow/steps/1/role)  Hint: Did you mean "chair"?`);
    expect(stdout).toMatch(/✗ 1 error\(s\) in 1 of 1 file\(s\)\./);
  });

  it('speaks Vietnamese by default', async () => {
    const dir = workspace({ 'p.json': minimal.replace('"role": "chair"', '"role": "chiar"') });
    expect((await run(['validate', 'p.json'], dir)).stdout).toContain('Không có vai trò "chiar".');
  });

  it('expands globs and reports machine-readable results with --json', async () => {
    const dir = workspace({ 'a/ok.json': minimal, 'a/bad.json': '{ "code": 1 ', 'a/skip.txt': 'x' });
    const { code, stdout } = await run(['validate', 'a/*.json', '--json'], dir);
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(result.valid).toBe(false);
    expect(result.files.map((f: { file: string; valid: boolean }) => [f.file, f.valid])).toEqual([['a/bad.json', false], ['a/ok.json', true]]);
    expect(result.files[0].errors[0]).toMatchObject({ code: 'json.syntax', line: 1 });
  });

  it('reports unreadable input per file without a stack trace: missing, UTF-16, not UTF-8', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(minimal, 'utf16le')]);
    const latin = Buffer.from([0x7b, 0x22, 0xe0, 0x22, 0x3a, 0x31, 0x7d]);
    const dir = workspace({ 'u16.json': utf16, 'latin.json': latin });
    const { code, stdout, stderr } = await run(['validate', 'missing.json', 'u16.json', 'latin.json', '--lang', 'en'], dir);
    expect(code).toBe(1);
    expect(stdout).toContain('missing.json:1:1  io.not-found  File not found.');
    expect(stdout).toContain('u16.json:1:1  io.encoding  The file is UTF-16 encoded; UTF-8 is required.');
    expect(stdout).toContain('latin.json:1:1  io.encoding  The file is not valid UTF-8');
    expect(stderr).toBe('');
    expect(stdout).not.toMatch(/\n\s+at /);
  });

  it.each([
    [['validate'], 'At least one file is needed'],
    [['validate', 'x.json', '--lang', 'fr'], '--lang must be vi or en'],
    [['validate', '--bogus', 'x.json'], "Unknown option '--bogus'"],
    [['validate', 'nothing/*.json'], 'No files match'],
    [['frobnicate'], 'unknown command "frobnicate"'],
  ])('exits 2 on a usage error: %j', async (args, text) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toContain(text);
  });

  it('reports an empty directory as a usage error', async () => {
    const dir = workspace({ 'empty/readme.txt': 'nothing' });
    const { code, stderr } = await run(['validate', 'empty'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('has no .json files');
  });
});
