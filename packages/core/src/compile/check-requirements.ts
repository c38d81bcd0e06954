/**
 * `checkRequirements`: what an action must come with (`action.requires`): a reason, the list of missing
 * components, an attachment, a new due date. The first requirement not met is reported, by name.
 */
import { createRejection, dataIssue } from './create-rejection.js';
import type { ProcedureRules } from './procedure-rules.js';
import type { DossierEvent, EventDescriptor, Rejection, Requirement } from './types.js';

function isNonBlank(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

function unmet(requirement: Requirement, event: DossierEvent, rules: ProcedureRules): Rejection | null {
  const fail = (issues?: { path: string; vi: string; en: string }) =>
    createRejection('missing-requirement', event.type, {
      requirement,
      ...(issues ? { issues: [dataIssue(issues.path, issues.vi, issues.en)] } : {}),
    });
  switch (requirement) {
    case 'reason':
      return isNonBlank(event.reason) ? null : fail();
    case 'attachment':
      return Array.isArray(event.attachments) && event.attachments.some(isNonBlank) ? null : fail();
    case 'new-due-date':
      return isNonBlank(event.newDueDate) ? null : fail();
    case 'missing-components': {
      // Decree 61/2018 Art. 15(3): the request lists every missing item, once, completely.
      const list: unknown = event.missingComponents;
      if (!Array.isArray(list) || list.length === 0) return fail();
      const unknown = list.filter((id) => typeof id !== 'string' || !rules.componentIds.has(id));
      if (unknown.length) {
        return fail({
          path: 'missingComponents',
          vi: `thủ tục không có thành phần: ${unknown.map(String).join(', ')}`,
          en: `the procedure has no component ${unknown.map(String).join(', ')}`,
        });
      }
      return null;
    }
  }
}

/** Returns the rejection for the first requirement of `descriptor` that `event` does not meet, or null. */
export function checkRequirements(rules: ProcedureRules, event: DossierEvent, descriptor: EventDescriptor): Rejection | null {
  for (const requirement of descriptor.requires) {
    const rejection = unmet(requirement, event, rules);
    if (rejection) return rejection;
  }
  return null;
}
