import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresStore, type PostgresStore } from './create-postgres-store.js';
import { MIGRATIONS } from './migrations.js';
import { createScratchDatabase, describeStoreContract, openScratchPostgresStore } from './store-contract.js';

// Set by test/postgres-global-setup.ts (a throwaway cluster) or by the caller; absent only outside CI
// on a machine without PostgreSQL, where these suites show as skipped.
const serverUrl = process.env['DATABASE_URL'];

describe.skipIf(!serverUrl)('PostgreSQL', () => {
  describeStoreContract('createPostgresStore', () => openScratchPostgresStore(serverUrl!));

  describe('createPostgresStore on a shared database', { timeout: 60_000 }, () => {
    const cleanups: (() => Promise<void>)[] = [];
    afterAll(async () => { for (const cleanup of cleanups.reverse()) await cleanup(); });

    it('migrates once when several instances open one empty database at the same moment', async () => {
      const { url, drop } = await createScratchDatabase(serverUrl!);
      cleanups.push(drop);
      const stores: PostgresStore[] = await Promise.all(Array.from({ length: 4 }, () => createPostgresStore({ connectionString: url, maxConnections: 2 })));
      cleanups.push(async () => { for (const store of stores) await store.close(); });
      const versions = MIGRATIONS.map((migration) => migration.version);
      expect(stores.flatMap((store) => store.appliedMigrations).sort((a, b) => a - b)).toEqual(versions);
      const { rows } = await stores[0]!.sql.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((row) => row.version)).toEqual(versions);
    });

    it('runs statements side by side on several connections', async () => {
      const store = await openScratchPostgresStore(serverUrl!, { maxConnections: 4 });
      cleanups.push(() => store.close());
      const started = performance.now();
      await Promise.all(Array.from({ length: 4 }, () => store.sql.query('SELECT pg_sleep(0.3)')));
      expect(performance.now() - started).toBeLessThan(1_100);
    });
  });
});
