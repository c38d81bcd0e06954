import type { Procedure, Term } from '../generated/procedure.types.js';
import { createIssue, joinPointer, type ValidationIssue } from './issue.js';
import { BUILT_IN_TARGETS, RESERVED_STEP_IDS, type ProcedureIndex, type StepInfo } from './procedure-index.js';
import { unknownReference } from './unknown-reference.js';

/** Working hours in one working day under the default office hours (07:00–11:30, 13:30–17:00). */
export const HOURS_PER_WORKING_DAY = 8;

/**
 * A term in working hours, the unit the allowance check adds up. Calendar days are counted
 * at the guaranteed minimum of working days they contain (5 in every 7), so a workflow that
 * fits passes even in a week with a holiday-free weekend; `same-day` is one working day.
 */
export function termInWorkingHours(term: Term): number {
  if (term.unit === 'same-day') return HOURS_PER_WORKING_DAY;
  // A missing amount is reported by the deadline checks; NaN keeps it out of any sum.
  const value = term.value ?? Number.NaN;
  switch (term.unit) {
    case 'working-hours': return value;
    case 'working-days': return value * HOURS_PER_WORKING_DAY;
    case 'calendar-days': return Math.floor((value * 5) / 7) * HOURS_PER_WORKING_DAY;
  }
}

const BUILT_INS = new Set<string>(BUILT_IN_TARGETS);

/** The workflow nodes a step's actions lead to: steps, parallel groups, built-ins. */
function successors(info: StepInfo): string[] {
  return info.step.actions.map((a) => a.target);
}

function describe(hours: number): string {
  const days = Math.floor(hours / HOURS_PER_WORKING_DAY);
  const rest = hours % HOURS_PER_WORKING_DAY;
  return [days ? `${days}d` : '', rest ? `${rest}h` : ''].filter(Boolean).join(' ') || '0h';
}

/**
 * The workflow graph: reserved ids, targets that exist (and stay inside their parallel
 * branch), every step reachable from `workflow.start`, every branch reaches `join`, some
 * path leads to a result, and the allowances on the longest path fit the legal deadline.
 */
export function checkWorkflow(procedure: Procedure, index: ProcedureIndex): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const { workflow } = procedure;
  const nodeIds = [...index.steps.keys(), ...index.parallels.keys()];

  for (const [id, info] of index.steps) {
    if (RESERVED_STEP_IDS.has(id)) out.push(reserved(id, joinPointer(info.pointer, 'id')));
    if (info.step.allowance.unit !== 'working-days' && info.step.allowance.unit !== 'working-hours') {
      out.push(createIssue('workflow.allowance-unit', joinPointer(info.pointer, 'allowance', 'unit'),
        { vi: `Thời gian cho bước phải tính bằng working-days hoặc working-hours, không phải ${info.step.allowance.unit}.`, en: `A step allowance is counted in working-days or working-hours, not ${info.step.allowance.unit}.` },
        { vi: 'Đổi đơn vị sang working-hours (ví dụ 4 giờ làm việc).', en: 'Use working-hours (e.g. 4 working hours).' }, { unit: info.step.allowance.unit }));
    }
  }
  for (const [id, { pointer }] of index.parallels) if (RESERVED_STEP_IDS.has(id)) out.push(reserved(id, joinPointer(pointer, 'id')));

  if (!index.steps.has(workflow.start)) {
    out.push(index.parallels.has(workflow.start)
      ? createIssue('workflow.start-not-step', '/workflow/start',
        { vi: `Bước đầu "${workflow.start}" là nhóm song song; hồ sơ phải bắt đầu ở một bước tiếp nhận.`, en: `The first step "${workflow.start}" is a parallel group; a dossier must start at a reception step.` })
      : unknownReference('step', workflow.start, '/workflow/start', index.steps.keys()));
  }

  // Targets exist, and parallel branches are closed: inside a branch an action may go to a
  // step of the same branch, to `join`, or to a built-in state; outside, never into a branch.
  for (const { action, step, pointer } of index.actions) {
    const at = joinPointer(pointer, 'target');
    const target = action.target;
    if (target === 'join') {
      if (!step.branch) out.push(createIssue('workflow.join-outside-parallel', at,
        { vi: '"join" chỉ dùng trong một nhánh song song.', en: '"join" can only be used inside a parallel branch.' },
        { vi: 'Chọn bước tiếp theo hoặc result-ready.', en: 'Target the next step or result-ready.' }));
      continue;
    }
    if (BUILT_INS.has(target)) continue;
    const targetStep = index.steps.get(target);
    if (!targetStep && !index.parallels.has(target)) {
      out.push(unknownReference('step', target, at, [...nodeIds, ...BUILT_IN_TARGETS]));
      out[out.length - 1]!.code = 'workflow.unknown-target';
      continue;
    }
    const targetBranch = targetStep?.branch;
    if (targetBranch !== step.branch) {
      out.push(createIssue('workflow.crosses-branch', at,
        step.branch
          ? { vi: `Thao tác trong nhánh "${step.branch}" không được chuyển sang "${target}" ngoài nhánh; dùng "join" để kết thúc nhánh.`, en: `An action in branch "${step.branch}" cannot go to "${target}" outside it; use "join" to end the branch.` }
          : { vi: `Không được chuyển thẳng vào bước "${target}" bên trong nhánh song song "${targetBranch}".`, en: `Cannot jump into step "${target}" inside parallel branch "${targetBranch}".` },
        { vi: 'Chuyển tới nhóm song song (id của nhóm) thay vì một bước bên trong.', en: 'Target the parallel group (its id) instead of a step inside it.' }, { target }));
    }
  }
  for (const [id, { group, pointer }] of index.parallels) {
    group.branches.forEach((branch, b) => {
      const at = joinPointer(pointer, 'branches', b, 'start');
      const start = index.steps.get(branch.start);
      if (start && start.branch !== branch.id) {
        out.push(createIssue('workflow.crosses-branch', at,
          { vi: `Bước đầu "${branch.start}" của nhánh "${branch.id}" thuộc một nhánh khác.`, en: `The first step "${branch.start}" of branch "${branch.id}" belongs to another branch.` },
          { vi: `Chọn một bước của nhánh này: ${branch.steps.map((s) => s.id).join(', ')}.`, en: `Pick a step of this branch: ${branch.steps.map((s) => s.id).join(', ')}.` }, { target: branch.start }));
      } else if (!start) {
        out.push(unknownReference('step', branch.start, at, branch.steps.map((s) => s.id)));
      } else if (!reaches(branch.start, 'join', index)) {
        out.push(createIssue('workflow.branch-never-joins', joinPointer(pointer, 'branches', b),
          { vi: `Nhánh "${branch.id}" của "${id}" không có đường nào tới "join", nên hồ sơ không bao giờ ra khỏi liên thông.`, en: `Branch "${branch.id}" of "${id}" has no path to "join", so a dossier never leaves the parallel group.` },
          { vi: 'Cho ít nhất một thao tác của nhánh đích "join".', en: 'Give at least one action of the branch the target "join".' }, { parallel: id, branch: branch.id }));
      }
    });
    if (group.next !== 'result-ready' && !index.steps.has(group.next) && !index.parallels.has(group.next)) {
      out.push(Object.assign(unknownReference('step', group.next, joinPointer(pointer, 'next'), [...nodeIds, 'result-ready']), { code: 'workflow.unknown-target' }));
    }
  }

  // The graph analyses below would follow broken edges and report their consequences as
  // further errors; the author fixes the edges first.
  const BROKEN_EDGES = new Set(['workflow.unknown-target', 'ref.unknown-step', 'workflow.crosses-branch', 'workflow.join-outside-parallel', 'workflow.start-not-step']);
  if (out.some((i) => BROKEN_EDGES.has(i.code))) return out;

  const reachable = reachableFrom(workflow.start, index);
  for (const [id, info] of index.steps) {
    if (!reachable.has(id) && !(info.parallel && reachable.has(info.parallel))) {
      out.push(createIssue('workflow.unreachable-step', info.pointer,
        { vi: `Bước "${id}" không thể tới được từ bước tiếp nhận "${workflow.start}".`, en: `Step "${id}" cannot be reached from the reception step "${workflow.start}".` },
        { vi: 'Cho một thao tác ở bước trước chuyển tới bước này, hoặc xoá bước.', en: 'Make an action of an earlier step target it, or remove the step.' }, { step: id }));
    }
  }
  for (const [id, { pointer }] of index.parallels) {
    if (!reachable.has(id)) out.push(createIssue('workflow.unreachable-step', pointer,
      { vi: `Nhóm song song "${id}" không thể tới được từ "${workflow.start}".`, en: `Parallel group "${id}" cannot be reached from "${workflow.start}".` },
      { vi: 'Cho một thao tác ở bước trước chuyển tới nhóm này (đích là id của nhóm), hoặc xoá nhóm.', en: 'Make an action of an earlier step target the group (its id), or remove the group.' }, { step: id }));
  }
  if (!reachable.has('result-ready')) {
    out.push(createIssue('workflow.no-result', '/workflow',
      { vi: 'Không có đường nào từ bước tiếp nhận tới "result-ready": hồ sơ không bao giờ có kết quả.', en: 'No path leads from reception to "result-ready": no dossier can ever get a result.' },
      { vi: 'Cho thao tác phê duyệt hoặc trả kết quả đích "result-ready".', en: 'Give the approving or result-return action the target "result-ready".' }));
  }

  const legal = Math.max(...legalTerms(procedure).map(termInWorkingHours));
  const longest = longestPath(workflow.start, index);
  if (Number.isFinite(legal) && longest.hours > legal) {
    out.push(createIssue('workflow.over-deadline', '/workflow',
      { vi: `Tổng thời gian các bước trên đường dài nhất (${longest.path.join(' → ')}) là ${describe(longest.hours)}, vượt thời hạn luật định ${describe(legal)}.`, en: `The step allowances on the longest path (${longest.path.join(' → ')}) add up to ${describe(longest.hours)}, over the legal deadline of ${describe(legal)}.` },
      { vi: 'Rút ngắn thời gian của các bước trên đường này.', en: 'Shorten the allowances of the steps on this path.' },
      { hours: longest.hours, legalHours: legal, path: longest.path }));
  }
  return out;
}

function reserved(id: string, pointer: string): ValidationIssue {
  return createIssue('workflow.reserved-id', pointer,
    { vi: `"${id}" là tên trạng thái có sẵn, không dùng làm mã bước.`, en: `"${id}" is the name of a built-in state and cannot be a step id.` },
    { vi: 'Đặt tên khác cho bước.', en: 'Give the step another id.' }, { id });
}

/** All terms that can apply to a dossier: the base term, per-channel terms and overrides. */
function legalTerms(procedure: Procedure): Term[] {
  const deadlines = [procedure.deadline, ...procedure.channels.flatMap((c) => (c.deadline ? [c.deadline] : []))];
  return deadlines.flatMap((d) => [d.term, ...(d.overrides ?? []).map((o) => o.term)]);
}

/** Nodes reached when entering `id`: a parallel group enters each branch's start. */
function next(id: string, index: ProcedureIndex): string[] {
  const group = index.parallels.get(id);
  if (group) return [...group.group.branches.map((b) => b.start), group.group.next];
  const info = index.steps.get(id);
  return info ? successors(info) : [];
}

function reachableFrom(start: string, index: ProcedureIndex): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length) for (const n of next(queue.shift()!, index)) if (!seen.has(n)) { seen.add(n); queue.push(n); }
  return seen;
}

function reaches(from: string, goal: string, index: ProcedureIndex): boolean {
  return reachableFrom(from, index).has(goal);
}

/**
 * The path from `start` with the largest sum of allowances, ignoring edges back to a node
 * already on the path (send-back loops repeat work but are not part of the planned time).
 * A parallel group costs its slowest branch. Graphs are small: a depth-first search is fine.
 */
function longestPath(start: string, index: ProcedureIndex): { hours: number; path: string[] } {
  const onPath = new Set<string>();
  const walk = (id: string, stopAt: string | undefined): { hours: number; path: string[] } => {
    if (id === stopAt || BUILT_INS.has(id) || id === 'join' || onPath.has(id)) return { hours: 0, path: [] };
    onPath.add(id);
    let own = 0;
    let followers: string[];
    const group = index.parallels.get(id);
    if (group) {
      own = Math.max(0, ...group.group.branches.map((b) => walk(b.start, 'join').hours));
      followers = [group.group.next];
    } else {
      const info = index.steps.get(id);
      own = info ? termInWorkingHours(info.step.allowance) : 0;
      followers = info ? successors(info) : [];
    }
    let best = { hours: 0, path: [] as string[] };
    for (const f of followers) {
      const r = walk(f, stopAt);
      if (r.hours > best.hours) best = r;
    }
    onPath.delete(id);
    return { hours: own + best.hours, path: [id, ...best.path] };
  };
  return walk(start, undefined);
}
