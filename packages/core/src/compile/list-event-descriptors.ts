/**
 * `listEventDescriptors`: every event a procedure's machine accepts, described for tools (static
 * verification, diagrams, the officer and citizen UIs) and for the runtime's checks.
 */
import type { Parallel, Procedure, Step } from '../generated/procedure.types.js';
import { APPLICANT_ROLE, type EventDescriptor, type Requirement } from './types.js';

/** Every step of the workflow, top-level and inside parallel branches, in declaration order. */
export function listSteps(procedure: Procedure): Step[] {
  const steps: Step[] = [];
  for (const node of procedure.workflow.steps) {
    if (node.kind === 'parallel') for (const branch of (node as Parallel).branches) steps.push(...branch.steps);
    else steps.push(node as Step);
  }
  return steps;
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

function officerEvents(procedure: Procedure): EventDescriptor[] {
  return listSteps(procedure).flatMap((step) => step.actions.map((action): EventDescriptor => {
    const descriptor: EventDescriptor = {
      type: `${step.id}.${action.id}`,
      step: step.id,
      action: action.id,
      kind: action.kind,
      actor: 'officer',
      // The step's role acts; `action.roles` names the others allowed to take this action.
      roles: unique([step.role, ...(action.roles ?? [])]),
      requires: [...(action.requires ?? [])],
      title: action.title,
      target: action.target,
    };
    return {
      ...descriptor,
      ...(action.guard !== undefined ? { guard: action.guard } : {}),
      ...(action.officialForm !== undefined ? { officialForm: action.officialForm } : {}),
    };
  }));
}

function citizen(type: string, kind: EventDescriptor['kind'], target: string, vi: string, en: string): EventDescriptor {
  return { type, kind, actor: 'citizen', roles: [APPLICANT_ROLE], requires: [], title: { vi, en }, target };
}

/**
 * Lists the events of a procedure: one per officer action (`${stepId}.${actionId}`), then the
 * built-in citizen events (SUBMIT, SUPPLEMENT, PAY, WITHDRAW) and officer events (HANDOVER, EXTEND).
 *
 * @example listEventDescriptors(minimal).map((e) => e.type)
 * // ['reception.accept', 'reception.supplement', 'reception.refuse', 'approval.approve', 'approval.send-back', 'SUBMIT', …]
 */
export function listEventDescriptors(procedure: Procedure): EventDescriptor[] {
  const steps = listSteps(procedure);
  const start = steps.find((s) => s.id === procedure.workflow.start);
  // Results are returned by the one-stop unit where the dossier was filed (Decree 61/2018 Art. 20),
  // i.e. the reception step's role, and by any result-return step.
  const handoverRoles = unique([...(start ? [start.role] : []), ...steps.filter((s) => s.kind === 'result').map((s) => s.role)]);
  const extendRequires: Requirement[] = ['new-due-date', 'reason'];
  return [
    ...officerEvents(procedure),
    citizen('SUBMIT', 'submit', 'submitted', 'Nộp hồ sơ', 'Submit the dossier'),
    citizen('SUPPLEMENT', 'supplement', 'resume', 'Bổ sung hồ sơ', 'Supplement the dossier'),
    citizen('PAY', 'pay', 'resume', 'Nộp phí, lệ phí', 'Pay the fees'),
    citizen('WITHDRAW', 'withdraw', 'withdrawn', 'Rút hồ sơ', 'Withdraw the dossier'),
    {
      type: 'HANDOVER', kind: 'handover', actor: 'officer', roles: handoverRoles, requires: [],
      title: { vi: 'Trả kết quả', en: 'Hand over the result' }, target: 'returned',
    },
    {
      type: 'EXTEND', kind: 'extend', actor: 'officer', roles: unique(procedure.roles.map((r) => r.id)), requires: extendRequires,
      title: { vi: 'Gia hạn, hẹn lại ngày trả kết quả', en: 'Extend the due date (apology letter)' }, target: 'self', officialForm: '04',
    },
  ];
}
