/**
 * `checkDeadlinePaths`: on every path from reception (`submitted`) to `resultReady`, the steps'
 * allowances add up to no more than the legal term that applies to that path.
 *
 * Paths are the simple paths of the explored graph between processing states: each state at most
 * once, so a send-back loop is not gone round again (repeated work is not planned time, as in
 * `validateProcedure`'s longest-path check). Supplement and payment rounds are left out: the clock
 * stops or restarts there (Decree 61/2018 Art. 19(4)). A step counts once however often the path
 * shows it; a parallel group counts its slowest branch. Allowances and terms are compared in working
 * hours (`termInWorkingHours`: calendar days at 5 working days in 7, same-day as one working day).
 * The term of a path: see `createPathTermSelector`.
 */
import { BRANCH_DONE, describeTerm, listSteps, type CompiledProcedure } from '../compile/index.js';
import { HOURS_PER_WORKING_DAY, termInWorkingHours } from '../definition/index.js';
import type { Message } from '../types.js';
import { createFinding } from './create-finding.js';
import { isDataDependent } from './explore-dossier-machine.js';
import { createPathTermSelector, type PathTerm } from './select-path-term.js';
import { pathTo, type ExploredState, type PathTree, type StateEdge, type StateGraph } from './state-graph.js';
import type { Finding } from './types.js';

/** Options of {@link checkDeadlinePaths}. */
export interface DeadlinePathOptions {
  /** The most path extensions to try (the walk lists simple paths, which can grow fast). */
  readonly pathLimit: number;
  /** The instant conditions are evaluated at (`$today`). */
  readonly at: string;
}

/** `10 giờ làm việc (1 ngày 2 giờ)` / `10 working hours (1d 2h)`. */
export function describeHours(hours: number): Message {
  const days = Math.floor(hours / HOURS_PER_WORKING_DAY);
  const rest = hours % HOURS_PER_WORKING_DAY;
  const vi = [days ? `${days} ngày` : '', rest ? `${rest} giờ` : ''].filter(Boolean).join(' ') || '0 giờ';
  const en = [days ? `${days}d` : '', rest ? `${rest}h` : ''].filter(Boolean).join(' ') || '0h';
  return { vi: `${hours} giờ làm việc (${vi})`, en: `${hours} working hour${hours === 1 ? '' : 's'} (${en})` };
}

/** The branch positions of a state inside a parallel group, or null. */
function regionsOf(state: ExploredState): Record<string, unknown> | null {
  const inner = (state.snapshot.value as { active?: unknown }).active;
  if (typeof inner !== 'object' || inner === null) return null;
  return (inner as Record<string, Record<string, unknown>>)[state.name] ?? null;
}

/** The allowances of a path's states: top-level steps once each, a parallel group as its slowest branch. */
function pathHours(states: readonly ExploredState[], allowance: ReadonlyMap<string, number>): number {
  const steps = new Set<string>();
  const branches = new Map<string, Map<string, Set<string>>>();
  for (const state of states) {
    const regions = regionsOf(state);
    if (!regions) { state.steps.forEach((s) => steps.add(s)); continue; }
    const group = branches.get(state.name) ?? new Map<string, Set<string>>();
    branches.set(state.name, group);
    for (const [branch, step] of Object.entries(regions)) {
      if (typeof step !== 'string' || !allowance.has(step)) continue;
      group.set(branch, (group.get(branch) ?? new Set()).add(step));
    }
  }
  const sum = (ids: Iterable<string>) => [...ids].reduce((n, id) => n + (allowance.get(id) ?? 0), 0);
  let hours = sum(steps);
  for (const group of branches.values()) hours += Math.max(0, ...[...group.values()].map(sum));
  return hours;
}

/**
 * Partial-order reduction: inside a parallel group only the first branch not yet done moves. The
 * branches are independent and a group costs its slowest branch whatever the order, so one
 * interleaving of the branches' own paths stands for all of them (n branches of k steps would
 * otherwise give (nk)! / (k!)^n paths).
 */
function movesFirstOpenBranch(from: ExploredState, to: ExploredState): boolean {
  const before = regionsOf(from);
  const after = regionsOf(to);
  if (!before || !after || from.name !== to.name) return true;
  const first = Object.keys(before).find((branch) => before[branch] !== BRANCH_DONE);
  return Object.keys(before).every((branch) => branch === first || before[branch] === after[branch]);
}

interface Worst { hours: number; term: PathTerm; states: ExploredState[]; events: string[] }

/** Reports, per applicable term, the longest path over it; and a warning when the path limit cut the walk short. */
export function checkDeadlinePaths(compiled: CompiledProcedure, graph: StateGraph, tree: PathTree, options: DeadlinePathOptions): Finding[] {
  const start = [...graph.states.values()].find((s) => s.name === 'submitted');
  if (!start) return [];
  const allowance = new Map(listSteps(compiled.procedure).map((s) => [s.id, termInWorkingHours(s.allowance) || 0]));
  const guarded = new Set(compiled.events.filter((e) => e.guard !== undefined && isDataDependent(e.guard)).map((e) => e.type));
  const termOf = createPathTermSelector(compiled, options.at);
  const isProcessing = (s: ExploredState) => typeof s.snapshot.value === 'object';
  const worst = new Map<string, Worst>();

  const states: ExploredState[] = [start];
  const events: string[] = [];
  const onPath = new Set([start.key]);
  let budget = options.pathLimit;
  let truncated = false;
  const walk = (state: ExploredState): void => {
    for (const edge of graph.outgoing.get(state.key) ?? []) {
      if (budget-- <= 0) { truncated = true; return; }
      const next = graph.states.get(edge.to)!;
      if (onPath.has(next.key)) continue;
      if (next.name === 'resultReady') { judge(edge, next); continue; }
      if (!isProcessing(next) || !movesFirstOpenBranch(state, next)) continue;
      states.push(next); events.push(edge.event); onPath.add(next.key);
      walk(next);
      states.pop(); events.pop(); onPath.delete(next.key);
    }
  };
  const judge = (last: StateEdge, result: ExploredState) => {
    const path = [...events, last.event];
    const hours = pathHours(states, allowance);
    const term = termOf(path.filter((e) => guarded.has(e)));
    if (hours <= term.hours) return;
    const key = `${term.channel}|${term.hours}`;
    const known = worst.get(key);
    if (!known || hours > known.hours) worst.set(key, { hours, term, states: [...states, result], events: path });
  };
  walk(start);

  const findings: Finding[] = [];
  const perChannel = compiled.procedure.channels.some((c) => c.deadline !== undefined);
  const prefix = pathTo(tree, start.key) ?? [];
  for (const { hours, term, states: pathStates, events: pathEvents } of worst.values()) {
    // The reception step is the `submitted` state until a send-back makes it a state of its own.
    const route = pathStates.map((s) => (s.name === 'submitted' ? s.steps[0] ?? s.label : s.label));
    const total = describeHours(hours);
    const legal = describeTerm(term.term);
    const limit = describeHours(term.hours);
    const channel = perChannel ? { vi: `, kênh ${term.channel}`, en: `, channel ${term.channel}` } : { vi: '', en: '' };
    const source = term.source === 'base'
      ? { vi: '', en: '' }
      : { vi: `, thời hạn riêng ${term.source} có thể áp dụng cho đường này`, en: `, the override ${term.source} may apply on this path` };
    findings.push(createFinding('verify.path-over-deadline', 'error', {
      vi: `Tổng thời gian các bước trên đường ${route.join(' → ')} là ${total.vi}, vượt thời hạn luật định (${legal.vi}${channel.vi}${source.vi}: ${limit.vi}). Rút ngắn thời gian các bước trên đường này.`,
      en: `The step allowances on the path ${route.join(' → ')} add up to ${total.en}, over the legal term (${legal.en}${channel.en}${source.en}: ${limit.en}). Shorten the allowances on this path.`,
    }, [...prefix, ...pathEvents], { states: route }));
  }
  if (truncated) {
    findings.push(createFinding('verify.limit-exceeded', 'warning', {
      vi: `Có quá nhiều đường từ tiếp nhận tới kết quả; chỉ ${options.pathLimit} bước duyệt đầu được cộng thời gian. Tăng pathLimit để kiểm tra hết.`,
      en: `There are too many paths from reception to the result; only the first ${options.pathLimit} extensions were summed. Raise pathLimit to check them all.`,
    }, [], { noPath: true }));
  }
  return findings;
}
