import type { Expectation, Scenario, Step } from '../generated/scenario.types.js';
import type { Procedure } from '../generated/procedure.types.js';
import type { Message } from '../types.js';
import type { WorkingCalendar } from '../calendar/index.js';
import { compileProcedure, type CompiledProcedure } from '../compile/index.js';
import { createDossierRuntime, type DossierRuntime, type DossierState } from '../runtime/index.js';

/** One expectation that did not hold. */
export interface ScenarioFailure {
  /** Index of the step in `scenario.steps` (0-based). */
  step: number;
  /** What was checked: `state`, `dueAt`, `fees.total`, `rejected`, … */
  check: string;
  expected: unknown;
  actual: unknown;
  message: Message;
}

/** The outcome of one scenario. */
export interface ScenarioResult {
  passed: boolean;
  failures: ScenarioFailure[];
  /** Steps run (a failed action stops the scenario). */
  stepsRun: number;
  /** Every event type accepted during the run (`SUBMIT`, `reception.accept`, …), for coverage. */
  covered: Set<string>;
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

/**
 * Runs a scenario against a procedure: creates the draft dossier, sends each step's action as
 * its actor at its time, and checks each step's expectations. Everything is data in, data out;
 * the caller loads files (see `motcua test`). Never throws for a wrong expectation: failures are
 * returned; a step whose action is rejected without `expect.rejected` fails and ends the run.
 *
 * @example
 * const result = runScenario(scenario, procedure);
 * if (!result.passed) for (const f of result.failures) console.log(f.step, f.message.en);
 */
export function runScenario(scenario: Scenario, procedure: Procedure | CompiledProcedure, options: { calendar?: WorkingCalendar } = {}): ScenarioResult {
  const compiled = 'machine' in procedure ? procedure : compileProcedure(procedure, options);
  const runtime = createDossierRuntime(compiled, options);
  const result: ScenarioResult = { passed: true, failures: [], stepsRun: 0, covered: new Set() };
  const start = scenario.dossier ?? { channel: 'online' as const, at: firstInstant(scenario) };
  let state = runtime.create({ channel: start.channel, at: start.at, ...(start.case ? { case: start.case } : {}), ...(start.data ? { data: start.data } : {}), ...(start.documents ? { documents: start.documents } : {}), ...(start.prefilled ? { prefilled: start.prefilled } : {}) });
  let now = start.at;

  for (const [index, step] of scenario.steps.entries()) {
    result.stepsRun = index + 1;
    if (step.at) now = step.at;
    const fail = (check: string, expected: unknown, actual: unknown, vi: string, en: string) => {
      result.failures.push({ step: index, check, expected, actual, message: { vi, en } });
    };
    if (step.do) {
      const outcome = runtime.send(state, toCommand(step, now));
      if (outcome.ok) {
        result.covered.add(step.do);
        state = outcome.state;
        if (step.expect?.rejected) {
          fail('rejected', step.expect.rejected.code, 'accepted', `Thao tác ${step.do} lẽ ra bị từ chối (${step.expect.rejected.code}) nhưng đã được chấp nhận.`, `${step.do} should have been rejected (${step.expect.rejected.code}) but was accepted.`);
        }
      } else if (step.expect?.rejected) {
        const { code, messageIncludes } = step.expect.rejected;
        if (outcome.rejection.code !== code) {
          fail('rejected', code, outcome.rejection.code, `Bị từ chối với mã ${outcome.rejection.code}, mong đợi ${code}: ${outcome.rejection.message.vi}`, `Rejected with ${outcome.rejection.code}, expected ${code}: ${outcome.rejection.message.en}`);
        } else if (messageIncludes && !outcome.rejection.message.vi.includes(messageIncludes) && !outcome.rejection.message.en.includes(messageIncludes)) {
          fail('rejected.message', messageIncludes, outcome.rejection.message, `Thông báo không chứa "${messageIncludes}".`, `The message does not contain "${messageIncludes}".`);
        }
      } else {
        fail('action', step.do, outcome.rejection.code, `Thao tác ${step.do} bị từ chối: ${outcome.rejection.message.vi}`, `${step.do} was rejected: ${outcome.rejection.message.en}`);
        break;
      }
    }
    if (step.expect) checkExpectation(step.expect, state, runtime, now, fail);
  }
  result.passed = result.failures.length === 0;
  return result;
}

function firstInstant(scenario: Scenario): string {
  return scenario.steps.find((s) => s.at)?.at ?? '2025-07-01T08:00:00+07:00';
}

function toCommand(step: Step, at: string) {
  const role = step.as?.role ?? 'applicant';
  return {
    type: step.do as `${string}.${string}`,
    actor: { id: step.as?.id ?? role, role, ...(step.as?.agency ? { agency: step.as.agency } : {}) },
    at,
    ...(step.reason !== undefined ? { reason: step.reason } : {}),
    ...(step.missingComponents ? { missingComponents: step.missingComponents } : {}),
    ...(step.attachments ? { attachments: step.attachments } : {}),
    ...(step.data ? { data: step.data } : {}),
    ...(step.documents ? { documents: step.documents } : {}),
    ...(step.prefilled ? { prefilled: step.prefilled } : {}),
    ...(step.newDueDate ? { newDueDate: step.newDueDate } : {}),
  };
}

type Fail = (check: string, expected: unknown, actual: unknown, vi: string, en: string) => void;

function checkExpectation(expect: Expectation, state: DossierState, runtime: DossierRuntime, now: string, fail: Fail): void {
  const status = runtime.status(state);
  if (expect.state !== undefined && status.state !== expect.state) {
    fail('state', expect.state, status.state, `Trạng thái là "${status.state}", mong đợi "${expect.state}".`, `State is "${status.state}", expected "${expect.state}".`);
  }
  if (expect.status !== undefined && status.code !== expect.status) {
    fail('status', expect.status, status.code, `Mã trạng thái là ${status.code}, mong đợi ${expect.status}.`, `Status code is ${status.code}, expected ${expect.status}.`);
  }
  if (expect.dueAt !== undefined) {
    const due = runtime.dueDate(state);
    if (due !== expect.dueAt) fail('dueAt', expect.dueAt, due, `Hạn trả là ${due}, mong đợi ${expect.dueAt}.`, `Due at ${due}, expected ${expect.dueAt}.`);
  }
  if (expect.dueness !== undefined) {
    const dueness = runtime.dueness(state, now);
    if (dueness !== expect.dueness) fail('dueness', expect.dueness, dueness, `Tình trạng hạn là ${dueness}, mong đợi ${expect.dueness}.`, `Dueness is ${dueness}, expected ${expect.dueness}.`);
  }
  if (expect.fees) {
    const fees = runtime.feesDue(state);
    if (expect.fees.total !== undefined && fees.total !== expect.fees.total) {
      fail('fees.total', expect.fees.total, fees.total, `Tổng phí ${fees.total} đồng, mong đợi ${expect.fees.total} đồng.`, `Total fees ${fees.total} VND, expected ${expect.fees.total} VND.`);
    }
    for (const [id, amount] of Object.entries(expect.fees.items ?? {})) {
      const actual = fees.items.find((f) => f.id === id)?.amount ?? 0;
      if (actual !== amount) fail(`fees.items.${id}`, amount, actual, `Khoản "${id}" là ${actual} đồng, mong đợi ${amount} đồng.`, `Fee "${id}" is ${actual} VND, expected ${amount} VND.`);
    }
  }
  if (expect.missing || expect.waived) {
    const components = runtime.missingComponents(state);
    const missing = components.missing.map((c) => c.id);
    const waived = components.waived.map((c) => c.id);
    if (expect.missing && !same(missing, expect.missing)) fail('missing', expect.missing, missing, `Giấy tờ còn thiếu: [${missing.join(', ')}], mong đợi [${expect.missing.join(', ')}].`, `Missing: [${missing.join(', ')}], expected [${expect.missing.join(', ')}].`);
    if (expect.waived && !same(waived, expect.waived)) fail('waived', expect.waived, waived, `Giấy tờ được miễn: [${waived.join(', ')}], mong đợi [${expect.waived.join(', ')}].`, `Waived: [${waived.join(', ')}], expected [${expect.waived.join(', ')}].`);
  }
  if (expect.actions) {
    const { role, exactly, include, exclude } = expect.actions;
    const available = runtime.availableActions(state, role, now).map((a) => a.type);
    if (exactly && !same(available, exactly)) fail('actions', exactly, available, `Vai trò ${role} làm được [${available.join(', ')}], mong đợi đúng [${exactly.join(', ')}].`, `Role ${role} can take [${available.join(', ')}], expected exactly [${exactly.join(', ')}].`);
    for (const a of include ?? []) if (!available.includes(a)) fail('actions.include', a, available, `Vai trò ${role} không làm được ${a} (có: ${available.join(', ')}).`, `Role ${role} cannot take ${a} (available: ${available.join(', ')}).`);
    for (const a of exclude ?? []) if (available.includes(a)) fail('actions.exclude', a, available, `Vai trò ${role} lẽ ra không làm được ${a}.`, `Role ${role} should not be able to take ${a}.`);
  }
}
