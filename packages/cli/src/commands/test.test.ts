import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureCli } from '../capture-cli.js';

const root = path.resolve(import.meta.dirname, '../../../..');
const minimal = readFileSync(path.join(root, 'test/fixtures/procedures/valid/minimal.json'), 'utf8');
const scenario = JSON.parse(readFileSync(path.join(root, 'test/fixtures/scenarios/minimal-happy.json'), 'utf8'));

const run = (args: string[], cwd: string) => captureCli(args, cwd);

/** A folder with the minimal procedure and the given scenarios beside it. */
function workspace(scenarios: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'motcua-test-'));
  writeFileSync(path.join(dir, 'minimal.json'), minimal);
  mkdirSync(path.join(dir, 'scenarios'));
  for (const [name, s] of Object.entries(scenarios)) writeFileSync(path.join(dir, 'scenarios', name), typeof s === 'string' ? s : JSON.stringify({ ...(s as object), procedure: '../minimal.json' }, null, 2));
  return dir;
}

describe('motcua test', () => {
  it('runs a passing scenario: ✓ and exit 0', async () => {
    const { code, stdout } = await run(['test', 'scenarios'], workspace({ 'happy.json': scenario }));
    expect(stdout).toContain('✓ scenarios/happy.json  Hồ sơ đầy đủ đi hết quy trình');
    expect(stdout).toContain('1 kịch bản: 1 đạt, 0 không đạt.');
    expect(code).toBe(0);
  });

  it('reports each expectation that fails, by step, and exits 1', async () => {
    const wrong = structuredClone(scenario);
    wrong.steps[2].expect.dueAt = '2026-03-04T17:00:00+07:00';
    wrong.steps[4].expect.state = 'returned';
    const { code, stdout } = await run(['test', 'scenarios/wrong.json', '--lang', 'en'], workspace({ 'wrong.json': wrong }));
    expect(code).toBe(1);
    expect(stdout).toContain('✗ scenarios/wrong.json');
    expect(stdout).toContain('step 3: Due at 2026-03-05T17:00:00+07:00, expected 2026-03-04T17:00:00+07:00.');
    expect(stdout).toContain('step 5: State is "resultReady", expected "returned".');
  });

  it('fails a step whose action is rejected unexpectedly, with the reason', async () => {
    const rejected = structuredClone(scenario);
    rejected.steps[2].as.role = 'chair';
    const { code, stdout } = await run(['test', 'scenarios/r.json', '--lang', 'en'], workspace({ 'r.json': rejected }));
    expect(code).toBe(1);
    expect(stdout).toMatch(/step 3: reception\.accept was rejected: .+/);
  });

  it('with --coverage, names the actions no scenario exercised and exits 1', async () => {
    const { code, stdout } = await run(['test', 'scenarios', '--coverage', '--lang', 'en'], workspace({ 'happy.json': scenario }));
    expect(code).toBe(1);
    expect(stdout).toContain('no scenario exercises reception.supplement, reception.refuse, approval.send-back, SUPPLEMENT, WITHDRAW, EXTEND');
  });

  it('reports a malformed scenario and a scenario naming a missing procedure like motcua validate', async () => {
    const dir = workspace({ 'bad.json': '{ "title": 1 }', 'orphan.json': JSON.stringify({ ...scenario, procedure: '../nowhere.json' }) });
    const { code, stdout } = await run(['test', 'scenarios', '--lang', 'en'], dir);
    expect(code).toBe(1);
    expect(stdout).toContain('scenarios/bad.json:1:3  schema.type');
    expect(stdout).toMatch(/nowhere\.json:1:1 {2}io\.not-found/);
    expect(stdout).toContain('2 scenario(s): 0 passed, 2 failed.');
  });

  it('prints machine-readable results with --json', async () => {
    const { stdout } = await run(['test', 'scenarios', '--json'], workspace({ 'happy.json': scenario }));
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ passed: true, scenarios: [{ file: 'scenarios/happy.json', passed: true, failures: [] }] });
  });

  it('exits 2 when no scenario is named', async () => {
    expect((await run(['test'], root)).code).toBe(2);
  });
});
