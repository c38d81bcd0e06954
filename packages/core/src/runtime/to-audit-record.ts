/**
 * `toAuditRecord` and `toDossierEvent`: the clean event a command becomes, and the record an accepted
 * event leaves in the append-only log (design.md "Where state lives": who, role, when, action, payload,
 * resulting state, due date — and every change to the due date with its reason).
 */
import type { DossierCommand, DossierEvent } from '../compile/index.js';
import type { AuditRecord, DossierState } from './types.js';

const PAYLOAD_KEYS = ['reason', 'missingComponents', 'attachments', 'data', 'documents', 'prefilled', 'newDueDate'] as const;

/**
 * Copies the known fields of a command into a fresh event (arrays and answers copied too), so nothing
 * the caller holds can change the dossier afterwards and unknown fields never reach the log.
 */
export function toDossierEvent(command: DossierCommand): DossierEvent {
  const { id, role, agency } = command.actor;
  const event: Record<string, unknown> = {
    type: command.type,
    actor: agency === undefined ? { id, role } : { id, role, agency },
    at: command.at,
  };
  for (const key of PAYLOAD_KEYS) {
    const value = command[key];
    if (value === undefined) continue;
    // String lists are copied flat; answers deep (they were checked to be plain JSON).
    event[key] = Array.isArray(value) ? [...value] : typeof value === 'object' && value !== null ? JSON.parse(JSON.stringify(value)) as unknown : value;
  }
  return event as unknown as DossierEvent;
}

/** The log record of an accepted event, from the states before and after it. */
export function toAuditRecord(event: DossierEvent, before: DossierState, after: DossierState): AuditRecord {
  const payload: Record<string, unknown> = {};
  for (const key of PAYLOAD_KEYS) if (event[key] !== undefined) payload[key] = event[key];
  const clock = after.context.clock;
  const changed = clock !== null && clock.lastChange !== before.context.clock?.lastChange;
  return {
    type: event.type,
    actor: event.actor,
    role: event.actor.role,
    at: event.at,
    payload,
    fromState: before.status.state,
    toState: after.status.state,
    status: after.status.code,
    dueAt: clock?.dueAt ?? null,
    dueChange: changed ? clock.lastChange : null,
  };
}
