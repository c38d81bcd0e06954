/**
 * `checkCommand`: the one judge of whether a dossier may take an event — used by the machine's guards
 * (so the machine alone enforces the procedure) and by the runtime (to say precisely why not).
 *
 * Order of checks, first failure wins: time, role, requirements, data, then the event's own rule
 * (SUBMIT: complete form and components; SUPPLEMENT: what was asked for; EXTEND: the one re-set;
 * officer actions: the procedure's guard condition).
 */
import type { Procedure } from '../generated/procedure.types.js';
import { checkRequirements } from './check-requirements.js';
import { createRejection, dataIssue } from './create-rejection.js';
import { dossierEnvironment, holds, resolveCase } from './dossier-environment.js';
import { listMissingComponents } from './list-missing-components.js';
import { mergeFacts } from './merge-facts.js';
import type { ProcedureRules } from './procedure-rules.js';
import { parseInstant } from './parse-instant.js';
import { addTermMs, clockPolicy } from './select-term.js';
import type { DataIssue, DossierClock, DossierContext, DossierEvent, EventDescriptor, Rejection } from './types.js';
import type { WorkingCalendar } from '../calendar/index.js';
import { validateFormData } from './validate-form-data.js';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function checkIdList(value: unknown, path: string, known: ReadonlySet<string> | null, out: DataIssue[]): void {
  if (value === undefined) return;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) {
    out.push(dataIssue(path, 'phải là danh sách mã (chuỗi)', 'must be a list of ids (strings)'));
    return;
  }
  const unknown = known ? value.filter((v: string) => !known.has(v)) : [];
  if (unknown.length) out.push(dataIssue(path, `thủ tục không có: ${unknown.join(', ')}`, `the procedure has no ${unknown.join(', ')}`));
}

/** Checks the shape of what came with an event: answers against the form, ids against the procedure. */
function checkPayload(rules: ProcedureRules, event: DossierEvent): DataIssue[] {
  const out: DataIssue[] = [];
  if (event.data !== undefined) {
    if (!isPlainObject(event.data)) out.push(dataIssue('data', 'phải là một object', 'must be an object'));
    else out.push(...validateFormData(rules.procedure.form, event.data, { complete: false }).map((i) => ({ ...i, path: `data.${i.path}` })));
  }
  checkIdList(event.documents, 'documents', rules.componentIds, out);
  checkIdList(event.prefilled, 'prefilled', null, out);
  if (event.attachments !== undefined) checkIdList(event.attachments, 'attachments', null, out);
  return out;
}

/**
 * Resolves EXTEND's `newDueDate`: a working day `YYYY-MM-DD` means the close of office hours that day;
 * an instant must fall on a working day. Returns epoch ms, or null when it is not a usable date.
 */
export function resolveNewDueDate(rules: ProcedureRules, text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const { calendar } = rules;
  try {
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return calendar.isWorkingDay(text) ? parseInstant(calendar.closeOf(text)) : null;
    const ms = parseInstant(text);
    return calendar.isWorkingDay(ms) ? ms : null;
  } catch {
    return null;
  }
}

/**
 * Decree 61/2018 Art. 19(9): the apology with a new date is sent at least one day before the due
 * date. A same-day or hours term has no day before it: there it must come before the due time.
 */
export function isExtensionTooLate(clock: DossierClock, atMs: number, calendar: WorkingCalendar): boolean {
  const short = clock.term.unit === 'same-day' || clock.term.unit === 'working-hours';
  return short ? atMs >= clock.dueAtMs : calendar.toLocalDate(atMs) >= calendar.toLocalDate(clock.dueAtMs);
}

function checkExtend(rules: ProcedureRules, context: DossierContext, event: DossierEvent, state: string): Rejection | null {
  const policy = clockPolicy(rules.procedure, context.channel);
  if (!policy.extension.allowed) {
    return createRejection('guard-false', event.type, { condition: 'deadline.extension.allowed', conditionName: 'deadline.extension.allowed = false' });
  }
  const clock = context.clock;
  if (clock === null || clock.pausedAt !== null) {
    return createRejection('not-allowed-in-state', event.type, { state, message: {
      vi: 'Chỉ gia hạn được khi đồng hồ giải quyết đang chạy (sau khi tiếp nhận, không chờ bổ sung hay nộp phí).',
      en: 'An extension needs a running clock (after reception, not while awaiting a supplement or payment).',
    } });
  }
  // Decree 61/2018 Art. 19(9): the return date may be re-set at most once, in time.
  if (clock.extensionUsed) return createRejection('extension-used', event.type, { state });
  if (isExtensionTooLate(clock, parseInstant(event.at), rules.calendar)) {
    return createRejection('extension-too-late', event.type, { state, dueAt: clock.dueAt });
  }
  const dueMs = resolveNewDueDate(rules, event.newDueDate);
  const bad = (vi: string, en: string) => createRejection('invalid-data', event.type, { state, issues: [dataIssue('newDueDate', vi, en)] });
  if (dueMs === null) return bad('phải là một ngày làm việc (YYYY-MM-DD) hoặc thời điểm trong ngày làm việc', 'must be a working day (YYYY-MM-DD) or an instant on a working day');
  if (dueMs <= clock.dueAtMs) return bad(`phải sau ngày hẹn hiện tại ${clock.dueAt}`, `must be later than the current due date ${clock.dueAt}`);
  if (policy.extension.max && dueMs > addTermMs(policy.extension.max, clock.dueAtMs, rules.calendar)) {
    return bad('vượt quá thời gian gia hạn tối đa của thủ tục', "goes beyond the procedure's longest extension");
  }
  return null;
}

function checkSubmit(procedure: Procedure, rules: ProcedureRules, context: DossierContext, event: DossierEvent): Rejection | null {
  const facts = mergeFacts(context, event);
  const env = dossierEnvironment(procedure, rules.calendar, facts, event.at, event.actor.role);
  const issues = validateFormData(procedure.form, facts.data, { complete: true, env });
  if (procedure.cases?.length && resolveCase(procedure, facts) === null) {
    issues.push(dataIssue('case', `chọn một trường hợp: ${procedure.cases.map((c) => c.id).join(', ')}`, `choose a case: ${procedure.cases.map((c) => c.id).join(', ')}`));
  }
  if (issues.length) return createRejection('invalid-data', event.type, { state: 'draft', issues });
  const { missing } = listMissingComponents(procedure, env, facts.documents);
  return missing.length ? createRejection('missing-components', event.type, { state: 'draft', components: missing }) : null;
}

function checkSupplement(rules: ProcedureRules, context: DossierContext, event: DossierEvent): Rejection | null {
  const asked = context.request?.kind === 'supplement' ? context.request.components : [];
  // The answer brings every component asked for, even one already on file that must be redone
  // (Decree 61/2018 Art. 15(3), 19(4)): the clock restarts on a complete dossier, not on a reply.
  const documents = event.documents ?? [];
  const still = asked.filter((id) => !documents.includes(id));
  if (still.length === 0) return null;
  const titles = new Map(rules.procedure.components.map((c) => [c.id, c.title]));
  return createRejection('missing-components', event.type, {
    state: 'awaitingSupplement',
    components: still.map((id) => ({ id, title: titles.get(id) ?? { vi: id, en: id } })),
  });
}

/**
 * Judges an event against a dossier. Returns null when the event may proceed, else the rejection.
 * Pure: reads the context and the event, changes nothing, never throws on malformed input.
 *
 * @param state the dossier's state name, for messages.
 */
export function checkCommand(rules: ProcedureRules, context: DossierContext, event: DossierEvent, descriptor: EventDescriptor, state: string): Rejection | null {
  const type = event.type;
  let atMs: number;
  try {
    atMs = parseInstant(event.at);
    rules.calendar.toLocalDate(atMs); // inside the calendar's years
  } catch {
    return createRejection('invalid-data', type, { state, issues: [dataIssue('at', 'phải là thời điểm ISO 8601 có múi giờ, trong phạm vi lịch', 'must be an ISO 8601 instant with offset, within the calendar')] });
  }
  if (atMs < parseInstant(context.updatedAt)) {
    return createRejection('invalid-data', type, { state, issues: [dataIssue('at', `không được trước sự kiện trước (${context.updatedAt})`, `cannot be before the previous event (${context.updatedAt})`)] });
  }
  const role = event.actor?.role;
  if (typeof role !== 'string' || !descriptor.roles.includes(role)) {
    return createRejection('wrong-role', type, { state, role: String(role), allowedRoles: descriptor.roles });
  }
  const missing = checkRequirements(rules, event, descriptor);
  if (missing) return missing;
  const issues = checkPayload(rules, event);
  if (issues.length) return createRejection('invalid-data', type, { state, issues });
  switch (descriptor.kind) {
    case 'submit': return checkSubmit(rules.procedure, rules, context, event);
    case 'supplement': return checkSupplement(rules, context, event);
    case 'extend': return checkExtend(rules, context, event, state);
    default:
      if (descriptor.guard === undefined) return null;
      if (holds(descriptor.guard, dossierEnvironment(rules.procedure, rules.calendar, mergeFacts(context, event), event.at, role))) return null;
      return createRejection('guard-false', type, { state, condition: descriptor.guard, conditionName: `${type}.guard ${JSON.stringify(descriptor.guard)}` });
  }
}
