import type { AuditRecord, DossierSnapshot } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteStore, type PgliteStore } from './create-pglite-store.js';
import type { NewDossier } from './dossier-store.js';
import { runMigrations } from './migrations.js';
import { ConflictError } from './store-errors.js';

// One embedded database for the whole file: PGlite takes seconds to start (stack.md G8).
let store: PgliteStore;
beforeAll(async () => { store = await createPgliteStore(); }, 60_000);
afterAll(async () => { await store?.close(); });

const snapshot = (id: string): DossierSnapshot => ({ format: 'motcua.dossier/1', procedure: 'p@1.0.0', id, machine: { value: 'submitted' } });
const record = (type: string, at: string, payload: Record<string, unknown> = {}): AuditRecord => ({
  type, actor: { id: 'u-1', role: 'reception-officer', agency: 'H29' }, role: 'reception-officer', at, payload,
  fromState: 'submitted', toState: 'appraisal', status: 2, dueAt: '2026-03-02T17:00:00+07:00', dueChange: null,
});
const dossier = (id: string, at = new Date('2026-03-02T01:00:00Z')): NewDossier => ({
  id, procedureKey: 'p@1.0.0', agencyCode: 'H29', accessTokenHash: 'x'.repeat(64), at, snapshot: snapshot(id),
  state: 'submitted', status: 1, closed: false, dueAt: null, records: [record('SUBMIT', '2026-03-02T08:00:00+07:00')],
});

describe('createPgliteStore', { timeout: 60_000 }, () => {
  it('runs each migration once', async () => {
    expect(await runMigrations(store.sql)).toEqual([]);
    const { rows } = await store.sql.query<{ version: number }>('SELECT version FROM schema_migrations');
    expect(rows.map((row) => row.version)).toEqual([1]);
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
});
