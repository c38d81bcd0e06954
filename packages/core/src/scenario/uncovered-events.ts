import type { CompiledProcedure } from '../compile/index.js';

/** Events that can never be covered by a passing scenario path and are not asked for. */
const NOT_REQUIRED = new Set(['PAY']);

/**
 * The events of a compiled procedure that no scenario exercised: every officer action of
 * every step, and the citizen's SUBMIT, SUPPLEMENT, WITHDRAW, the officer's HANDOVER and EXTEND.
 * `PAY` is required only when some action asks for payment.
 */
export function uncoveredEvents(compiled: CompiledProcedure, covered: ReadonlySet<string>): string[] {
  const asksPayment = compiled.events.some((e) => e.kind === 'request-payment');
  return compiled.events
    .map((e) => e.type)
    .filter((type) => !covered.has(type) && (asksPayment || !NOT_REQUIRED.has(type)));
}
