// The one test command (`npm test`, called by .ci/run): build, then every suite, then the
// plain "N passed, N failed" line CI reads (vitest's own summary is not read by CI).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: 'inherit', ...opts }).status ?? 1;

let failedSetup = installSystemPackages();
const steps = [
  // Before the build regenerates them: committed types must match the schemas.
  ['node', ['packages/core/scripts/gen-types.mjs', '--check']],
  ['npm', ['run', 'build', '--silent']],
]; 
for (const [cmd, args] of failedSetup ? [] : steps) {
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

/**
 * What the suites need from Debian, installed when missing, so this command works on a fresh machine
 * as it does in CI: PostgreSQL's server binaries (the throwaway test cluster, scripts/postgres-cluster.mjs)
 * and Chromium (the browser suites run Debian's, never a browser Playwright downloads). Returns 1 when
 * something is missing and cannot be installed here.
 */
function installSystemPackages() {
  const missing = [];
  if (!process.env.MOTCUA_PG_BIN && !existsSync('/usr/lib/postgresql')) missing.push('postgresql');
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) missing.push('chromium');
  if (missing.length === 0) return 0;
  console.log(`Installing ${missing.join(' and ')} from Debian's packages (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (run('apt-get', ['update', '-q'], { env }) === 0 && run('apt-get', ['install', '-y', '-q', ...missing], { env }) === 0) return 0;
  console.error(`\n✗ could not install ${missing.join(', ')}: run \`apt-get install ${missing.join(' ')}\` as root, or set MOTCUA_PG_BIN / CHROMIUM_PATH to where they are.`);
  return 1;
}
