/**
 * `createPathTermSelector`: which legal term a path from reception to the result must fit.
 *
 * The base term applies (the channel's own, else the procedure's). A deadline override (`when` →
 * a longer term, e.g. "verification needed") may be used by a path that takes a guarded action
 * whose condition is compatible with the override's `when`: some applicant data makes every guard
 * on the path and the override's condition true together. Compatibility is decided on candidate
 * data built from the fields those conditions read and the literals they compare them with (plus
 * absent, true and false). When the candidates cannot decide — too many combinations, or none makes
 * the path's guards true — the simpler rule applies: a path that takes a guarded action may use the
 * override. A path with no guarded action keeps the base term.
 *
 * Each channel has its own terms; a path must fit the strictest channel.
 */
import type { WorkingCalendar } from '../calendar/index.js';
import { APPLICANT_ROLE, dossierEnvironment, type ChannelKind, type CompiledProcedure } from '../compile/index.js';
import { termInWorkingHours } from '../definition/index.js';
import { collectReferences, evaluateCondition } from '../expression/index.js';
import type { Procedure, Term } from '../generated/procedure.types.js';

/** The term a path must fit. */
export interface PathTerm {
  readonly hours: number;
  readonly term: Term;
  readonly channel: ChannelKind;
  /** Where the term is declared: `base`, or the override's place, e.g. `deadline.overrides[0]`. */
  readonly source: string;
}

/** Candidate combinations beyond which compatibility is not computed (the simple rule applies). */
const MAX_CANDIDATES = 512;

type Data = Record<string, unknown>;

/** Primitive values a condition compares its fields with, by field. */
function collectLiterals(node: unknown, out: Map<string, unknown[]>): void {
  if (typeof node !== 'object' || node === null) return;
  if (Array.isArray(node)) {
    const fields = node.flatMap((item) => {
      const v = (item as { var?: unknown } | null)?.var;
      const path = Array.isArray(v) ? v[0] : v;
      return typeof path === 'string' && !path.startsWith('$') ? [path] : [];
    });
    const literals = node.flatMap((item) => (Array.isArray(item) ? item : [item])).filter((item) => item === null || typeof item !== 'object');
    for (const field of fields) {
      const values = out.get(field) ?? [];
      for (const literal of literals) values.push(...(typeof literal === 'number' ? [literal - 1, literal, literal + 1] : [literal]));
      out.set(field, values);
    }
    for (const item of node) collectLiterals(item, out);
    return;
  }
  for (const operand of Object.values(node)) collectLiterals(operand, out);
}

function setPath(data: Data, path: string, value: unknown): void {
  const keys = path.split('.');
  let target = data;
  for (const key of keys.slice(0, -1)) {
    if (typeof target[key] !== 'object' || target[key] === null) target[key] = {};
    target = target[key] as Data;
  }
  target[keys[keys.length - 1]!] = value;
}

/** Every combination of candidate values of the fields the conditions read, or null when there are too many. */
function candidateData(conditions: readonly unknown[]): Data[] | null {
  const fields = [...new Set(conditions.flatMap((c) => collectReferences(c).fields))];
  const literals = new Map<string, unknown[]>();
  for (const condition of conditions) collectLiterals(condition, literals);
  const domains = fields.map((field) => {
    const values = [undefined, true, false, ...(literals.get(field) ?? [])];
    return { field, values: values.filter((v, i) => values.findIndex((w) => JSON.stringify(w) === JSON.stringify(v)) === i) };
  });
  if (domains.reduce((n, d) => n * d.values.length, 1) > MAX_CANDIDATES) return null;
  let combos: [string, unknown][][] = [[]];
  for (const { field, values } of domains) {
    combos = combos.flatMap((combo) => values.map((value): [string, unknown][] => (value === undefined ? combo : [...combo, [field, value]])));
  }
  return combos.map((combo) => {
    const data: Data = {};
    for (const [field, value] of combo) setPath(data, field, value);
    return data;
  });
}

/** A channel's base term and its overrides, in the order `selectTerm` tries them, each with its place. */
function channelTerms(procedure: Procedure, channel: ChannelKind) {
  const index = procedure.channels.findIndex((c) => c.kind === channel);
  const own = procedure.channels[index]?.deadline;
  return {
    base: own?.term ?? procedure.deadline.term,
    overrides: [
      ...(own?.overrides ?? []).map((o, i) => ({ ...o, source: `channels[${index}].deadline.overrides[${i}]` })),
      ...(procedure.deadline.overrides ?? []).map((o, i) => ({ ...o, source: `deadline.overrides[${i}]` })),
    ],
  };
}

function holds(condition: unknown, procedure: Procedure, calendar: WorkingCalendar, data: Data, channel: ChannelKind, role: string, at: string): boolean {
  const facts = { data, channel, case: procedure.cases?.[0]?.id ?? null, documents: procedure.components.map((c) => c.id), prefilled: [] };
  try {
    return evaluateCondition(condition, dossierEnvironment(procedure, calendar, facts, at, role));
  } catch {
    return false;
  }
}

/**
 * Returns a function that gives the term a path must fit, from the event types of the guarded
 * actions the path takes (see the module comment).
 */
export function createPathTermSelector(compiled: CompiledProcedure, at: string): (guarded: readonly string[]) => PathTerm {
  const { procedure, rules } = compiled;
  const declared = new Set([APPLICANT_ROLE, ...procedure.roles.map((r) => r.id)]);
  const channels = [...new Set(procedure.channels.map((c) => c.kind))];
  if (channels.length === 0) channels.push('in-person');
  const conditions = [
    ...compiled.events.flatMap((e) => (e.guard === undefined ? [] : [e.guard])),
    ...channels.flatMap((c) => channelTerms(procedure, c).overrides.map((o) => o.when)),
  ];
  const hasOverrides = channels.some((c) => channelTerms(procedure, c).overrides.length > 0);
  const candidates = hasOverrides ? candidateData(conditions) : [];
  const cache = new Map<string, PathTerm>();

  const usable = (channel: ChannelKind, when: unknown, guarded: readonly string[]): boolean => {
    if (guarded.length === 0) return false;
    const guards = guarded.map((type) => {
      const d = rules.eventsByType.get(type)!;
      return { guard: d.guard, role: d.roles.find((r) => declared.has(r)) ?? d.roles[0] ?? APPLICANT_ROLE };
    });
    const feasible = (candidates ?? []).filter((data) => guards.every((g) => holds(g.guard, procedure, rules.calendar, data, channel, g.role, at)));
    if (feasible.length === 0) return true; // the candidates cannot decide: the simple rule
    return feasible.some((data) => holds(when, procedure, rules.calendar, data, channel, guards[0]!.role, at));
  };

  return (guarded) => {
    const key = [...guarded].sort().join('|');
    const known = cache.get(key);
    if (known) return known;
    let strictest: PathTerm | null = null;
    for (const channel of channels) {
      const { base, overrides } = channelTerms(procedure, channel);
      let best: PathTerm = { hours: termInWorkingHours(base), term: base, channel, source: 'base' };
      for (const override of overrides) {
        const hours = termInWorkingHours(override.term);
        if (hours > best.hours && usable(channel, override.when, guarded)) best = { hours, term: override.term, channel, source: override.source };
      }
      if (!strictest || best.hours < strictest.hours) strictest = best;
    }
    cache.set(key, strictest!);
    return strictest!;
  };
}
