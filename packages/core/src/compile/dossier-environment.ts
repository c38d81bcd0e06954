/**
 * `dossierEnvironment`: what a procedure's conditions see of a dossier — its answers, channel, case,
 * the acting role, the day, the components provided and the fields filled from national registries.
 * Every guard, "required when", waiver, fee rule and deadline override is evaluated against it, by the
 * one expression interpreter (`evaluateCondition`, which compiles each condition once; no eval).
 */
import type { WorkingCalendar } from '../calendar/index.js';
import { evaluateCondition } from '../expression/index.js';
import type { ExpressionEnvironment } from '../expression/index.js';
import type { Procedure } from '../generated/procedure.types.js';
import { parseInstant } from './parse-instant.js';
import type { ChannelKind } from './types.js';

/** The parts of a dossier conditions read. */
export interface DossierFacts {
  readonly data: Readonly<Record<string, unknown>>;
  readonly channel: ChannelKind;
  readonly case: string | null;
  readonly documents: readonly string[];
  readonly prefilled: readonly string[];
}

/**
 * The case that applies: the one chosen, else the first case whose `when` holds on the answers,
 * else null (a procedure without cases, or answers that fit none yet).
 */
export function resolveCase(procedure: Procedure, facts: DossierFacts): string | null {
  if (facts.case !== null) return facts.case;
  const cases = procedure.cases;
  if (!cases || cases.length === 0) return null;
  const env: ExpressionEnvironment = {
    data: facts.data,
    context: { channel: facts.channel, documents: facts.documents, prefilled: facts.prefilled },
  };
  for (const c of cases) if (c.when !== undefined && evaluateCondition(c.when, env)) return c.id;
  return null;
}

/**
 * Builds the environment for evaluating a procedure's conditions on a dossier.
 *
 * @param at the instant of the event being judged (gives `$today`, the Vietnam-local date), or null.
 * @param role the acting role (`$role`), or null.
 */
export function dossierEnvironment(
  procedure: Procedure,
  calendar: WorkingCalendar,
  facts: DossierFacts,
  at: string | null,
  role: string | null,
): ExpressionEnvironment {
  return {
    data: facts.data,
    context: {
      channel: facts.channel,
      case: resolveCase(procedure, facts),
      role,
      today: at === null ? null : calendar.toLocalDate(parseInstant(at)),
      documents: facts.documents,
      prefilled: facts.prefilled,
    },
  };
}

/** True when an optional condition is present and holds. */
export function holds(condition: unknown, env: ExpressionEnvironment): boolean {
  return condition !== undefined && evaluateCondition(condition, env);
}
