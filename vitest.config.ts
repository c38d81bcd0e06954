import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(`./packages/${path}`, import.meta.url));

// Real headless Chromium from Debian (apt-get install -y chromium), never a downloaded browser. A factory,
// because vitest mutates the browser object: two projects sharing one fail (stack.md G11).
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'], // CI runs as root: no sandbox there
    },
  }),
  instances: [{ browser: 'chromium' as const }],
});

// Tests run against the TypeScript sources of every workspace package (the `source` export
// condition), so a test never depends on a stale build.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@motcua\/(core|cli|elements|server)$/, replacement: src('$1/src/index.ts') },
      { find: /^@motcua\/core\/(diagram|scenario|verify)$/, replacement: src('core/src/$1/index.ts') },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/node_modules/**', 'packages/server/**'],
        },
      },
      {
        // Its own project so that the throwaway PostgreSQL cluster starts only when server tests run
        // (vitest runs a project's globalSetup only for a run that has files in it).
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['packages/server/src/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
          globalSetup: ['test/postgres-global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['packages/elements/src/**/*.browser.test.ts'],
          browser: browser(),
        },
      },
    ],
  },
});
