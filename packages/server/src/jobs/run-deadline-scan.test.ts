import type { AuditRecord, DossierSnapshot } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteStore, type PgliteStore } from '../store/create-pglite-store.js';
import { runDeadlineScan, type RaisedFlag } from './run-deadline-scan.js';

// One embedded database for the whole file: PGlite takes seconds to start (stack.md G8).
let store: PgliteStore;
beforeAll(async () => { store = await createPgliteStore(); }, 60_000);
afterAll(async () => { await store?.close(); });

const snapshot = (id: string): DossierSnapshot => ({ format: 'motcua.dossier/1', procedure: 'p@1.0.0', id, machine: { value: 'appraisal' } });
const record = (dueAt: string | null): AuditRecord => ({
  type: 'reception.accept', actor: { id: 'u-1', role: 'reception-officer', agency: 'H29' }, role: 'reception-officer',
  at: '2026-02-23T08:00:00+07:00', payload: {}, fromState: 'submitted', toState: 'appraisal', status: 2, dueAt, dueChange: null,
});
async function insert(id: string, dueAt: string | null, closed = false): Promise<void> {
  await store.insertDossier({
    id, procedureKey: 'p@1.0.0', agencyCode: 'H29', accessTokenHash: 'x'.repeat(64), at: new Date('2026-02-23T01:00:00Z'),
    snapshot: snapshot(id), state: closed ? 'returned' : 'appraisal', status: closed ? 10 : 2, closed, dueAt, records: [record(dueAt)],
  });
}
const at = (iso: string) => new Date(iso);
/** Two instances scanning at once; together they must raise each flag exactly once. */
async function scanTwice(now: Date): Promise<string[]> {
  const [a, b] = await Promise.all([runDeadlineScan(store, { now }), runDeadlineScan(store, { now, batchSize: 1 })]);
  return [...a, ...b].map((f: RaisedFlag) => `${f.dossierId}:${f.flag}`).sort();
}

describe('runDeadlineScan', { timeout: 60_000 }, () => {
  it('raises apology-needed, due-soon and overdue once each, never twice across concurrent scans', async () => {
    await insert('d-tue', '2026-03-03T17:00:00+07:00'); // due Tue 03/03 17:00
    await insert('d-later', '2026-03-10T17:00:00+07:00'); // a week away: nothing yet
    await insert('d-closed', '2026-02-27T17:00:00+07:00', true); // finished: the clock is not running
    await insert('d-paused', null); // paused clock: no due date

    // Mon 02/03 08:00: 7 h of office time today + 8 h tomorrow > one working day → not due soon, but the
    // due date is the next working day, so the apology letter must go out today (Decree 61/2018 Art. 19(9)).
    expect(await scanTwice(at('2026-03-02T08:00:00+07:00'))).toEqual(['d-tue:apology-needed']);
    expect(await scanTwice(at('2026-03-02T10:00:00+07:00'))).toEqual([]);
    // Tue 03/03 09:00: 2.5 h + 3.5 h = 6 h ≤ 8 h left → due soon.
    expect(await scanTwice(at('2026-03-03T09:00:00+07:00'))).toEqual(['d-tue:due-soon']);
    expect(await scanTwice(at('2026-03-03T16:00:00+07:00'))).toEqual([]);
    // Tue 03/03 17:00:01 → overdue, once.
    expect(await scanTwice(at('2026-03-03T17:00:01+07:00'))).toEqual(['d-tue:overdue']);
    expect(await scanTwice(at('2026-03-04T09:00:00+07:00'))).toEqual([]);

    const { rows } = await store.sql.query<{ dossier_id: string; flag: string }>('SELECT dossier_id, flag FROM dossier_flags ORDER BY raised_at');
    expect(rows.map((r) => `${r.dossier_id}:${r.flag}`)).toEqual(['d-tue:apology-needed', 'd-tue:due-soon', 'd-tue:overdue']);
  });

  it('flags a re-set due date again, and catches up on a dossier first seen overdue with the overdue flag alone', async () => {
    await insert('d-late', '2026-03-04T17:00:00+07:00');
    expect(await scanTwice(at('2026-03-05T09:00:00+07:00'))).toEqual(['d-late:overdue']);
    // Decree 61/2018 Art. 19(9): one new date; the scan follows it.
    await store.sql.query('UPDATE dossiers SET due_at = $2 WHERE id = $1', ['d-late', '2026-03-06T17:00:00+07:00']);
    expect(await scanTwice(at('2026-03-06T09:00:00+07:00'))).toEqual(['d-late:apology-needed', 'd-late:due-soon']);
  });

  it('claims a bounded batch, nearest due date first', async () => {
    const now = at('2026-03-21T08:00:00+07:00');
    await runDeadlineScan(store, { now }); // the earlier tests' dossiers
    await insert('b-1', '2026-03-20T10:00:00+07:00');
    await insert('b-2', '2026-03-20T11:00:00+07:00');
    const first = await runDeadlineScan(store, { now, batchSize: 1 });
    expect(first.map((f) => f.dossierId)).toEqual(['b-1']);
    expect((await runDeadlineScan(store, { now, batchSize: 1 })).map((f) => f.dossierId)).toEqual(['b-2']);
    expect(await runDeadlineScan(store, { now })).toEqual([]);
  });
});
