import type { AuditRecord, DossierSnapshot } from '@motcua/core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresStore, type PostgresStore } from './create-postgres-store.js';
import { GENESIS_HASH } from './hash-chain.js';
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

    it('upgrades a database written with jsonb columns (migration 8): the rows read back whole and the hash chains still verify', async () => {
      const { url, drop } = await createScratchDatabase(serverUrl!);
      cleanups.push(drop);
      // Before migration 8, but with migration 9's column, which today's SQL (used below to write the old rows) needs.
      const old = await createPostgresStore({ connectionString: url, migrations: MIGRATIONS.filter((migration) => migration.version !== 8) });
      const types = async (store: PostgresStore) => (await store.sql.query<{ c: string; t: string }>(
        `SELECT table_name || '.' || column_name AS c, data_type AS t FROM information_schema.columns
         WHERE (table_name, column_name) IN (('dossiers', 'snapshot'), ('dossier_events', 'payload'), ('dossier_events', 'due_change'), ('outbox', 'payload'))
         ORDER BY 1`)).rows.map((row) => `${row.c} ${row.t}`);
      expect(await types(old)).toEqual(['dossier_events.due_change jsonb', 'dossier_events.payload jsonb', 'dossiers.snapshot jsonb', 'outbox.payload jsonb']);
      // Rows as the jsonb schema kept them (keys re-ordered, whitespace its own), written with the SQL of before.
      const snapshot: DossierSnapshot = { format: 'motcua.dossier/1', procedure: 'p@1.0.0', id: 'u-1', machine: { value: 'appraisal', context: { zeta: 1, alpha: 'đủ' } } };
      const record = (type: string, at: string, payload: Record<string, unknown>, dueChange: unknown = null): AuditRecord => ({
        type, actor: { id: 'u-1', role: 'reception-officer', agency: 'H29' }, role: 'reception-officer', at, payload,
        fromState: 'submitted', toState: 'appraisal', status: 2, dueAt: '2026-03-02T17:00:00+07:00', dueChange: dueChange as AuditRecord['dueChange'],
      });
      await old.sql.query(`INSERT INTO dossiers (id, code, procedure_key, agency_code, access_token_hash, snapshot, state, status, closed, version, created_at, updated_at)
        VALUES ('u-1', 'H29-260302-0001', 'p@1.0.0', 'H29', $1, $2::jsonb, 'submitted', 1, false, 1, now(), now())`, ['x'.repeat(64), JSON.stringify(snapshot)]);
      const { createSqlStore } = await import('./create-sql-store.js');
      const written = createSqlStore(old.sql);
      const payload = { reason: 'đủ', nested: { b: 1, a: [1, 2.5, 'x'] }, longerKeyFirst: true, k: null };
      const dueChange = { kind: 'extend', until: '2026-03-09T17:00:00+07:00', days: 5 };
      // The events through the jsonb schema: the append below (one statement) chains seq 1 onto the genesis head.
      await written.appendEvents('u-1', 1, { snapshot, state: 'appraisal', status: 2, closed: false, dueAt: null }, [
        record('reception.accept', '2026-03-02T09:00:00+07:00', payload, dueChange), record('a.b', '2026-03-02T09:05:00+07:00', {}),
      ], { outbox: [{ kind: 'status-change', status: 2, eventAt: '2026-03-02T09:00:00+07:00', payload }] });
      expect(await old.verifyChain('u-1')).toEqual({ valid: true, events: 2 });
      await old.close();

      const store = await createPostgresStore({ connectionString: url });
      cleanups.push(() => store.close());
      expect(store.appliedMigrations).toEqual([8]);
      expect(await types(store)).toEqual(['dossier_events.due_change json', 'dossier_events.payload json', 'dossiers.snapshot json', 'outbox.payload json']);
      expect(await store.verifyChain('u-1')).toEqual({ valid: true, events: 2 });
      const events = await store.listEvents('u-1');
      expect(events.map((event) => [event.payload, event.dueChange])).toEqual([[payload, dueChange], [{}, null]]);
      expect((await store.findByCode('H29-260302-0001'))!.snapshot).toEqual(snapshot);
      const { rows } = await store.sql.query<{ payload: unknown }>('SELECT payload FROM outbox');
      expect(rows.map((row) => row.payload)).toEqual([payload]);
      // New writes chain on and are kept as sent.
      await store.appendEvents('u-1', 2, { snapshot, state: 'approval', status: 4, closed: false, dueAt: null }, [record('c.d', '2026-03-02T10:00:00+07:00', { z: 1, a: 2 })]);
      expect(await store.verifyChain('u-1')).toEqual({ valid: true, events: 3 });
      const text = await store.sql.query<{ t: string }>('SELECT payload::text AS t FROM dossier_events WHERE dossier_id = $1 AND seq = 3', ['u-1']);
      expect(text.rows[0]!.t).toBe('{"z":1,"a":2}');
    });

    it('opens with the options docs/server-api.md shows, and batches as it says: 24 actions made at once land in one statement', async () => {
      const doc = readFileSync(path.resolve(import.meta.dirname, '../../../../docs/server-api.md'), 'utf8');
      expect(doc).toContain('  writeBatch: { maxSize: 32, maxInFlight: 1 },');
      const { url, drop } = await createScratchDatabase(serverUrl!);
      const store = await createPostgresStore({ connectionString: url, maxConnections: 10, writeBatch: { maxSize: 32, maxInFlight: 1 } });
      cleanups.push(async () => { await store.close(); await drop(); });
      const record = (type: string): AuditRecord => ({
        type, actor: { id: 'u-1', role: 'reception-officer', agency: 'H40' }, role: 'reception-officer', at: '2026-03-02T09:00:00+07:00', payload: {},
        fromState: 'submitted', toState: 'appraisal', status: 2, dueAt: null, dueChange: null,
      });
      const snapshot = (id: string): DossierSnapshot => ({ format: 'motcua.dossier/1', procedure: 'p@1.0.0', id, machine: { value: 'submitted' } });
      const ids = Array.from({ length: 24 }, (_, i) => `doc-${i}`);
      const created = await Promise.all(ids.map((id) => store.insertDossier({
        id, procedureKey: 'p@1.0.0', agencyCode: 'H40', accessTokenHash: 'x'.repeat(64), at: new Date('2026-03-02T01:00:00Z'), snapshot: snapshot(id),
        state: 'submitted', status: 1, closed: false, dueAt: null, records: [record('SUBMIT')],
      })));
      const rows = await Promise.all(created.map((outcome) => {
        if (!outcome.inserted) throw new Error('not inserted');
        const { id, version, chainHead } = outcome.dossier;
        return store.appendEvents(id, version, { snapshot: snapshot(id), state: 'appraisal', status: 2, closed: false, dueAt: null }, [record('reception.accept')], { chainHead: chainHead! });
      }));
      expect(rows.map((row) => row.version)).toEqual(ids.map(() => 2));
      // Rows written by one statement carry its transaction id.
      const writers = await store.sql.query<{ n: number }>("SELECT count(DISTINCT xmin::text)::int AS n FROM dossiers WHERE id LIKE 'doc-%'", []);
      expect(writers.rows[0]!.n).toBe(1);
      for (const id of ids) expect(await store.verifyChain(id)).toEqual({ valid: true, events: 2 });
    });

    it('prepares parameterised statements once per connection, but not those asked for a fresh plan', async () => {
      const store = await openScratchPostgresStore(serverUrl!, { maxConnections: 1 });
      cleanups.push(() => store.close());
      const prepared = async () => (await store.sql.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements ORDER BY statement', []))
        .rows.map((row) => row.statement).filter((statement) => statement.includes('AS marker'));
      await store.sql.query("SELECT $1::text AS marker, 'cached'", ['a']);
      await store.sql.query("SELECT $1::text AS marker, 'cached'", ['b']);
      await store.sql.query("SELECT $1::text AS marker, 'fresh'", ['a'], { freshPlan: true });
      expect(await prepared()).toEqual(["SELECT $1::text AS marker, 'cached'"]);
      // A new plan generation prepares the same text once more; an old one is kept, not prepared again.
      for (const planGeneration of [7, 8, 7, 8]) await store.sql.query("SELECT $1::text AS marker, 'sized'", ['a'], { planGeneration });
      expect(await prepared()).toEqual(["SELECT $1::text AS marker, 'cached'", "SELECT $1::text AS marker, 'sized'", "SELECT $1::text AS marker, 'sized'"]);
    });

    it('plans an append afresh while dossiers is small, and keeps its plan once the table has grown past 128 kB', async () => {
      const store = await openScratchPostgresStore(serverUrl!, { maxConnections: 1 });
      cleanups.push(() => store.close());
      const appendsPrepared = async () => (await store.sql.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement LIKE 'WITH b AS (%UPDATE dossiers%'", [])).rows[0]!.n;
      // Dossiers of about 2 kB, stored whole in the row (below PostgreSQL's 2 kB threshold for compressing a value).
      const fill = (from: number, to: number) => store.sql.query(
        `INSERT INTO dossiers (id, code, procedure_key, agency_code, access_token_hash, snapshot, state, status, closed, version, created_at, updated_at, last_hash)
         SELECT 'g-' || i, 'G-' || i, 'p@1.0.0', 'H41', 'h', json_build_object('pad', (SELECT string_agg(md5(random()::text), '') FROM generate_series(1, 56))),
           'submitted', 1, false, 1, now(), now(), $3
         FROM generate_series($1::int, $2::int) AS i`, [from, to, GENESIS_HASH]);
      const act = (ids: readonly number[]) => Promise.all(ids.map((i) => store.appendEvents(`g-${i}`, 1, {
        snapshot: { format: 'motcua.dossier/1', procedure: 'p@1.0.0', id: `g-${i}`, machine: { value: 'appraisal' } }, state: 'appraisal', status: 2, closed: false, dueAt: null,
      }, [{
        type: 'reception.accept', actor: { id: 'u-1', role: 'reception-officer', agency: 'H41' }, role: 'reception-officer', at: '2026-03-02T09:00:00+07:00',
        payload: {}, fromState: 'submitted', toState: 'appraisal', status: 2, dueAt: null, dueChange: null,
      }], { chainHead: { seq: 0, hash: GENESIS_HASH } })));
      const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
      await fill(1, 40); // 10 pages
      await act(range(1, 10));
      await act(range(11, 20));
      expect(await appendsPrepared()).toBe(0);
      // Grown past 128 kB: the size is read again after 512 more rows written, and from then on the plan is kept.
      await fill(41, 1200);
      const { rows } = await store.sql.query<{ pages: number }>("SELECT (pg_relation_size('dossiers') / 8192)::int AS pages", []);
      expect(rows[0]!.pages).toBeGreaterThan(256);
      expect(rows[0]!.pages).toBeLessThan(480); // one doubling (256–511 pages) for all the appends below
      await act(range(21, 540));
      await act(range(541, 560));
      await act(range(561, 580));
      expect(await appendsPrepared()).toBe(1);
      for (const i of [1, 300, 580]) expect(await store.verifyChain(`g-${i}`)).toEqual({ valid: true, events: 1 });
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
