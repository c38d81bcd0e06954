import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileProcedure, type DossierCommand } from '../compile/index.js';
import { createDossierRuntime, type AvailableAction, type DossierState } from './index.js';

const root = path.resolve(import.meta.dirname, '../../../..');
const read = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));

const cases = [
  {
    file: 'test/fixtures/procedures/valid/minimal.json',
    data: { fullName: 'A', copies: 1 },
    documents: ['application', 'authorisation'],
  },
  {
    file: 'examples/procedures/child-under-6-bundle.json',
    data: {
      child: { fullName: 'B', sex: 'male', dateOfBirth: '2026-02-20', placeOfBirth: { unitCode: '00004' }, hometown: 'H', ethnicity: 'Kinh', nationality: 'VN' },
      bornThroughSurrogacy: false,
      mother: { fullName: 'M', dateOfBirth: '1996-04-04', citizenId: '036196000002', ethnicity: 'Kinh', nationality: 'VN', residence: { unitCode: '00004' } },
      fatherUndetermined: true,
      requester: { relation: 'mother', fullName: 'M', dateOfBirth: '1996-04-04', citizenId: '036196000002', phone: '0901234567' },
      feeExemptGroup: 'none', residence: { registerAt: 'mother' }, healthInsurance: { primaryCareFacility: 'T' },
    },
    documents: ['to-khai', 'giay-chung-sinh', 'giay-to-cu-tru', 'giay-to-cho-o-hop-phap'],
  },
];

describe.each(cases)('send on $file, with random commands', ({ file, data, documents }) => {
  const procedure = read(file);
  const compiled = compileProcedure(procedure);
  const runtime = createDossierRuntime(compiled, { generateId: () => 'prop-1' });
  const roles = ['applicant', ...procedure.roles.map((r: { id: string }) => r.id), 'intruder'];
  const types = [...compiled.events.map((e) => e.type), 'NOPE', 'reception.fly', ''];

  const command = fc.record({
    type: fc.constantFrom(...types),
    role: fc.constantFrom(...roles),
    step: fc.integer({ min: -60, max: 600 }),
    garbledTime: fc.boolean(),
    reason: fc.option(fc.constantFrom('Lý do', ' ', ''), { nil: undefined }),
    missingComponents: fc.option(fc.subarray([...documents, 'unknown-doc']), { nil: undefined }),
    attachments: fc.option(fc.constantFrom([], ['a.pdf']), { nil: undefined }),
    documents: fc.option(fc.subarray([...documents, 'bogus']), { nil: undefined }),
    data: fc.option(fc.constantFrom({}, { nope: 1 }, data, { fullName: 42 }), { nil: undefined }),
    newDueDate: fc.option(fc.constantFrom('2026-03-20', '2026-03-21', 'soon', '2026-04-01T10:00:00+07:00'), { nil: undefined }),
    junk: fc.option(fc.anything(), { nil: undefined }),
    // Most commands are plausible: an action open now, sent by a role that may take it, with what it needs.
    plausible: fc.integer({ min: 0, max: 9 }),
    pick: fc.nat(),
  });

  /** A command that fits the dossier as it is (it may still be refused, e.g. by a condition). */
  function plausibleCommand(state: DossierState, pick: number, at: string): DossierCommand | null {
    // Withdrawal and refusal end the walk; keep them rare so walks get deep (into parallel branches).
    const byType = new Map<string, { a: AvailableAction; role: string }>();
    for (const role of roles) for (const a of runtime.availableActions(state, role)) if (!byType.has(a.type)) byType.set(a.type, { a, role });
    const open = [...byType.values()].filter(({ a }) => (a.kind !== 'withdraw' && a.kind !== 'refuse') || pick % 10 === 0);
    if (open.length === 0) return null;
    const { a, role } = open[pick % open.length]!;
    const due = runtime.dueDate(state);
    return {
      type: a.type as DossierCommand['type'], actor: { id: 'p', role }, at,
      reason: 'Lý do', missingComponents: [documents[pick % documents.length]!], attachments: ['a.pdf'], documents,
      ...(due ? { newDueDate: compiled.rules.calendar.addWorkingDays(due.slice(0, 10), 1 + (pick % 3)) } : {}),
    };
  }

  it('never throws, never mutates its input, and a rejection leaves the dossier as it was', () => {
    const reached = new Set<string>();
    fc.assert(fc.property(fc.array(command, { maxLength: 60 }), fc.boolean(), (commands, online) => {
      let state = runtime.create({ channel: online ? 'online' : 'in-person', at: '2026-03-02T08:00:00+07:00', data, prefilled: ['mother.residence'] });
      let minutes = 0;
      for (const c of commands) {
        minutes += c.step;
        const at = c.garbledTime ? '02/03/2026 9h' : new Date(Date.parse('2026-03-02T01:00:00Z') + minutes * 60_000).toISOString();
        const plausible = c.plausible < 8 && !c.garbledTime ? plausibleCommand(state, c.pick, at) : null;
        const cmd = plausible ?? {
          type: c.type, actor: { id: 'x', role: c.role }, at,
          ...(c.reason !== undefined ? { reason: c.reason } : {}),
          ...(c.missingComponents !== undefined ? { missingComponents: c.missingComponents } : {}),
          ...(c.attachments !== undefined ? { attachments: c.attachments } : {}),
          ...(c.documents !== undefined ? { documents: c.documents } : {}),
          ...(c.data !== undefined ? { data: c.data } : {}),
          ...(c.newDueDate !== undefined ? { newDueDate: c.newDueDate } : {}),
          ...(c.junk !== undefined ? { junk: c.junk } : {}),
        } as DossierCommand;
        const before = JSON.stringify(runtime.toSnapshot(state));
        const result = runtime.send(state, cmd);
        expect(JSON.stringify(runtime.toSnapshot(state))).toBe(before);
        if (result.ok) {
          expect(result.events).toHaveLength(1);
          expect(result.events[0]!.type).toBe(cmd.type);
          state = result.state;
          reached.add(runtime.status(state).state);
        } else {
          expect(typeof result.rejection.code).toBe('string');
          expect(result.rejection.message.vi.length).toBeGreaterThan(0);
        }
        const code = runtime.status(state).code;
        expect(code === null || (code >= 1 && code <= 10)).toBe(true);
      }
    }), { numRuns: 300 });
    // The random walk does get somewhere, so the property is not only about refusals.
    expect(reached.size).toBeGreaterThanOrEqual(4);
  });

  it('garbage in any position is refused without throwing', () => {
    fc.assert(fc.property(fc.anything(), (garbage) => {
      const state = runtime.create({ channel: 'online', at: '2026-03-02T08:00:00+07:00' });
      const result = runtime.send(state, garbage as DossierCommand);
      expect(result.ok).toBe(false);
    }), { numRuns: 200 });
  });
});
