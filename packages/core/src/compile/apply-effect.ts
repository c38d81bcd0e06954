/**
 * `applyEffect`: how an accepted event changes a dossier's context. Each effect is a pure function of
 * the context and the event; the machine wires them as named `assign` actions, in order.
 */
import type { Message } from '../types.js';
import { resolveNewDueDate } from './check-command.js';
import { dossierEnvironment } from './dossier-environment.js';
import {
  extendDossierClock, pauseDossierClock, reselectDossierClock, restartDossierClock, resumeDossierClock, startDossierClock,
} from './dossier-clock.js';
import { mergeFacts } from './merge-facts.js';
import type { ProcedureRules } from './procedure-rules.js';
import { clockPolicy, selectTerm } from './select-term.js';
import type { DossierActor, DossierClock, DossierContext, DossierEvent, OpenRequest } from './types.js';

/** The named effects of the machine's actions. */
export type EffectName =
  | 'record' | 'submit' | 'receive' | 'requestSupplement' | 'requestPayment' | 'supplied' | 'paid'
  | 'finish' | 'handover' | 'extend';

/** Every effect name, for `setup({ actions })`. */
export const EFFECT_NAMES: readonly EffectName[] = [
  'record', 'submit', 'receive', 'requestSupplement', 'requestPayment', 'supplied', 'paid', 'finish', 'handover', 'extend',
];

const SUPPLEMENT_PAUSE: Message = { vi: 'Yêu cầu bổ sung hồ sơ: tạm dừng tính thời hạn.', en: 'Supplement requested: the clock stops.' };
const PAYMENT_PAUSE: Message = { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính: tạm dừng tính thời hạn.', en: 'Payment requested: the clock stops.' };
const SUPPLEMENT_RESUME: Message = { vi: 'Đã bổ sung hồ sơ: tiếp tục tính thời hạn, cộng thời gian tạm dừng.', en: 'Dossier supplemented: the clock runs again, the stop added to the due date.' };
const PAYMENT_RESUME: Message = { vi: 'Đã nộp phí: tiếp tục tính thời hạn, cộng thời gian tạm dừng.', en: 'Fees paid: the clock runs again, the stop added to the due date.' };

function actorOf(event: DossierEvent): DossierActor {
  const { id, role, agency } = event.actor;
  return agency === undefined ? { id, role } : { id, role, agency };
}

function record(rules: ProcedureRules, context: DossierContext, event: DossierEvent): DossierContext {
  const facts = mergeFacts(context, event);
  let clock = context.clock;
  // New answers may switch the term in force (an override's `when`, e.g. verification needed).
  if (clock !== null && facts.data !== context.data) {
    const env = dossierEnvironment(rules.procedure, rules.calendar, facts, event.at, event.actor.role);
    clock = reselectDossierClock(clock, selectTerm(rules.procedure, context.channel, env), event.at, rules.calendar);
  }
  return {
    ...context,
    data: facts.data,
    documents: facts.documents,
    prefilled: facts.prefilled,
    updatedAt: event.at,
    clock,
    // Status 2 ("được tiếp nhận") lasts until an officer acts on a step; EXTEND or SUPPLEMENT do not end it.
    justReceived: rules.eventsByType.get(event.type)?.step === undefined && context.justReceived,
    lastAction: { type: event.type, actor: actorOf(event), at: event.at, reason: typeof event.reason === 'string' ? event.reason : null },
  };
}

function request(rules: ProcedureRules, context: DossierContext, event: DossierEvent, kind: OpenRequest['kind']): DossierContext {
  const open: OpenRequest = {
    kind,
    step: rules.eventsByType.get(event.type)?.step ?? '',
    at: event.at,
    by: actorOf(event),
    reason: typeof event.reason === 'string' ? event.reason : null,
    components: kind === 'supplement' ? [...(event.missingComponents ?? [])] : [],
    afterReception: context.clock !== null,
  };
  const clock = context.clock && pauseDossierClock(context.clock, event.at, kind === 'supplement' ? SUPPLEMENT_PAUSE : PAYMENT_PAUSE);
  return { ...context, request: open, clock, supplementRounds: context.supplementRounds + (kind === 'supplement' ? 1 : 0) };
}

function answered(rules: ProcedureRules, context: DossierContext, event: DossierEvent): DossierContext {
  const open = context.request;
  let clock: DossierClock | null = context.clock;
  if (clock !== null && clock.pausedAt !== null) {
    // Decree 61/2018 Art. 19(4): after a supplement the term restarts, unless the procedure pauses.
    const restart = open?.kind === 'supplement' && open.afterReception && clock.onSupplement === 'restart';
    clock = restart
      ? restartDossierClock(clock, event.at, rules.calendar)
      : resumeDossierClock(clock, event.at, rules.calendar, open?.kind === 'payment' ? PAYMENT_RESUME : SUPPLEMENT_RESUME);
  }
  return { ...context, request: null, clock };
}

/**
 * Applies one named effect of an accepted event and returns the new context (never the same object
 * mutated). Guards have already accepted the event, so the effect does not re-check it.
 */
export function applyEffect(rules: ProcedureRules, effect: EffectName, context: DossierContext, event: DossierEvent): DossierContext {
  switch (effect) {
    case 'record':
      return record(rules, context, event);
    case 'submit':
      return { ...context, submittedAt: event.at };
    case 'receive': {
      const env = dossierEnvironment(rules.procedure, rules.calendar, context, event.at, event.actor.role);
      const selection = selectTerm(rules.procedure, context.channel, env);
      const clock = startDossierClock(selection, clockPolicy(rules.procedure, context.channel), event.at, rules.calendar);
      return { ...context, receivedAt: event.at, clock, justReceived: true };
    }
    case 'requestSupplement':
      return request(rules, context, event, 'supplement');
    case 'requestPayment':
      return request(rules, context, event, 'payment');
    case 'supplied':
    case 'paid':
      return answered(rules, context, event);
    case 'finish':
      // Runs on entry, after the transition's `record`: `updatedAt` is the time of the event.
      return { ...context, finishedAt: context.updatedAt, request: null };
    case 'handover':
      return { ...context, returnedAt: event.at };
    case 'extend': {
      const dueMs = resolveNewDueDate(rules, event.newDueDate);
      if (context.clock === null || dueMs === null) return context;
      return { ...context, clock: extendDossierClock(context.clock, dueMs, event.at, String(event.reason ?? ''), rules.calendar) };
    }
  }
}
