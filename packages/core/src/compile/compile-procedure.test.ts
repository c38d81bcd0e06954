import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { getShortestPaths } from '@xstate/graph';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
  BRANCH_DONE, buildMachineConfig, compileProcedure, ProcedureCompileError, serializeDossierState,
  type DossierEvent, type StateNodeData,
} from './index.js';

const root = path.resolve(import.meta.dirname, '../../../..');
const read = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const minimal = read('test/fixtures/procedures/valid/minimal.json');
const bundle = read('examples/procedures/child-under-6-bundle.json');
const examples = readdirSync(path.join(root, 'examples/procedures')).filter((f) => f.endsWith('.json'));

function walk(node: StateNodeData, at: string, visit: (node: StateNodeData, at: string) => void): void {
  visit(node, at);
  for (const [key, child] of Object.entries(node.states ?? {})) walk(child, `${at}.${key}`, visit);
}

describe('compileProcedure', () => {
  it.each(examples)('compiles %s; every state carries a status code', (file) => {
    const compiled = compileProcedure(read(`examples/procedures/${file}`));
    expect(compiled.key).toMatch(/@\d+\.\d+\.\d+$/);
    walk(buildMachineConfig(compiled.rules), 'dossier', (node, at) => {
      const isContainer = node.type === 'history' || (node.states !== undefined && node.type !== 'parallel');
      if (!isContainer) expect(node.meta, at).toHaveProperty('status');
    });
  });

  it('lists one event per officer action plus the built-in citizen and officer events', () => {
    const { events, key } = compileProcedure(minimal);
    expect(key).toBe('local.minimal@1.0.0');
    expect(events.map((e) => e.type)).toEqual([
      'reception.accept', 'reception.supplement', 'reception.refuse', 'approval.approve', 'approval.send-back',
      'SUBMIT', 'SUPPLEMENT', 'PAY', 'WITHDRAW', 'HANDOVER', 'EXTEND',
    ]);
    expect(events.find((e) => e.type === 'reception.supplement')).toEqual({
      type: 'reception.supplement', step: 'reception', action: 'supplement', kind: 'request-supplement', actor: 'officer',
      roles: ['receiver'], requires: ['missing-components'], title: { vi: 'Yêu cầu bổ sung', en: 'Request supplement' },
      target: 'awaiting-supplement', officialForm: '02',
    });
    expect(events.find((e) => e.type === 'SUBMIT')).toMatchObject({ kind: 'submit', actor: 'citizen', roles: ['applicant'] });
    expect(events.find((e) => e.type === 'HANDOVER')).toMatchObject({ roles: ['receiver'] });
    expect(events.find((e) => e.type === 'EXTEND')).toMatchObject({ roles: ['receiver', 'chair'], requires: ['new-due-date', 'reason'] });
  });

  it('builds the machine from data: guards and actions by name, no timers', () => {
    const compiled = compileProcedure(minimal);
    const config = buildMachineConfig(compiled.rules);
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
    expect(JSON.stringify(config)).not.toContain('"after"');
    expect(config.states!.active!.states!.reception!.on!['reception.accept']).toEqual({
      target: '#dossier.active.approval', guard: { type: 'allowed', params: { event: 'reception.accept' } },
      actions: [{ type: 'apply', params: { effects: ['record'] } }],
    });
    // Leaving `submitted` is the reception: it also starts the clock.
    expect(config.states!.active!.states!.submitted!.on!['reception.accept']!.actions[0].params.effects).toEqual(['record', 'receive']);
    expect(Object.keys(compiled.machine.implementations.guards)).toEqual(['allowed']);
    expect(Object.keys(compiled.machine.implementations.actions)).toEqual(['apply']);
  });

  it('turns a parallel group into an XState parallel state whose regions end in a final state', () => {
    const config = buildMachineConfig(compileProcedure(bundle).rules);
    const group = config.states!.active!.states!['linked-registrations']!;
    expect(group.type).toBe('parallel');
    expect(Object.keys(group.states!)).toEqual(['residence-branch', 'health-insurance-branch']);
    expect(group.states!['residence-branch']!.states![BRANCH_DONE]).toMatchObject({ type: 'final' });
    expect(group.states!['health-insurance-branch']!.states!['health-insurance-card']!.on!['health-insurance-card.approve']!.target)
      .toBe('#dossier.active.linked-registrations.health-insurance-branch.branchDone');
    expect(group.onDone).toEqual({ target: '#dossier.active.result-return' });
  });

  it('refuses an invalid procedure with its issues', () => {
    const broken = { ...minimal, workflow: { ...minimal.workflow, start: 'nowhere' } };
    expect(() => compileProcedure(broken)).toThrow(ProcedureCompileError);
    try { compileProcedure(broken); } catch (error) {
      expect((error as ProcedureCompileError).issues.some((i) => i.pointer === '/workflow/start')).toBe(true);
      expect((error as Error).name).toBe('ProcedureCompileError');
    }
  });

  it('runs as a plain XState actor, and statusOf reads its snapshots', () => {
    const compiled = compileProcedure(minimal);
    const actor = createActor(compiled.machine, {
      input: { dossierId: 'x', procedure: compiled.key, channel: 'online', at: '2026-03-02T08:00:00+07:00', data: { fullName: 'A', copies: 1 } },
    }).start();
    const at = '2026-03-02T09:00:00+07:00';
    actor.send({ type: 'reception.accept', actor: { id: 'o', role: 'receiver' }, at }); // not open in draft: ignored
    expect(compiled.statusOf(actor.getSnapshot())).toMatchObject({ state: 'draft', code: null });
    actor.send({ type: 'SUBMIT', actor: { id: 'c', role: 'chair' }, at, documents: ['application'] }); // wrong role: guard false
    expect(actor.getSnapshot().value).toBe('draft');
    actor.send({ type: 'SUBMIT', actor: { id: 'c', role: 'applicant' }, at, documents: ['application'] });
    expect(compiled.statusOf(actor.getSnapshot())).toEqual({ state: 'submitted', code: 1, steps: ['reception'], closed: false });
    expect(actor.getSnapshot().getMeta()).toEqual({ 'dossier.active.submitted': { status: 1, step: 'reception' } });
  });

  it('@xstate/graph walks the machine to its end with serializeDossierState (stack.md G9)', () => {
    const compiled = compileProcedure(minimal);
    const at = '2026-03-02T09:00:00+07:00';
    const events: DossierEvent[] = compiled.events.map((e) => ({
      type: e.type as DossierEvent['type'], actor: { id: 'x', role: e.roles[0]! }, at, reason: 'r',
      missingComponents: ['authorisation'], attachments: ['a.pdf'], documents: ['application', 'authorisation'], newDueDate: '2026-12-31',
    }));
    const paths = getShortestPaths(compiled.machine, {
      input: { dossierId: 'g', procedure: compiled.key, channel: 'online', at, data: { fullName: 'A', copies: 1 } },
      events, serializeState: serializeDossierState, limit: 10_000,
    });
    const reached = new Set(paths.map((p) => compiled.statusOf(p.state).state));
    expect([...reached].sort()).toEqual(['approval', 'awaitingSupplement', 'draft', 'reception', 'refused', 'resultReady', 'returned', 'submitted', 'withdrawn']);
    const toReturned = paths.find((p) => p.state.value === 'returned')!;
    expect(toReturned.steps.map((s) => s.event.type)).toEqual(['xstate.init', 'SUBMIT', 'reception.accept', 'approval.approve', 'HANDOVER']);
  });
});
