import type { Procedure } from '../generated/procedure.types.js';
import { joinPointer } from './issue.js';

/** One place where the procedure holds a condition. */
export interface ExpressionSite {
  expression: unknown;
  pointer: string;
  /** What the condition decides, so a checker can say why it must be boolean. */
  role: 'visibility' | 'requirement' | 'waiver' | 'fee' | 'guard' | 'deadline' | 'case';
  /** For a question inside list items (`itemFields`): the list's field path, whose item `$item` reads. */
  item?: string;
}

/** Lists every condition of a procedure with its JSON Pointer. */
export function listExpressionSites(procedure: Procedure): ExpressionSite[] {
  const sites: ExpressionSite[] = [];
  const add = (expression: unknown, pointer: string, role: ExpressionSite['role'], item?: string) => {
    if (expression !== undefined) sites.push({ expression, pointer, role, item });
  };
  const deadlines = [{ d: procedure.deadline, at: '/deadline' },
    ...procedure.channels.flatMap((c, i) => (c.deadline ? [{ d: c.deadline, at: joinPointer('/channels', i, 'deadline') }] : []))];
  for (const { d, at } of deadlines) d.overrides?.forEach((o, k) => add(o.when, joinPointer(at, 'overrides', k, 'when'), 'deadline'));
  procedure.cases?.forEach((c, i) => add(c.when, joinPointer('/cases', i, 'when'), 'case'));
  procedure.form.layout.pages.forEach((page, p) => {
    const at = joinPointer('/form/layout/pages', p);
    add(page.visibleWhen, joinPointer(at, 'visibleWhen'), 'visibility');
    page.fields.forEach((q, f) => {
      add(q.visibleWhen, joinPointer(at, 'fields', f, 'visibleWhen'), 'visibility');
      add(q.requiredWhen, joinPointer(at, 'fields', f, 'requiredWhen'), 'requirement');
      q.itemFields?.forEach((item, i) => {
        add(item.visibleWhen, joinPointer(at, 'fields', f, 'itemFields', i, 'visibleWhen'), 'visibility', q.field);
        add(item.requiredWhen, joinPointer(at, 'fields', f, 'itemFields', i, 'requiredWhen'), 'requirement', q.field);
      });
    });
  });
  procedure.components.forEach((c, i) => {
    add(c.requiredWhen, joinPointer('/components', i, 'requiredWhen'), 'requirement');
    add(c.waived?.when, joinPointer('/components', i, 'waived', 'when'), 'waiver');
  });
  procedure.fees?.forEach((fee, i) => {
    add(fee.when, joinPointer('/fees', i, 'when'), 'fee');
    add(fee.exemptWhen, joinPointer('/fees', i, 'exemptWhen'), 'fee');
  });
  const guards = (actions: readonly { guard?: unknown }[], at: string) =>
    actions.forEach((a, k) => add(a.guard, joinPointer(at, 'actions', k, 'guard'), 'guard'));
  procedure.workflow.steps.forEach((node, i) => {
    const at = joinPointer('/workflow/steps', i);
    if (node.kind !== 'parallel') guards(node.actions, at);
    else node.branches.forEach((b, k) => b.steps.forEach((s, j) => guards(s.actions, joinPointer(at, 'branches', k, 'steps', j))));
  });
  return sites;
}
