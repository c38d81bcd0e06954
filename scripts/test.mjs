// The one test command (`npm test`, called by .ci/run): build, then every suite, then the
// plain "N passed, N failed" line CI reads (vitest's own summary is not read by CI).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: 'inherit', ...opts }).status ?? 1;

let failedSetup = 0;
const steps = [
  // Before the build regenerates them: committed types must match the schemas.
  ['node', ['packages/core/scripts/gen-types.mjs', '--check']],
  ['npm', ['run', 'build', '--silent']],
]; 
for (const [cmd, args] of steps) {
  if (run(cmd, args) !== 0) { console.error(`\n✗ ${cmd} ${args.join(' ')} failed`); failedSetup++; break; }
}

let passed = 0;
let failed = failedSetup;
if (!failedSetup) {
  mkdirSync('.vitest', { recursive: true });
  rmSync('.vitest/results.json', { force: true });
  const status = run('npx', ['vitest', 'run', '--reporter=dot', '--reporter=json', '--outputFile.json=.vitest/results.json', ...process.argv.slice(2)]);
  if (existsSync('.vitest/results.json')) {
    const results = JSON.parse(readFileSync('.vitest/results.json', 'utf8'));
    passed = results.numPassedTests;
    failed += results.numFailedTests + (results.numFailedTestSuites ?? 0);
    if (status !== 0 && failed === 0) failed = 1; // a crash outside any test still fails the run
  } else failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
