import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const motcua = (...args: string[]) =>
  spawnSync('npx', ['--no-install', 'motcua', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

// End to end through the installed bin (the built package), as a policy officer or CI runs it.
describe('npx motcua (built)', () => {
  it('validates the example catalogue', () => {
    const { status, stdout } = motcua('validate', 'examples/procedures', 'test/fixtures/procedures/valid');
    expect(stdout).toContain('✓ 11 tệp hợp lệ.');
    expect(status).toBe(0);
  });

  it('fails every invalid fixture with exit 1 and no stack trace', () => {
    const dir = 'test/fixtures/procedures/invalid';
    const fixtures = readdirSync(path.join(root, dir)).filter((f) => !f.endsWith('.expected.json')).map((f) => `${dir}/${f}`);
    const { status, stdout, stderr } = motcua('validate', ...fixtures, '--lang', 'en');
    expect(status).toBe(1);
    expect(stdout).toMatch(new RegExp(`✗ \\d+ error\\(s\\) in ${fixtures.length} of ${fixtures.length} file\\(s\\)\\.`));
    expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  });

  it('exits 2 with usage help for a bad call', () => {
    const { status, stderr } = motcua('validate');
    expect(status).toBe(2);
    expect(stderr).toContain('At least one file is needed');
  });
});
