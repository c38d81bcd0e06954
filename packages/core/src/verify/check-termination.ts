/**
 * `checkTermination`: from every reachable state the procedure can still end — in `returned`,
 * `refused`, `withdrawn` or `stopped` — by its ordinary moves.
 *
 * The applicant's WITHDRAW is left out: it is open in every state of processing, so with it every
 * state would look able to end, and a dossier the officers can never finish would pass. A state with
 * no way out (other than WITHDRAW) is a dead end; a group of states that lead only to one another is
 * a trap. Only these root causes are reported, not every state that can only run into them.
 */
import { createFinding } from './create-finding.js';
import { bottomComponents, canReach, pathTo, type PathTree, type StateEdge, type StateGraph } from './state-graph.js';
import type { Finding } from './types.js';

const notWithdraw = (edge: StateEdge) => edge.event !== 'WITHDRAW';

/** Reports dead ends and traps, each with the shortest path into it. */
export function checkTermination(graph: StateGraph, tree: PathTree): Finding[] {
  const finals = [...graph.states.values()].filter((s) => s.final).map((s) => s.key);
  const ending = canReach(graph, finals, { edge: notWithdraw });
  const stuck = new Set([...graph.states.keys()].filter((key) => !ending.has(key)));
  const findings: Finding[] = [];
  for (const component of bottomComponents(graph, stuck, { edge: notWithdraw })) {
    // The member reached first carries the witness; the others are listed in order of distance.
    const members = component
      .map((key) => ({ state: graph.states.get(key)!, path: pathTo(tree, key) ?? [] }))
      .sort((a, b) => a.path.length - b.path.length || a.state.label.localeCompare(b.state.label));
    const first = members[0]!;
    const labels = members.map((m) => m.state.label);
    if (members.length === 1) {
      findings.push(createFinding('verify.dead-end', 'error', {
        vi: `Trạng thái "${first.state.label}" là ngõ cụt: không thao tác nào đưa hồ sơ ra khỏi đó (ngoài việc người nộp rút hồ sơ), nên hồ sơ không bao giờ kết thúc.`,
        en: `State "${first.state.label}" is a dead end: no action leads out of it (except the applicant withdrawing), so the dossier never ends.`,
      }, first.path, { states: labels }));
    } else {
      const list = labels.map((l) => `"${l}"`).join(', ');
      findings.push(createFinding('verify.trap', 'error', {
        vi: `Các trạng thái ${list} chỉ dẫn tới nhau: từ đó không có đường tới kết quả, từ chối hay dừng (ngoài việc người nộp rút hồ sơ).`,
        en: `States ${list} lead only to one another: from there no path reaches a result, a refusal or a stop (except the applicant withdrawing).`,
      }, first.path, { states: labels }));
    }
  }
  return findings;
}
