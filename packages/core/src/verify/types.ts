/**
 * Types of static verification: the findings `verifyProcedure` returns and its options.
 */
import type { CompileOptions } from '../compile/index.js';
import type { Message } from '../types.js';

/** Stable codes of verification findings. */
export type FindingCode =
  | 'verify.unreachable-state'
  | 'verify.dead-end'
  | 'verify.trap'
  | 'verify.action-without-role'
  | 'verify.action-without-agency'
  | 'verify.result-without-approval'
  | 'verify.path-over-deadline'
  | 'verify.no-supplement-path'
  | 'verify.limit-exceeded';

/** How bad a finding is: errors make the procedure fail verification, warnings do not. */
export type FindingSeverity = 'error' | 'warning';

/** One problem found in a compiled procedure, with the event path that shows it. */
export interface Finding {
  readonly code: FindingCode;
  readonly severity: FindingSeverity;
  /** What is wrong, where, and the witness path (every message ends with it). */
  readonly message: Message;
  /**
   * The events, in order, that lead from the initial state (`draft`) to the problem, e.g.
   * `['SUBMIT', 'reception.accept', 'appraisal.forward']`. Empty when the problem is at the start or
   * when no path exists (an unreachable state with no reachable predecessor).
   */
  readonly witness: readonly string[];
  /** The states or steps concerned (step ids, built-in state names, or state labels). */
  readonly states?: readonly string[];
}

/** The outcome of {@link verifyProcedure}. */
export interface VerifyResult {
  /** True when no finding is an error. */
  readonly valid: boolean;
  readonly findings: readonly Finding[];
  /** The size of the explored state space. */
  readonly explored: { readonly states: number; readonly transitions: number; readonly complete: boolean };
}

/** Options of {@link verifyProcedure}; the compile options apply when a procedure (not a compiled one) is given. */
export interface VerifyOptions extends CompileOptions {
  /**
   * The most states the exploration visits (default 10 000). A procedure whose state space is larger
   * gets a `verify.limit-exceeded` error instead of possibly wrong findings (stack.md G9).
   */
  readonly limit?: number;
  /**
   * The most path extensions the deadline check tries while listing the paths from reception to
   * the result (default 200 000); beyond it a `verify.limit-exceeded` warning says not every path was summed.
   */
  readonly pathLimit?: number;
  /** The instant every explored event carries (default `2026-03-02T09:00:00+07:00`, a Monday). Must lie in the calendar's years. */
  readonly at?: string;
}
