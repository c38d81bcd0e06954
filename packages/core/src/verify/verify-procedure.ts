/**
 * `verifyProcedure`: static checks of a compiled procedure on its machine's real state space.
 */
import { compileProcedure, type CompiledProcedure } from '../compile/index.js';
import type { Procedure } from '../generated/procedure.types.js';
import { checkApproval } from './check-approval.js';
import { checkDeadlinePaths } from './check-deadline-paths.js';
import { checkReachability } from './check-reachability.js';
import { checkRolesAndAgencies } from './check-roles.js';
import { checkTermination } from './check-termination.js';
import { createFinding } from './create-finding.js';
import { DEFAULT_AT, exploreDossierMachine } from './explore-dossier-machine.js';
import { shortestPaths, type StateGraph } from './state-graph.js';
import type { Finding, VerifyOptions, VerifyResult } from './types.js';

function limitExceeded(limit: number): Finding {
  return createFinding('verify.limit-exceeded', 'error', {
    vi: `Không gian trạng thái lớn hơn giới hạn ${limit} trạng thái nên không kiểm tra được trọn vẹn. Tăng "limit".`,
    en: `The state space is larger than the limit of ${limit} states, so it could not be checked completely. Raise "limit".`,
  }, [], { noPath: true });
}

/**
 * Verifies a procedure before it is published, on the state space of its compiled machine (explored
 * with `@xstate/graph`; see `exploreDossierMachine` for the events, the serialization and the
 * over-approximation of data-dependent conditions). Checks, each finding with the event path that
 * shows it:
 *
 * - `verify.unreachable-state`: every step, parallel group and built-in state the procedure uses is reachable;
 * - `verify.dead-end`, `verify.trap`: from every reachable state the dossier can still end (withdrawal aside);
 * - `verify.action-without-role`, `verify.action-without-agency`: every action has a declared role, every step a declared agency;
 * - `verify.result-without-approval`: no path reaches `resultReady` around every approval and signing step;
 * - `verify.path-over-deadline`: the allowances on each path from reception to the result fit its legal term;
 * - `verify.no-supplement-path` (warning): some step can request a supplement (Decree 61/2018 Art. 15(3), 19(4));
 * - `verify.limit-exceeded`: the state space or the path count went over `limit` / `pathLimit`.
 *
 * Because data-dependent conditions are taken as satisfiable, "reachable" means "reachable for some
 * applicant data": the check finds states no data can reach, not states a given dossier cannot.
 *
 * @param procedure a procedure (compiled here, validated unless `validate: false`) or a compiled one.
 * @throws ProcedureCompileError when an uncompiled procedure is not valid.
 * @example
 * const { valid, findings } = verifyProcedure(compileProcedure(procedure));
 * for (const f of findings) console.log(f.severity, f.code, f.message.en); // … Path: SUBMIT → reception.accept.
 */
export function verifyProcedure(procedure: Procedure | CompiledProcedure, options: VerifyOptions = {}): VerifyResult {
  const compiled = 'machine' in procedure ? procedure : compileProcedure(procedure, options);
  const limit = options.limit ?? 10_000;
  const at = options.at ?? DEFAULT_AT;
  let graph: StateGraph;
  try {
    graph = exploreDossierMachine(compiled, { limit, at });
  } catch (error) {
    // @xstate/graph's own traversal limit, a backstop behind ours.
    if (!(error instanceof Error) || !/limit/i.test(error.message)) throw error;
    return { valid: false, findings: [limitExceeded(limit)], explored: { states: 0, transitions: 0, complete: false } };
  }
  const tree = shortestPaths(graph);
  const findings: Finding[] = graph.complete
    ? [
        ...checkReachability(compiled, graph, tree),
        ...checkTermination(graph, tree),
        ...checkRolesAndAgencies(compiled, graph, tree),
        ...checkApproval(compiled, graph),
        ...checkDeadlinePaths(compiled, graph, tree, { pathLimit: options.pathLimit ?? 200_000, at }),
      ]
    // A partial graph has states with no transitions explored: they would read as dead ends.
    : [limitExceeded(limit), ...checkRolesAndAgencies(compiled, graph, tree)];
  // Errors first; within a severity, in the order of the checks above.
  const ordered = [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity === 'warning')];
  return {
    valid: ordered.every((f) => f.severity !== 'error'),
    findings: ordered,
    explored: { states: graph.states.size, transitions: graph.edges.length, complete: graph.complete },
  };
}
