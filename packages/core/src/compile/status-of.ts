/**
 * `statusOf`: where a dossier stands — its state name, the steps open for action, and its status code
 * 1–10 (domain.md §3.1) — read from a machine snapshot; and `isEventOpen`: whether that position has a
 * transition for an event at all (mirroring `buildMachineConfig`), before asking who sends it and how.
 */
import { BRANCH_DONE } from './build-machine-config.js';
import type { DossierContext, EventDescriptor, StatusCode } from './types.js';

/** A dossier's position: the state name, the open steps, the status code. */
export interface DossierStatus {
  /**
   * `draft`, `submitted`, a step id, a parallel group id, or a built-in state
   * (`awaitingSupplement`, `awaitingPayment`, `resultReady`, `returned`, `refused`, `withdrawn`, `stopped`).
   */
  readonly state: string;
  /** Status code 1–10; null for a draft, which is not filed yet (not in the status table). */
  readonly code: StatusCode | null;
  /** Steps whose actions can be taken now (the reception step while `submitted`; each open branch step). */
  readonly steps: readonly string[];
  /** True in a final state: returned, refused, withdrawn, stopped. */
  readonly closed: boolean;
}

/** The minimal view of a snapshot `statusOf` needs. */
export interface StatusSource {
  readonly value: unknown;
  readonly context: DossierContext;
}

const BUILT_IN: Readonly<Record<string, { code: StatusCode | null; closed: boolean }>> = {
  draft: { code: null, closed: false },
  awaitingSupplement: { code: 5, closed: false },
  awaitingPayment: { code: 6, closed: false },
  resultReady: { code: 9, closed: false },
  returned: { code: 10, closed: true },
  refused: { code: 3, closed: true },
  withdrawn: { code: 7, closed: true },
  stopped: { code: 8, closed: true },
};

/**
 * The status of a dossier snapshot.
 *
 * Codes: draft — none; submitted 1; a step 2 right after reception accepted the dossier (until the next
 * officer action), else 4; awaiting supplement 5; awaiting payment 6; withdrawn 7; stopped 8; result
 * ready 9; returned 10. Refused is 3 ("không được tiếp nhận") when refused at reception, and 10 when
 * refused after reception: Decree 61/2018 Art. 19(8) returns the dossier with the refusal slip, which is
 * then the result handed back.
 *
 * @example statusOf(actor.getSnapshot()) // { state: 'appraisal', code: 2, steps: ['appraisal'], closed: false }
 */
export function statusOf(snapshot: StatusSource, startStep?: string): DossierStatus {
  const { value, context } = snapshot;
  if (typeof value === 'string') {
    const builtIn = BUILT_IN[value] ?? { code: null, closed: false };
    const code = value === 'refused' && context.receivedAt !== null ? 10 : builtIn.code;
    return { state: value, code, steps: [], closed: builtIn.closed };
  }
  const inner = (value as { active?: unknown }).active;
  const running: StatusCode = context.justReceived ? 2 : 4;
  if (typeof inner === 'string') {
    if (inner === 'submitted') return { state: inner, code: 1, steps: startStep === undefined ? [] : [startStep], closed: false };
    return { state: inner, code: running, steps: [inner], closed: false };
  }
  if (typeof inner === 'object' && inner !== null) {
    const [group] = Object.keys(inner);
    const regions = (inner as Record<string, Record<string, unknown>>)[group!] ?? {};
    const steps = Object.values(regions).filter((s): s is string => typeof s === 'string' && s !== BRANCH_DONE);
    return { state: group!, code: running, steps, closed: false };
  }
  return { state: 'unknown', code: null, steps: [], closed: false };
}

/** Open states outside processing, where the due date cannot be re-set. */
const NOT_PROCESSING = new Set(['draft', 'awaitingSupplement', 'awaitingPayment', 'resultReady']);

/** True when the dossier's state handles the event (guards aside). */
export function isEventOpen(descriptor: EventDescriptor, status: DossierStatus): boolean {
  if (status.closed) return false;
  if (descriptor.step !== undefined) return status.steps.includes(descriptor.step);
  switch (descriptor.type) {
    case 'SUBMIT': return status.state === 'draft';
    case 'SUPPLEMENT': return status.state === 'awaitingSupplement';
    case 'PAY': return status.state === 'awaitingPayment';
    case 'HANDOVER': return status.state === 'resultReady';
    // Withdrawal is possible until the result is ready (domain.md §3.1, status 7).
    case 'WITHDRAW': return status.state !== 'draft' && status.state !== 'resultReady';
    // The extension belongs to processing: submitted (rejected later: no clock yet), steps, parallel groups.
    case 'EXTEND': return !NOT_PROCESSING.has(status.state);
    default: return false;
  }
}
