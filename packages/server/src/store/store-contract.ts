/**
 * `describeStoreContract`: what every `DossierStore` must do, as one vitest suite that each store's test
 * file runs (`create-pglite-store.test.ts`, `create-postgres-store.test.ts`), so the embedded and the
 * PostgreSQL store are held to the same behaviour — races included. Also `openScratchPostgresStore`, the
 * PostgreSQL store on a database of its own, which the PostgreSQL suites open. Test support: not exported
 * from the package.
 */
import { randomBytes } from 'node:crypto';
import type { AuditRecord, DossierSnapshot } from '@motcua/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresStore, type PostgresStore } from './create-postgres-store.js';
import { createSqlStore } from './create-sql-store.js';
import type { ChainHead, DossierRow, DossierStore, NewDossier } from './dossier-store.js';
import { MIGRATIONS, runMigrations } from './migrations.js';
import type { SqlClient } from './sql-client.js';
import { ConflictError } from './store-errors.js';

/** A store as the tests see it: the contract plus raw SQL, to tamper with the log behind its back. */
export type StoreUnderTest = DossierStore & { readonly sql: SqlClient };

/**
 * Registers the contract suite `name` over a store `open` returns once for the whole suite (it must be
 * empty, with the schema migrated); the suite closes it at the end.
 * @example describeStoreContract('createPgliteStore', () => createPgliteStore());
 */
export function describeStoreContract(name: string, open: () => Promise<StoreUnderTest>): void {
  describe(name, { timeout: 60_000 }, () => {
    let store: StoreUnderTest;
    // One database per suite: PGlite takes seconds to start (stack.md G8).
    beforeAll(async () => { store = await open(); }, 60_000);
    afterAll(async () => { await store?.close(); });

    it('runs each migration once', async () => {
      expect(await runMigrations(store.sql)).toEqual([]);
      const { rows } = await store.sql.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((row) => row.version)).toEqual(MIGRATIONS.map((migration) => migration.version));
      // A server that knows fewer migrations than the database holds refuses to run on it.
      await expect(runMigrations(store.sql, MIGRATIONS.filter((migration) => migration.version < 9)))
        .rejects.toThrow('The database has schema migrations 9, newer than this server knows (up to 8)');
    });

    it('numbers dossiers per agency and Vietnamese day, the day starting at 00:00 +07:00', async () => {
      const first = await store.insertDossier(dossier('c-1', new Date('2026-03-02T16:59:00Z')));
      const second = await store.insertDossier(dossier('c-2', new Date('2026-03-02T17:00:00Z')));
      expect(first.inserted && first.dossier.code).toBe('H29-260302-0001');
      expect(second.inserted && second.dossier.code).toBe('H29-260303-0001');
    });

    it('appends with a version check and refuses a stale version with ConflictError', async () => {
      const created = await store.insertDossier(dossier('v-1'));
      if (!created.inserted) throw new Error('not inserted');
      const position = { snapshot: snapshot('v-1'), state: 'appraisal', status: 2, closed: false, dueAt: '2026-03-02T10:00:00.000Z' };
      const after = await store.appendEvents('v-1', 1, position, [record('reception.accept', '2026-03-02T09:00:00+07:00', { reason: 'ok' })]);
      expect(after).toMatchObject({ version: 2, state: 'appraisal', dueAt: '2026-03-02T10:00:00.000Z' });
      await expect(store.appendEvents('v-1', 1, position, [record('reception.accept', '2026-03-02T09:01:00+07:00')])).rejects.toBeInstanceOf(ConflictError);
      expect((await store.listEvents('v-1')).map((event) => [event.seq, event.type])).toEqual([[1, 'SUBMIT'], [2, 'reception.accept']]);
    });

    it('keeps the application data apart: written with the dossier, kept by appends that leave it out, replaced by one that gives it', async () => {
      const answers = { applicant: { fullName: 'Nguyễn Văn A' }, copies: 2 };
      const created = await store.insertDossier({ ...dossier('data-1'), snapshot: lean('data-1'), data: answers });
      if (!created.inserted) throw new Error('not inserted');
      expect(created.dossier.dataKeptApart).toBe(true);
      expect(created.dossier).not.toHaveProperty('data'); // the writer has it
      expect(await store.findByCode(created.dossier.code)).toMatchObject({ data: answers, dataKeptApart: true, snapshot: lean('data-1') });
      const position = { snapshot: JSON.stringify(lean('data-1')), state: 'appraisal', status: 2, closed: false, dueAt: null };
      const kept = await store.appendEvents('data-1', 1, position, [record('reception.accept', '2026-03-02T09:00:00+07:00')]);
      expect(kept.dataKeptApart).toBe(true);
      expect((await store.findByCode(created.dossier.code))!.data).toEqual(answers);
      const changed = { ...answers, copies: 3 };
      await store.appendEvents('data-1', 2, { ...position, data: changed }, [record('a.b', '2026-03-02T09:05:00+07:00')]);
      expect((await store.findByCode(created.dossier.code))!.data).toEqual(changed);
    });

    it('hands back from a write the row a read then finds, but for the snapshot and the data, which the writer has', async () => {
      const withoutBulk = ({ snapshot: _snapshot, data: _data, ...rest }: DossierRow) => rest;
      const created = await store.insertDossier({ ...dossier('same-1', new Date('2026-03-02T01:02:03.456Z')), dueAt: '2026-03-05T17:00:00+07:00', data: { a: 1 } });
      if (!created.inserted) throw new Error('not inserted');
      expect(withoutBulk(created.dossier)).toEqual(withoutBulk((await store.findByCode(created.dossier.code))!));
      expect(created.dossier).toMatchObject({ version: 1, createdAt: '2026-03-02T01:02:03.456Z', updatedAt: '2026-03-02T01:02:03.456Z', dueAt: '2026-03-05T10:00:00.000Z' });
      // An offset-less due date too: written in the UTC form it is handed back in, so a read finds the same.
      const position = { snapshot: snapshot('same-1'), state: 'finished', status: 9, closed: true, dueAt: '2026-03-06T17:00:00', openRoles: ['reception-officer'] };
      const after = await store.appendEvents('same-1', 1, position, [record('a.b', '2026-03-03T09:00:00+07:00'), record('c.d', '2026-03-03T09:30:00+07:00')]);
      expect(withoutBulk(after)).toEqual(withoutBulk((await store.findByCode(created.dossier.code))!));
      expect(after).toMatchObject({ version: 2, state: 'finished', status: 9, closed: true, updatedAt: '2026-03-03T02:30:00.000Z', chainHead: { seq: 3 } });
    });

    it('a row whose snapshot holds its data (written before migration 9, or with no data given) says so until a write gives the data', async () => {
      const created = await store.insertDossier(dossier('data-2'));
      if (!created.inserted) throw new Error('not inserted');
      expect(created.dossier.dataKeptApart).toBe(false);
      expect(await store.findByCode(created.dossier.code)).toMatchObject({ data: null, dataKeptApart: false });
      const position = { snapshot: snapshot('data-2'), state: 'appraisal', status: 2, closed: false, dueAt: null };
      expect((await store.appendEvents('data-2', 1, position, [record('reception.accept', '2026-03-02T09:00:00+07:00')])).dataKeptApart).toBe(false);
      const moved = await store.appendEvents('data-2', 2, { ...position, snapshot: lean('data-2'), data: { copies: 1 } }, [record('a.b', '2026-03-02T09:05:00+07:00')]);
      expect(moved.dataKeptApart).toBe(true);
      expect(await store.findByCode(created.dossier.code)).toMatchObject({ data: { copies: 1 }, dataKeptApart: true });
    });

    it('a row whose snapshot holds its data and whose column holds some too does not keep it apart: its next write gives the data again', async () => {
      const created = await store.insertDossier({ ...dossier('data-3'), data: { copies: 1 } }); // a whole snapshot, answers and all
      if (!created.inserted) throw new Error('not inserted');
      expect(created.dossier.dataKeptApart).toBe(false);
      expect(await store.findByCode(created.dossier.code)).toMatchObject({ data: { copies: 1 }, dataKeptApart: false });
      const position = { snapshot: snapshot('data-3'), state: 'appraisal', status: 2, closed: false, dueAt: null };
      expect((await store.appendEvents('data-3', 1, position, [record('reception.accept', '2026-03-02T09:00:00+07:00')])).dataKeptApart).toBe(false);
    });

    it('appends with and without the answers share a statement, each row keeping or taking its own', async () => {
      const heads: ChainHead[] = [];
      for (const id of ['mix-1', 'mix-2']) {
        const created = await store.insertDossier({ ...dossier(id, new Date('2026-03-02T01:00:00Z'), 'H58'), snapshot: lean(id), data: { copies: 1 } });
        if (!created.inserted) throw new Error('not inserted');
        heads.push(created.dossier.chainHead!);
      }
      const position = (id: string) => ({ snapshot: JSON.stringify(lean(id)), state: 'appraisal', status: 2, closed: false, dueAt: null });
      // With the chain heads at hand, both appends are ready in the same turn and go in one statement.
      const [kept, changed] = await Promise.all([
        store.appendEvents('mix-1', 1, position('mix-1'), [record('reception.accept', '2026-03-02T09:00:00+07:00')], { chainHead: heads[0]! }),
        store.appendEvents('mix-2', 1, { ...position('mix-2'), data: { copies: 7 } }, [record('reception.accept', '2026-03-02T09:00:00+07:00')], { chainHead: heads[1]! }),
      ]);
      expect([kept.dataKeptApart, changed.dataKeptApart]).toEqual([true, true]);
      expect((await store.findByCode(kept.code))!.data).toEqual({ copies: 1 });
      expect((await store.findByCode(changed.code))!.data).toEqual({ copies: 7 });
      const { rows } = await store.sql.query<{ n: number }>('SELECT count(DISTINCT xmin::text)::int AS n FROM dossiers WHERE id IN ($1, $2)', ['mix-1', 'mix-2']);
      expect(rows[0]!.n).toBe(1); // one statement, one transaction
    });

    it('appends in one statement from the chain head read at lookup, and refuses a stale head', async () => {
      const created = await store.insertDossier(dossier('head-1'));
      if (!created.inserted) throw new Error('not inserted');
      const looked = (await store.findByCode(created.dossier.code))!;
      expect(looked.chainHead).toMatchObject({ seq: 1 });
      const position = { snapshot: snapshot('head-1'), state: 'appraisal', status: 2, closed: false, dueAt: null };
      const after = await store.appendEvents('head-1', 1, position, [record('reception.accept', '2026-03-02T09:00:00+07:00')], { chainHead: looked.chainHead! });
      expect(after.chainHead).toMatchObject({ seq: 2 });
      expect(await store.verifyChain('head-1')).toMatchObject({ valid: true, events: 2 });
      // The right version with an old head (another writer's event in between) must not chain onto it.
      await expect(store.appendEvents('head-1', 2, position, [record('a.b', '2026-03-02T09:01:00+07:00')], { chainHead: looked.chainHead! }))
        .rejects.toBeInstanceOf(ConflictError);
      expect(await store.verifyChain('head-1')).toMatchObject({ valid: true, events: 2 });
    });

    it('verifies the hash chain and detects a payload changed behind its back', async () => {
      await store.insertDossier(dossier('h-1'));
      const position = { snapshot: snapshot('h-1'), state: 'appraisal', status: 2, closed: false, dueAt: null };
      await store.appendEvents('h-1', 1, position, [record('reception.accept', '2026-03-02T09:00:00+07:00', { reason: 'đủ', nested: { b: 1, a: [1, 2] } })]);
      expect(await store.verifyChain('h-1')).toEqual({ valid: true, events: 2 });
      await store.sql.query(`UPDATE dossier_events SET payload = $1 WHERE dossier_id = $2 AND seq = 2`, [JSON.stringify({ reason: 'sửa' }), 'h-1']);
      expect(await store.verifyChain('h-1')).toEqual({ valid: false, events: 2, seq: 2, reason: 'hash-mismatch' });
    });

    it('detects a removed event', async () => {
      await store.insertDossier(dossier('h-2'));
      const position = { snapshot: snapshot('h-2'), state: 'appraisal', status: 2, closed: false, dueAt: null };
      await store.appendEvents('h-2', 1, position, [record('a.b', '2026-03-02T09:00:00+07:00'), record('c.d', '2026-03-02T09:05:00+07:00')]);
      await store.sql.query('DELETE FROM dossier_events WHERE dossier_id = $1 AND seq = 2', ['h-2']);
      expect(await store.verifyChain('h-2')).toMatchObject({ valid: false, seq: 3, reason: 'gap' });
    });

    it('lets exactly one of five concurrent appends at one version win, and loses no event', async () => {
      await store.insertDossier(dossier('r-1'));
      const position = { snapshot: snapshot('r-1'), state: 'appraisal', status: 2, closed: false, dueAt: null };
      const outcomes = await Promise.allSettled(Array.from({ length: 5 }, (_, i) =>
        store.appendEvents('r-1', 1, position, [record('reception.accept', '2026-03-02T09:00:00+07:00', { officer: i })])));
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      for (const outcome of outcomes.filter((outcome) => outcome.status === 'rejected')) expect(outcome.reason).toBeInstanceOf(ConflictError);
      expect((await store.listEvents('r-1')).map((event) => event.seq)).toEqual([1, 2]);
      expect(await store.verifyChain('r-1')).toEqual({ valid: true, events: 2 });
    });

    it('runs a hook inside the append\'s transaction: it sees the write, and when it throws nothing is written', async () => {
      await store.insertDossier(dossier('hook-1'));
      const position = { snapshot: snapshot('hook-1'), state: 'appraisal', status: 2, closed: false, dueAt: null };
      const seen: unknown[] = [];
      const after = await store.appendEvents('hook-1', 1, position, [record('reception.accept', '2026-03-02T09:00:00+07:00')], async (tx, saved) => {
        const { rows } = await tx.query<{ version: number }>('SELECT version FROM dossiers WHERE id = $1', ['hook-1']);
        seen.push(rows[0]!.version, saved.version);
      });
      expect(seen).toEqual([2, 2]);
      expect(after).toMatchObject({ version: 2, chainHead: { seq: 2 } });
      await expect(store.appendEvents('hook-1', 2, position, [record('a.b', '2026-03-02T09:05:00+07:00')], async () => { throw new Error('hook failed'); }))
        .rejects.toThrow('hook failed');
      expect(await store.findByCode(after.code)).toMatchObject({ version: 2 });
      expect(await store.verifyChain('hook-1')).toEqual({ valid: true, events: 2 });
      await expect(store.appendEvents('hook-1', 1, position, [record('a.b', '2026-03-02T09:06:00+07:00')], async () => {})).rejects.toBeInstanceOf(ConflictError);
    });

    it('writes appends to several dossiers that arrive together in one statement; a stale one and a bad one fail alone', async () => {
      const ids = Array.from({ length: 8 }, (_, i) => `batch-${i}`);
      const heads = new Map<string, ChainHead>();
      for (const id of ids) {
        const created = await store.insertDossier(dossier(id, undefined, 'H36'));
        if (!created.inserted) throw new Error('not inserted');
        heads.set(id, created.dossier.chainHead!);
      }
      await store.appendEvents('batch-6', 1, { snapshot: snapshot('batch-6'), state: 'appraisal', status: 2, closed: false, dueAt: null }, [record('a.b', '2026-03-02T09:00:00+07:00')]);
      // A second store over the same database whose statements are counted; one statement at a time.
      const { client: counted, elements: appends } = countingWrites(store.sql, 'UPDATE dossiers d', 'expected_version');
      const batched = createSqlStore(counted, { writeBatch: { maxInFlight: 1 } });
      const outcomes = await Promise.allSettled(ids.map((id) => batched.appendEvents(id, 1, {
        // batch-6 is stale (now at version 2); batch-7's snapshot is not JSON, so its statement fails.
        snapshot: id === 'batch-7' ? '{not json' : snapshot(id), state: 'appraisal', status: 2, closed: false, dueAt: '2026-03-03T10:00:00.000Z', openRoles: ['appraisal-officer'],
      }, [record('reception.accept', '2026-03-02T10:00:00+07:00', { id }), record('note', '2026-03-02T10:01:00+07:00')], {
        chainHead: heads.get(id)!, outbox: [{ kind: 'status-change', status: 2, eventAt: '2026-03-02T03:00:00.000Z', payload: { id } }],
      })));
      const landed = ids.filter((_, i) => outcomes[i]!.status === 'fulfilled');
      expect(landed).toEqual(['batch-0', 'batch-1', 'batch-2', 'batch-3', 'batch-4', 'batch-5']);
      expect((outcomes[6] as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
      expect((outcomes[7] as PromiseRejectedResult).reason).not.toBeInstanceOf(ConflictError);
      // The eight appends, made in one turn of the event loop, shared one statement, which failed on
      // batch-7's snapshot and was written again one append at a time.
      expect(appends).toEqual([8, 1, 1, 1, 1, 1, 1, 1, 1]);
      for (const [i, id] of landed.entries()) {
        const after = (outcomes[i] as PromiseFulfilledResult<DossierRow>).value;
        expect(after).toMatchObject({ id, version: 2, state: 'appraisal', dueAt: '2026-03-03T10:00:00.000Z', chainHead: { seq: 3 } });
        expect(await store.verifyChain(id)).toEqual({ valid: true, events: 3 });
        expect((await store.listEvents(id)).map((event) => event.payload)).toEqual([{}, { id }, {}]);
      }
      const { rows } = await store.sql.query<{ dossier_id: string }>(`SELECT dossier_id FROM outbox WHERE dossier_id LIKE 'batch-%' ORDER BY dossier_id`);
      expect(rows.map((row) => row.dossier_id)).toEqual(landed);
      // Each dossier got its own snapshot (they travel beside the batch, matched by position).
      const stored = await store.sql.query<{ id: string; snapshot_id: string }>(`SELECT id, snapshot::json->>'id' AS snapshot_id FROM dossiers WHERE id LIKE 'batch-%' ORDER BY id`);
      expect(stored.rows.map((row) => [row.id, row.snapshot_id])).toEqual(ids.map((id) => [id, id]));
      expect((await store.listEvents('batch-7')).map((event) => event.seq)).toEqual([1]);
      expect((await store.listInbox({ agencyCode: 'H36', role: 'appraisal-officer' })).map((found) => found.id).sort()).toEqual([...landed, 'batch-6', 'batch-7']);
    });

    it('refuses a snapshot text that holds U+0001 unescaped (not JSON) and writes nothing', async () => {
      const created = await store.insertDossier(dossier('ctl-1', undefined, 'H36'));
      if (!created.inserted) throw new Error('not inserted');
      const position = { snapshot: '{"note":"a\u0001b"}', state: 'appraisal', status: 2, closed: false, dueAt: null };
      await expect(store.appendEvents('ctl-1', 1, position, [record('a.b', '2026-03-02T09:00:00+07:00')])).rejects.toThrow(/U\+0001/);
      await expect(store.insertDossier({ ...dossier('ctl-2', undefined, 'H36'), snapshot: position.snapshot })).rejects.toThrow(RangeError);
      expect(await store.findByCode(created.dossier.code)).toMatchObject({ version: 1 });
      expect(await store.listEvents('ctl-2')).toEqual([]);
    });

    const insertKey = (id: string) => `key-of-${id}`.padEnd(64, '.');

    it('writes new dossiers that arrive together in one statement; a used idempotency key gets its response and writes nothing', async () => {
      const used = { keyHash: 'u'.repeat(64), response: (code: string) => ({ code }) };
      const first = await store.insertDossier({ ...dossier('ins-0', undefined, 'H37'), idempotency: used });
      const { client: inner, elements: inserts } = countingWrites(store.sql, 'INSERT INTO idempotency_keys', 'key_hash');
      const { client: counted, elements: numbers } = countingWrites(inner, 'dossier_counters', 'key_hash');
      const batched = createSqlStore(counted, { writeBatch: { maxInFlight: 1 } });
      const outcomes = await Promise.all(['ins-1', 'ins-2', 'ins-3', 'ins-4', 'ins-5'].map((id, i) => batched.insertDossier({
        ...dossier(id, undefined, 'H37'), openRoles: ['reception-officer'],
        idempotency: i === 2 ? used : { keyHash: insertKey(id), response: (code: string) => ({ code, id }) },
        outbox: (code) => [{ kind: 'status-change', status: 1, eventAt: '2026-03-02T01:00:00.000Z', payload: { code } }],
      })));
      // One statement draws the five numbers (the used key stops there), one inserts the other four.
      expect(numbers).toEqual([5]);
      expect(inserts).toEqual([4]);
      expect(outcomes[2]).toEqual({ inserted: false, response: { code: first.inserted && first.dossier.code }, fingerprint: null });
      const codes = outcomes.flatMap((outcome) => (outcome.inserted ? [outcome.dossier.code] : [])).sort();
      expect(codes).toEqual(['H37-260302-0002', 'H37-260302-0003', 'H37-260302-0004', 'H37-260302-0005']);
      for (const outcome of outcomes) {
        if (!outcome.inserted) continue;
        const { id, code } = outcome.dossier;
        expect(await store.findByCode(code)).toMatchObject({ id, version: 1, chainHead: { seq: 1 } });
        expect(await store.verifyChain(id)).toEqual({ valid: true, events: 1 });
        expect(await store.findIdempotent(insertKey(id))).toMatchObject({ response: { code, id } });
      }
      const { rows } = await store.sql.query<{ payload: { code: string } }>(`SELECT payload FROM outbox WHERE dossier_id LIKE 'ins-%' ORDER BY dossier_id`);
      expect(rows.map((row) => row.payload.code).sort()).toEqual(codes);
      expect((await store.listInbox({ agencyCode: 'H37', role: 'reception-officer' })).map((found) => found.id).sort()).toEqual(['ins-0', 'ins-1', 'ins-2', 'ins-4', 'ins-5']);
    });

    it('numbers concurrent inserts to several agencies and days, each agency\'s day from 1 without a gap', async () => {
      const days = [new Date('2026-03-09T01:00:00Z'), new Date('2026-03-10T01:00:00Z')];
      const outcomes = await Promise.all(Array.from({ length: 12 }, (_, i) => store.insertDossier(dossier(`g-${i}`, days[i % 2], i % 3 === 0 ? 'H38' : 'H39'))));
      const codes = outcomes.map((outcome) => (outcome.inserted ? outcome.dossier.code : null)).sort();
      expect(codes).toEqual([
        'H38-260309-0001', 'H38-260309-0002', 'H38-260310-0001', 'H38-260310-0002',
        ...['0001', '0002', '0003', '0004'].map((n) => `H39-260309-${n}`), ...['0001', '0002', '0003', '0004'].map((n) => `H39-260310-${n}`),
      ]);
    });

    it('numbers 50 concurrent inserts to one agency on one day without a gap or a collision', async () => {
      const outcomes = await Promise.all(Array.from({ length: 50 }, (_, i) => store.insertDossier(dossier(`b-${i}`, undefined, 'H30'))));
      const codes = outcomes.map((outcome) => (outcome.inserted ? outcome.dossier.code : null)).sort();
      expect(codes).toEqual(Array.from({ length: 50 }, (_, i) => `H30-260302-${String(i + 1).padStart(4, '0')}`));
    });

    it('inserts one dossier for concurrent inserts with one idempotency key, and hands the others its response', async () => {
      const idempotency = { keyHash: 'k'.repeat(64), response: (code: string) => ({ code }) };
      const outcomes = await Promise.all(['i-1', 'i-2', 'i-3'].map((id) => store.insertDossier({ ...dossier(id, undefined, 'H31'), idempotency })));
      const inserted = outcomes.filter((outcome) => outcome.inserted);
      expect(inserted).toHaveLength(1);
      const code = inserted[0]!.inserted && inserted[0]!.dossier.code;
      expect(outcomes.filter((outcome) => !outcome.inserted)).toEqual([{ inserted: false, response: { code }, fingerprint: null }, { inserted: false, response: { code }, fingerprint: null }]);
      const { rows } = await store.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM dossiers WHERE agency_code = 'H31'`);
      expect(rows[0]!.n).toBe(1);
    });

    it('takes no number for a used idempotency key: the next new dossier gets the next number', async () => {
      const idempotency = { keyHash: 'n'.repeat(64), response: (code: string) => ({ code }) };
      const first = await store.insertDossier({ ...dossier('n-1', undefined, 'H35'), idempotency });
      const again = await store.insertDossier({ ...dossier('n-2', undefined, 'H35'), idempotency });
      const next = await store.insertDossier(dossier('n-3', undefined, 'H35'));
      expect(first.inserted && first.dossier.code).toBe('H35-260302-0001');
      expect(again).toEqual({ inserted: false, response: { code: 'H35-260302-0001' }, fingerprint: null });
      expect(next.inserted && next.dossier.code).toBe('H35-260302-0002');
    });

    it('keeps the request fingerprint with an idempotency key and hands it back with the response', async () => {
      const idempotency = { keyHash: 'f'.repeat(64), fingerprint: 'a'.repeat(64), response: (code: string) => ({ code }) };
      const first = await store.insertDossier({ ...dossier('fp-1', undefined, 'H33'), idempotency });
      const again = await store.insertDossier({ ...dossier('fp-2', undefined, 'H33'), idempotency: { ...idempotency, fingerprint: 'b'.repeat(64) } });
      const code = first.inserted && first.dossier.code;
      expect(again).toEqual({ inserted: false, response: { code }, fingerprint: 'a'.repeat(64) });
      expect(await store.findIdempotent('f'.repeat(64))).toEqual({ response: { code }, fingerprint: 'a'.repeat(64) });
      expect(await store.findIdempotent('0'.repeat(64))).toBeNull();
    });

    it('stores the roles that can act with each write and filters the inbox by role (unknown roles always listed)', async () => {
      await store.insertDossier({ ...dossier('role-1', new Date('2026-03-05T01:00:00Z'), 'H34'), openRoles: ['reception-officer'] });
      await store.insertDossier(dossier('role-2', new Date('2026-03-05T02:00:00Z'), 'H34'));
      const ids = async (role: string) => (await store.listInbox({ agencyCode: 'H34', role })).map((found) => found.id);
      expect(await ids('reception-officer')).toEqual(['role-1', 'role-2']);
      expect(await ids('commune-chairman')).toEqual(['role-2']);
      await store.appendEvents('role-1', 1, { snapshot: snapshot('role-1'), state: 'approval', status: 4, closed: false, dueAt: null, openRoles: ['commune-chairman'] },
        [record('appraisal.forward', '2026-03-05T09:00:00+07:00')]);
      expect(await ids('reception-officer')).toEqual(['role-2']);
      expect(await ids('commune-chairman')).toEqual(['role-1', 'role-2']);
    });

    it('lists the open dossiers of an agency in an inbox, oldest first, filtered by state', async () => {
      await store.insertDossier(dossier('x-2', new Date('2026-03-04T02:00:00Z'), 'H32'));
      await store.insertDossier(dossier('x-1', new Date('2026-03-04T01:00:00Z'), 'H32'));
      await store.appendEvents('x-2', 1, { snapshot: snapshot('x-2'), state: 'appraisal', status: 2, closed: false, dueAt: null },
        [record('reception.accept', '2026-03-04T10:00:00+07:00')]);
      expect((await store.listInbox({ agencyCode: 'H32' })).map((found) => found.id)).toEqual(['x-1', 'x-2']);
      expect((await store.listInbox({ agencyCode: 'H32', states: ['appraisal'] })).map((found) => found.id)).toEqual(['x-2']);
    });
  });
}

/**
 * `sql` with its batch writes counted: for each statement whose text contains `marker`, how many elements
 * its JSON array (`$1`) held, told by the member `field` that each element has once.
 */
function countingWrites(sql: SqlClient, marker: string, field: string): { readonly client: SqlClient; readonly elements: number[] } {
  const elements: number[] = [];
  const client: SqlClient = {
    ...sql,
    query: (text, params, options) => {
      // Counted without parsing: one element of the test's batches may be broken JSON on purpose.
      if (text.includes(marker)) elements.push(String(params![0]).split(`"${field}"`).length - 1);
      return sql.query(text, params, options);
    },
  };
  return { client, elements };
}

/**
 * Opens the PostgreSQL store on a new, uniquely named database of the server at `serverUrl`, so suites
 * that run at once (and runs after a crashed one) never see each other's rows. Closing the store drops
 * the database.
 */
export async function openScratchPostgresStore(serverUrl: string, options: { readonly maxConnections?: number } = {}): Promise<PostgresStore> {
  const { url, drop } = await createScratchDatabase(serverUrl);
  const store = await createPostgresStore({ connectionString: url, ...options });
  return { ...store, close: async () => { await store.close(); await drop(); } };
}

/** Creates an empty database beside the one `serverUrl` names; `drop` removes it. */
export async function createScratchDatabase(serverUrl: string): Promise<{ readonly url: string; readonly drop: () => Promise<void> }> {
  const name = `motcua_scratch_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  // The name is ours (hex), so interpolating it is safe; identifiers cannot be parameters.
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

const snapshot = (id: string): DossierSnapshot => ({ format: 'motcua.dossier/1', procedure: 'p@1.0.0', id, machine: { value: 'submitted' } });
/** A snapshot made without the answers (`toSnapshotJson(state, { data: false })`). */
const lean = (id: string): DossierSnapshot => ({ ...snapshot(id), format: 'motcua.dossier/1-data-apart' });
const record = (type: string, at: string, payload: Record<string, unknown> = {}): AuditRecord => ({
  type, actor: { id: 'u-1', role: 'reception-officer', agency: 'H29' }, role: 'reception-officer', at, payload,
  fromState: 'submitted', toState: 'appraisal', status: 2, dueAt: '2026-03-02T17:00:00+07:00', dueChange: null,
});
const dossier = (id: string, at = new Date('2026-03-02T01:00:00Z'), agencyCode = 'H29'): NewDossier => ({
  id, procedureKey: 'p@1.0.0', agencyCode, accessTokenHash: 'x'.repeat(64), at, snapshot: snapshot(id),
  state: 'submitted', status: 1, closed: false, dueAt: null, records: [record('SUBMIT', '2026-03-02T08:00:00+07:00')],
});
