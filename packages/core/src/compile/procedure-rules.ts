/**
 * `createProcedureRules`: a procedure indexed once for the hot path — events by type, components and
 * steps by id, the calendar — shared by the machine's guards and actions and by the runtime's queries.
 */
import type { WorkingCalendar } from '../calendar/index.js';
import { compileExpression } from '../expression/index.js';
import type { Procedure, Step } from '../generated/procedure.types.js';
import { listEventDescriptors, listSteps } from './list-event-descriptors.js';
import type { EventDescriptor } from './types.js';

/** What the guards, actions and queries of one compiled procedure share. */
export interface ProcedureRules {
  readonly procedure: Procedure;
  /** `code@version`. */
  readonly key: string;
  readonly calendar: WorkingCalendar;
  readonly events: readonly EventDescriptor[];
  readonly eventsByType: ReadonlyMap<string, EventDescriptor>;
  readonly steps: ReadonlyMap<string, Step>;
  readonly parallels: ReadonlySet<string>;
  readonly componentIds: ReadonlySet<string>;
}

/** Every condition a procedure holds, with where it sits (for error messages). */
export function listConditions(procedure: Procedure): { where: string; expression: unknown }[] {
  const out: { where: string; expression: unknown }[] = [];
  const add = (where: string, expression: unknown) => { if (expression !== undefined) out.push({ where, expression }); };
  (procedure.cases ?? []).forEach((c) => add(`cases.${c.id}.when`, c.when));
  for (const c of procedure.components) {
    add(`components.${c.id}.requiredWhen`, c.requiredWhen);
    add(`components.${c.id}.waived.when`, c.waived?.when);
  }
  for (const f of procedure.fees ?? []) {
    add(`fees.${f.id}.when`, f.when);
    add(`fees.${f.id}.exemptWhen`, f.exemptWhen);
  }
  const deadlines = [procedure.deadline, ...procedure.channels.flatMap((c) => (c.deadline ? [c.deadline] : []))];
  deadlines.forEach((d, i) => (d.overrides ?? []).forEach((o, j) => add(`deadline[${i}].overrides[${j}].when`, o.when)));
  for (const step of listSteps(procedure)) for (const a of step.actions) add(`${step.id}.${a.id}.guard`, a.guard);
  for (const page of procedure.form.layout.pages) {
    add(`layout.${page.id}.visibleWhen`, page.visibleWhen);
    for (const field of page.fields) {
      add(`layout.${field.field}.visibleWhen`, field.visibleWhen);
      add(`layout.${field.field}.requiredWhen`, field.requiredWhen);
    }
  }
  return out;
}

/**
 * Indexes a procedure and compiles every condition once, so a malformed one fails here, at compile
 * time, and never inside a running dossier.
 *
 * @throws ExpressionError for a malformed condition.
 */
export function createProcedureRules(procedure: Procedure, calendar: WorkingCalendar): ProcedureRules {
  for (const { expression } of listConditions(procedure)) compileExpression(expression);
  const events = listEventDescriptors(procedure);
  const parallels = new Set<string>();
  for (const node of procedure.workflow.steps) if (node.kind === 'parallel') parallels.add(node.id);
  return {
    procedure,
    key: `${procedure.code}@${procedure.version}`,
    calendar,
    events,
    eventsByType: new Map(events.map((e) => [e.type, e])),
    steps: new Map(listSteps(procedure).map((s) => [s.id, s])),
    parallels,
    componentIds: new Set(procedure.components.map((c) => c.id)),
  };
}
