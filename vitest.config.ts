import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(`./packages/${path}`, import.meta.url));

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
    ],
  },
});
