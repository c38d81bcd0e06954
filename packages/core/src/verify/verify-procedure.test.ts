import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileProcedure, ProcedureCompileError } from '../compile/index.js';
import type { Expression, Procedure } from '../generated/procedure.types.js';
import { exploreDossierMachine, verifyProcedure, type Finding } from './index.js';

const root = path.resolve(import.meta.dirname, '../../../..');
const examples = path.join(root, 'examples/procedures');
const read = (file: string): Procedure => JSON.parse(readFileSync(file, 'utf8')) as Procedure;
const minimal = read(path.join(root, 'test/fixtures/procedures/valid/minimal.json'));

/** A deep copy of the minimal fixture, changed by `edit`. */
function broken(edit: (p: Procedure & { workflow: { steps: Array<Record<string, any>> } }) => void): Procedure {
  const copy = structuredClone(minimal) as Procedure & { workflow: { steps: Array<Record<string, any>> } };
  edit(copy);
  return copy;
}

const step = (p: Procedure, id: string) => (p.workflow.steps as Array<Record<string, any>>).find((s) => s.id === id)!;
const verify = (p: Procedure) => verifyProcedure(compileProcedure(p, { validate: false }));
const only = (findings: readonly Finding[], code: string) => findings.filter((f) => f.code === code);

describe('verifyProcedure', () => {
  it.each(readdirSync(examples).filter((f) => f.endsWith('.json')))('verifies the example %s with no findings', (file) => {
    const result = verifyProcedure(compileProcedure(read(path.join(examples, file))));
    expect(result.findings).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.explored.complete).toBe(true);
  });

  it('verifies the minimal fixture, given uncompiled, with no findings', () => {
    expect(verifyProcedure(minimal)).toMatchObject({ valid: true, findings: [], explored: { complete: true } });
  });

  it('throws ProcedureCompileError for an invalid uncompiled procedure', () => {
    expect(() => verifyProcedure(broken((p) => { step(p, 'approval').role = 'nobody'; }))).toThrow(ProcedureCompileError);
  });

  it('explores the real machine: states keyed by value, awaiting states by where they return', () => {
    const graph = exploreDossierMachine(compileProcedure(minimal));
    expect([...graph.states.values()].map((s) => s.label).sort()).toEqual([
      'approval', 'awaitingSupplement[reception]', 'awaitingSupplement[submitted]', 'draft', 'reception', 'refused', 'resultReady', 'returned', 'submitted', 'withdrawn',
    ]);
    expect(graph.complete).toBe(true);
  });

  it('reports a step nothing targets as unreachable, with an empty witness', () => {
    const result = verify(broken((p) => {
      p.workflow.steps.push({ ...structuredClone(step(p, 'approval')), id: 'archive', kind: 'appraisal' });
    }));
    const [finding] = only(result.findings, 'verify.unreachable-state');
    expect(finding).toMatchObject({ severity: 'error', witness: [], states: ['archive'] });
    expect(finding!.message.en).toBe('Step "archive" is never reached: no action leads there. Path: (none).');
    expect(result.valid).toBe(false);
  });

  it('gives an unreachable step the path to its nearest reachable predecessor', () => {
    const result = verify(broken((p) => {
      p.workflow.steps.push({ ...structuredClone(step(p, 'approval')), id: 'review', kind: 'appraisal' });
      step(p, 'reception').actions.push({ id: 'review', kind: 'forward', title: { vi: 'Xem xét', en: 'Review' }, target: 'review', guard: { '==': [1, 2] } });
    }));
    const [finding] = only(result.findings, 'verify.unreachable-state');
    expect(finding).toMatchObject({ witness: ['SUBMIT'], states: ['review'] });
    expect(finding!.message.en).toContain('Its nearest reachable predecessor is "reception", but its action reception.review can never be taken');
    expect(finding!.message.en).toMatch(/Path: SUBMIT\.$/);
  });

  it('takes a data-dependent condition as satisfiable (both sides explored)', () => {
    const result = verify(broken((p) => { step(p, 'reception').actions[0].guard = { '==': [{ var: 'urgent' }, true] }; }));
    expect(result.findings).toEqual([]);
  });

  it('reports a step whose only action can never be taken as a dead end', () => {
    const result = verify(broken((p) => {
      step(p, 'approval').actions = [{ id: 'approve', kind: 'approve', title: { vi: 'Duyệt', en: 'Approve' }, target: 'result-ready', guard: { '==': [1, 2] } }];
    }));
    const [deadEnd] = only(result.findings, 'verify.dead-end');
    expect(deadEnd).toMatchObject({ severity: 'error', witness: ['SUBMIT', 'reception.accept'], states: ['approval'] });
    expect(deadEnd!.message.en).toBe('State "approval" is a dead end: no action leads out of it (except the applicant withdrawing), so the dossier never ends. Path: SUBMIT → reception.accept.');
    expect(deadEnd!.message.vi).toContain('Đường đi: SUBMIT → reception.accept.');
    // The result is then out of reach too.
    expect(only(result.findings, 'verify.unreachable-state').map((f) => f.states)).toEqual([['resultReady'], ['returned']]);
  });

  it('reports two steps that only send to each other as a trap', () => {
    const result = verify(broken((p) => {
      const approval = step(p, 'approval');
      p.workflow.steps.push({ ...structuredClone(approval), id: 'check', kind: 'appraisal', actions: [{ id: 'forward', kind: 'forward', title: { vi: 'Chuyển', en: 'Forward' }, target: 'approval' }] });
      approval.actions = [{ id: 'send-back', kind: 'send-back', title: { vi: 'Trả lại', en: 'Send back' }, target: 'check', requires: ['reason'] }];
    }));
    const [trap] = only(result.findings, 'verify.trap');
    expect(trap).toMatchObject({ severity: 'error', witness: ['SUBMIT', 'reception.accept'], states: ['approval', 'check'] });
    expect(trap!.message.en).toContain('States "approval", "check" lead only to one another');
    expect(only(result.findings, 'verify.dead-end')).toEqual([]);
  });

  it('sees a step that can only ask for supplements as a trap with the awaiting state', () => {
    const result = verify(broken((p) => {
      step(p, 'approval').actions = [{ id: 'more', kind: 'request-supplement', title: { vi: 'Bổ sung', en: 'Supplement' }, target: 'awaiting-supplement', requires: ['missing-components'] }];
    }));
    expect(only(result.findings, 'verify.trap')[0]).toMatchObject({ witness: ['SUBMIT', 'reception.accept'], states: ['approval', 'awaitingSupplement[approval]'] });
  });

  it('reports the shortest path to the result that skips every approval step', () => {
    const result = verify(broken((p) => {
      step(p, 'reception').actions.push({ id: 'fast', kind: 'complete', title: { vi: 'Trả ngay', en: 'Return at once' }, target: 'result-ready' });
    }));
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ code: 'verify.result-without-approval', severity: 'error', witness: ['SUBMIT', 'reception.fast'] });
    expect(result.findings[0]!.message.en).toBe('A dossier can reach "resultReady" without passing any approval or signing step ("approval"). Path: SUBMIT → reception.fast.');
  });

  it('does not ask for approval when the procedure has no approval or signing step', () => {
    expect(verify(broken((p) => { step(p, 'approval').kind = 'appraisal'; })).findings).toEqual([]);
  });

  it('reports a path whose allowances exceed the legal term, with the total', () => {
    const result = verify(broken((p) => { step(p, 'approval').allowance = { unit: 'working-days', value: 3 }; }));
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      code: 'verify.path-over-deadline', witness: ['SUBMIT', 'reception.accept', 'approval.approve'], states: ['reception', 'approval', 'resultReady'],
    });
    expect(result.findings[0]!.message.en).toBe(
      'The step allowances on the path reception → approval → resultReady add up to 28 working hours (3d 4h), over the legal term (3 working days: 24 working hours (3d)). '
      + 'Shorten the allowances on this path. Path: SUBMIT → reception.accept → approval.approve.');
  });

  it('counts a parallel group as its slowest branch', () => {
    const bundle = read(path.join(examples, 'child-under-6-bundle.json'));
    bundle.deadline = { ...bundle.deadline, term: { unit: 'working-days', value: 2 } };
    const [finding, ...rest] = verify(bundle).findings;
    expect(rest).toEqual([]);
    // 2 + 4 + 2 + max(12, 8) + 2 = 22 working hours (the branches added up would give 30).
    expect(finding!.message.en).toContain('add up to 22 working hours (2d 6h), over the legal term (2 working days: 16 working hours (2d))');
    expect(finding!.witness.slice(-2)).toEqual(expect.arrayContaining(['result-return.complete']));
    expect(finding!.states).toContain('linked-registrations[residence-registration, health-insurance-card]');
  });

  it('walks one interleaving of parallel branches, so many branches stay fast', () => {
    const branches = 6;
    const result = verifyProcedure(compileProcedure(broken((p) => {
      const approval = step(p, 'approval');
      const branchStep = (id: string, target: string) => ({
        ...structuredClone(approval), id, kind: 'appraisal', allowance: { unit: 'working-hours', value: 1 },
        actions: [{ id: 'done', kind: 'forward', title: { vi: 'Xong', en: 'Done' }, target }],
      });
      p.workflow.steps.push({
        id: 'agencies', kind: 'parallel', title: { vi: 'Liên thông', en: 'Joint processing' }, next: 'approval',
        branches: Array.from({ length: branches }, (_, i) => ({
          id: `b${i}`, title: { vi: `Nhánh ${i}`, en: `Branch ${i}` }, start: `b${i}-first`,
          steps: [branchStep(`b${i}-first`, `b${i}-second`), branchStep(`b${i}-second`, 'join')],
        })),
      });
      step(p, 'reception').actions[0].target = 'agencies';
    }), { validate: false }), { pathLimit: 1_000 });
    expect(result.explored.states).toBeGreaterThan(3 ** branches); // every configuration of the branches
    expect(result.findings).toEqual([]); // 4 h + max(2 h, …) + 16 h ≤ 24 h, and well within pathLimit (12!/2^6 interleavings otherwise)
  });

  describe('deadline overrides', () => {
    /** A guarded detour through `verification` (4 working hours at reception + `days` + 2 days of approval). */
    const withDetour = (days: number, when: Expression) => broken((p) => {
      p.deadline = { ...p.deadline, overrides: [{ when, term: { unit: 'working-days', value: 6 }, reason: { vi: 'Cần xác minh', en: 'Verification needed' } }] };
      step(p, 'reception').actions.push({ id: 'verify', kind: 'forward', title: { vi: 'Xác minh', en: 'Verify' }, target: 'verification', guard: { '==': [{ var: 'urgent' }, true] } });
      p.workflow.steps.push({
        ...structuredClone(step(p, 'approval')), id: 'verification', kind: 'verification', role: 'receiver', allowance: { unit: 'working-days', value: days },
        actions: [{ id: 'forward', kind: 'forward', title: { vi: 'Chuyển', en: 'Forward' }, target: 'approval' }],
      });
    });

    it('lets a guarded path use an override its condition is compatible with', () => {
      expect(verify(withDetour(3, { '==': [{ var: 'urgent' }, true] })).findings).toEqual([]); // 44 h ≤ 48 h
    });

    it('holds a guarded path to the override it may use', () => {
      const [finding] = verify(withDetour(4, { '==': [{ var: 'urgent' }, true] })).findings;
      expect(finding).toMatchObject({ code: 'verify.path-over-deadline', witness: ['SUBMIT', 'reception.verify', 'verification.forward', 'approval.approve'] });
      expect(finding!.message.en).toContain('add up to 52 working hours (6d 4h), over the legal term (6 working days, the override deadline.overrides[0] may apply on this path: 48 working hours (6d))');
    });

    it('keeps the base term when the override contradicts the guards on the path', () => {
      const [finding] = verify(withDetour(3, { '==': [{ var: 'urgent' }, false] })).findings;
      expect(finding).toMatchObject({ code: 'verify.path-over-deadline', witness: ['SUBMIT', 'reception.verify', 'verification.forward', 'approval.approve'] });
      expect(finding!.message.en).toContain('44 working hours (5d 4h), over the legal term (3 working days: 24 working hours (3d))');
    });
  });

  it('reports actions given to undeclared roles and steps of undeclared agencies, with the path to the step', () => {
    const result = verify(broken((p) => { step(p, 'approval').role = 'mayor'; step(p, 'approval').agency = 'district'; }));
    expect(result.findings.map((f) => [f.code, f.witness.join(' ')])).toEqual([
      ['verify.action-without-role', 'SUBMIT reception.accept'],
      ['verify.action-without-role', 'SUBMIT reception.accept'],
      ['verify.action-without-agency', 'SUBMIT reception.accept'],
    ]);
    expect(result.findings[0]!.message.en).toBe('Action approval.approve is given to role "mayor", which "roles" does not declare: no officer can take it. Path: SUBMIT → reception.accept.');
    expect(result.findings[2]!.message.en).toContain('Step "approval" belongs to agency "district"');
  });

  it('warns, without failing, when no step can request a supplement', () => {
    const result = verify(broken((p) => { step(p, 'reception').actions.splice(1, 1); }));
    expect(result.valid).toBe(true);
    expect(result.findings).toEqual([expect.objectContaining({ code: 'verify.no-supplement-path', severity: 'warning', witness: [] })]);
    expect(result.findings[0]!.message.en).toContain('Decree 61/2018 Art. 15(3), 19(4)');
  });

  it('stops at the state limit and says so instead of guessing', () => {
    const result = verifyProcedure(compileProcedure(minimal), { limit: 3 });
    expect(result.valid).toBe(false);
    expect(result.explored.complete).toBe(false);
    expect(result.findings.map((f) => f.code)).toEqual(['verify.limit-exceeded']);
  });

  it('ends every message, in both languages, with its witness', () => {
    const result = verify(broken((p) => {
      step(p, 'approval').role = 'mayor';
      step(p, 'reception').actions.push({ id: 'fast', kind: 'complete', title: { vi: 'Trả ngay', en: 'Return at once' }, target: 'result-ready' });
    }));
    expect(result.findings.length).toBeGreaterThan(1);
    for (const f of result.findings) {
      expect(f.message.en.endsWith(`Path: ${f.witness.join(' → ')}.`)).toBe(true);
      expect(f.message.vi.endsWith(`Đường đi: ${f.witness.join(' → ')}.`)).toBe(true);
    }
  });
});
