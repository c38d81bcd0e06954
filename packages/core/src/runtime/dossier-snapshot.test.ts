import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileProcedure, type DossierCommand } from '../compile/index.js';
import { createDossierRuntime, SNAPSHOT_FORMAT, SnapshotError, type AuditRecord, type DossierRuntime, type DossierState } from './index.js';

const root = path.resolve(import.meta.dirname, '../../../..');
const read = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const birth = read('examples/procedures/birth-registration-1.001193.json');

const applicant = { id: 'a', role: 'applicant' };
const reception = { id: 'r', role: 'reception-officer' };
const registrar = { id: 'h', role: 'civil-status-officer' };
const chairman = { id: 'c', role: 'commune-chairman' };
const data = {
  child: { fullName: 'Đỗ An', sex: 'female', dateOfBirth: '2026-02-01', placeOfBirth: { unitCode: '00004' }, hometown: 'Huế', ethnicity: 'Kinh', nationality: 'Việt Nam' },
  bornThroughSurrogacy: false,
  mother: { fullName: 'Đỗ Bình', dateOfBirth: '1990-01-01', citizenId: '046190000003', ethnicity: 'Kinh', nationality: 'Việt Nam', residence: { unitCode: '00004' } },
  fatherUndetermined: true,
  requester: { relation: 'mother', fullName: 'Đỗ Bình', dateOfBirth: '1990-01-01', citizenId: '046190000003', phone: '0911111111' },
  feeExemptGroup: 'none',
  extraCopies: 1,
};

/** First half: submit, receive, ask for a supplement. Second half: supplement, forward, extend, approve, hand over. */
const firstHalf: DossierCommand[] = [
  { type: 'SUBMIT', actor: applicant, at: '2026-03-02T08:05:00+07:00', documents: ['to-khai', 'giay-cam-doan'] },
  { type: 'reception.accept', actor: reception, at: '2026-03-02T09:00:00+07:00' },
  { type: 'appraisal.request-supplement', actor: registrar, at: '2026-03-02T09:30:00+07:00', missingComponents: ['giay-chung-sinh'] },
];
const secondHalf: DossierCommand[] = [
  { type: 'appraisal.forward', actor: registrar, at: '2026-03-03T08:00:00+07:00' }, // refused: not in this state
  { type: 'SUPPLEMENT', actor: applicant, at: '2026-03-03T08:30:00+07:00', documents: ['giay-chung-sinh'] },
  { type: 'appraisal.forward', actor: registrar, at: '2026-03-03T09:00:00+07:00' },
  { type: 'EXTEND', actor: chairman, at: '2026-03-03T10:00:00+07:00', newDueDate: '2026-03-05', reason: 'Chờ xác minh' },
  { type: 'EXTEND', actor: chairman, at: '2026-03-03T10:30:00+07:00', newDueDate: '2026-03-06', reason: 'Lần hai' },
  { type: 'approval.approve', actor: chairman, at: '2026-03-04T09:00:00+07:00' },
  { type: 'HANDOVER', actor: reception, at: '2026-03-04T14:00:00+07:00' },
];

function drive(runtime: DossierRuntime, start: DossierState, commands: DossierCommand[]) {
  let state = start;
  const log: (AuditRecord | string)[] = [];
  for (const command of commands) {
    const result = runtime.send(state, command);
    if (result.ok) { state = result.state; log.push(...result.events); } else log.push(result.rejection.code);
  }
  return { state, log };
}

describe('dossier snapshots', () => {
  it('a dossier restored from JSON half way behaves exactly like the original', () => {
    const runtime = createDossierRuntime(compileProcedure(birth), { generateId: () => 'ks-1' });
    const half = drive(runtime, runtime.create({ channel: 'online', at: '2026-03-02T08:00:00+07:00', data, prefilled: ['mother.residence'] }), firstHalf).state;
    const json = JSON.stringify(runtime.toSnapshot(half));
    // A different runtime (say, another server process) restores it.
    const elsewhere = createDossierRuntime(compileProcedure(birth));
    const restored = elsewhere.restore(json);
    expect(elsewhere.status(restored)).toEqual(runtime.status(half));
    expect(restored.context).toEqual(half.context);
    const original = drive(runtime, half, secondHalf);
    const copy = drive(elsewhere, restored, secondHalf);
    expect(copy.log).toEqual(original.log);
    expect(original.log.filter((r) => typeof r === 'string')).toEqual(['not-allowed-in-state', 'extension-used']);
    expect(runtime.status(original.state).state).toBe('returned');
    expect(elsewhere.toSnapshot(copy.state)).toEqual(runtime.toSnapshot(original.state));
  });

  it('the snapshot is plain JSON carrying the procedure key and the XState persisted snapshot', () => {
    const runtime = createDossierRuntime(compileProcedure(birth), { generateId: () => 'ks-2' });
    const state = drive(runtime, runtime.create({ channel: 'online', at: '2026-03-02T08:00:00+07:00', data, prefilled: ['mother.residence'] }), firstHalf.slice(0, 1)).state;
    const snapshot = runtime.toSnapshot(state);
    expect(snapshot).toMatchObject({ format: 'motcua.dossier/1', procedure: '1.001193@1.0.0', id: 'ks-2', machine: { status: 'active', value: { active: 'submitted' } } });
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });

  it('toSnapshotJson is byte for byte the JSON of XState\'s persisted snapshot, history included, and restores', () => {
    const compiled = compileProcedure(birth);
    const runtime = createDossierRuntime(compiled, { generateId: () => 'ks-5' });
    const xstateJson = (state: DossierState) =>
      JSON.stringify({ format: 'motcua.dossier/1', procedure: '1.001193@1.0.0', id: 'ks-5', machine: compiled.machine.getPersistedSnapshot(state.snapshot) });
    let state = runtime.create({ channel: 'online', at: '2026-03-02T08:00:00+07:00', data, prefilled: ['mother.residence'] });
    const seen: string[] = [];
    for (const command of [...firstHalf, ...secondHalf]) {
      const result = runtime.send(state, command);
      if (!result.ok) continue;
      state = result.state;
      const json = runtime.toSnapshotJson(state);
      expect(json).toBe(xstateJson(state));
      expect(json).toBe(JSON.stringify(runtime.toSnapshot(state)));
      const restored = runtime.restore(json);
      expect(runtime.toSnapshotJson(restored)).toBe(json);
      seen.push(json);
    }
    // The supplement went out and back through the deep history state: its memory was in the text.
    expect(seen.some((json) => JSON.parse(json).machine.historyValue && Object.keys(JSON.parse(json).machine.historyValue).length > 0)).toBe(true);
    expect(runtime.status(state).state).toBe('returned');
  });

  it('toSnapshotJson with data: false leaves the application data out, and restore takes it back from options.data', () => {
    const runtime = createDossierRuntime(compileProcedure(birth), { generateId: () => 'ks-6' });
    let state = runtime.create({ channel: 'online', at: '2026-03-02T08:00:00+07:00', data, prefilled: ['mother.residence'] });
    for (const command of [...firstHalf, ...secondHalf]) {
      const result = runtime.send(state, command);
      if (!result.ok) continue;
      state = result.state;
      const apart = runtime.toSnapshotJson(state, { data: false });
      // The whole snapshot's text, but for the one member and a tag of its own, which a runtime from
      // before this option refuses (it accepts "motcua.dossier/1" only) rather than restore no answers.
      const whole = JSON.parse(runtime.toSnapshotJson(state));
      expect(whole.format).toBe(SNAPSHOT_FORMAT);
      delete whole.machine.context.data;
      expect(apart).toBe(JSON.stringify({ ...whole, format: 'motcua.dossier/1-data-apart' }));
      expect(apart).not.toContain('Đỗ An');
      const restored = runtime.restore(apart, { data: state.context.data });
      expect(JSON.parse(runtime.toSnapshotJson(restored))).toEqual(JSON.parse(runtime.toSnapshotJson(state))); // `data` comes last now
      expect(runtime.toSnapshotJson(restored, { data: false })).toBe(apart);
      expect(restored.context.data).toEqual(data);
      expect(restored.context.data).not.toBe(state.context.data); // a private copy, as the rest of a restored snapshot
    }
    expect(runtime.status(state).state).toBe('returned');
  });

  it('a snapshot that holds its data restores with it, whatever options.data says; one made without and no options.data is refused', () => {
    const runtime = createDossierRuntime(compileProcedure(birth), { generateId: () => 'ks-7' });
    const state = drive(runtime, runtime.create({ channel: 'online', at: '2026-03-02T08:00:00+07:00', data }), firstHalf.slice(0, 2)).state;
    const other = { ...data, extraCopies: 5 };
    expect(runtime.restore(runtime.toSnapshotJson(state), { data: other }).context.data).toEqual(data);
    const apart = runtime.toSnapshotJson(state, { data: false });
    for (const missing of [undefined, null, [] as unknown as Record<string, unknown>]) {
      let error: unknown;
      try { runtime.restore(apart, { data: missing }); } catch (e) { error = e; }
      expect(error).toBeInstanceOf(SnapshotError);
      expect(error).toMatchObject({ code: 'invalid-snapshot', message: expect.stringContaining('restore(snapshot, { data })') });
    }
    expect(() => runtime.restore(apart)).toThrow(SnapshotError);
  });

  it('refuses a snapshot made under another version of the procedure', () => {
    const v1 = createDossierRuntime(compileProcedure(birth), { generateId: () => 'ks-3' });
    const v2 = createDossierRuntime(compileProcedure({ ...birth, version: '1.1.0' }));
    const snapshot = v1.toSnapshot(v1.create({ channel: 'online', at: '2026-03-02T08:00:00+07:00', data }));
    let error: unknown;
    try { v2.restore(snapshot); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(SnapshotError);
    expect(error).toMatchObject({ name: 'SnapshotError', code: 'procedure-mismatch', found: '1.001193@1.0.0', expected: '1.001193@1.1.0' });
  });

  it('refuses malformed snapshots with invalid-snapshot', () => {
    const runtime = createDossierRuntime(compileProcedure(birth), { generateId: () => 'ks-4' });
    const good = runtime.toSnapshot(runtime.create({ channel: 'online', at: '2026-03-02T08:00:00+07:00' }));
    for (const bad of ['{', '[]', JSON.stringify({ ...good, format: 'other' }), JSON.stringify({ ...good, machine: null }),
      JSON.stringify({ ...good, machine: { ...(good.machine as object), value: 'nowhere' } })]) {
      expect(() => runtime.restore(bad)).toThrow(expect.objectContaining({ code: 'invalid-snapshot' }) as unknown as Error);
    }
  });
});
