import type { Procedure } from '../generated/procedure.types.js';
import { createIssue, joinPointer, type ValidationIssue } from './issue.js';
import type { ProcedureIndex } from './procedure-index.js';
import { unknownReference } from './unknown-reference.js';

interface Declared { id: string; pointer: string }

const declared = (items: readonly { id: string }[] | undefined, pointer: string): Declared[] =>
  (items ?? []).map((item, i) => ({ id: item.id, pointer: joinPointer(pointer, i) }));

function reportDuplicates(entries: Declared[], what: [string, string], out: ValidationIssue[]): void {
  const seen = new Map<string, string>();
  for (const { id, pointer } of entries) {
    const first = seen.get(id);
    if (first === undefined) { seen.set(id, pointer); continue; }
    out.push(createIssue('ref.duplicate-id', joinPointer(pointer, 'id'),
      { vi: `Mã ${what[0]} "${id}" bị trùng (đã khai báo tại ${first}).`, en: `Duplicate ${what[1]} id "${id}" (first declared at ${first}).` },
      { vi: 'Mỗi mã phải duy nhất; đổi tên một trong hai.', en: 'Every id must be unique; rename one of them.' },
      { id, first }));
  }
}

/** Steps, parallel groups and their branches: one namespace, since actions target them all. */
function workflowNodes(procedure: Procedure): Declared[] {
  const nodes: Declared[] = [];
  procedure.workflow.steps.forEach((node, i) => {
    const pointer = joinPointer('/workflow/steps', i);
    nodes.push({ id: node.id, pointer });
    if (node.kind !== 'parallel') return;
    node.branches.forEach((branch, b) => {
      nodes.push({ id: branch.id, pointer: joinPointer(pointer, 'branches', b) });
      branch.steps.forEach((step, s) => nodes.push({ id: step.id, pointer: joinPointer(pointer, 'branches', b, 'steps', s) }));
    });
  });
  return nodes;
}

/** Every id is unique within its kind, and action ids within their step. */
export function checkUniqueIds(procedure: Procedure, index: ProcedureIndex): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  reportDuplicates(declared(procedure.agencies, '/agencies'), ['cơ quan', 'agency'], out);
  reportDuplicates(declared(procedure.roles, '/roles'), ['vai trò', 'role'], out);
  reportDuplicates(declared(procedure.cases, '/cases'), ['trường hợp', 'case'], out);
  reportDuplicates(declared(procedure.components, '/components'), ['thành phần hồ sơ', 'component'], out);
  reportDuplicates(declared(procedure.fees, '/fees'), ['khoản phí', 'fee'], out);
  reportDuplicates(declared(procedure.results, '/results'), ['kết quả', 'result'], out);
  reportDuplicates(declared(procedure.legalDocuments, '/legalDocuments'), ['văn bản', 'legal document'], out);
  reportDuplicates(declared(procedure.form.layout.pages, '/form/layout/pages'), ['trang', 'page'], out);
  reportDuplicates(workflowNodes(procedure), ['bước', 'step'], out);
  const seenSteps = new Set<string>();
  for (const info of index.steps.values()) {
    if (seenSteps.has(info.pointer)) continue;
    seenSteps.add(info.pointer);
    reportDuplicates(declared(info.step.actions, joinPointer(info.pointer, 'actions')), ['thao tác', 'action'], out);
  }
  return out;
}

/** Every agency, role, case and legal document that is referred to is declared. */
export function checkReferences(procedure: Procedure, index: ProcedureIndex): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const agency = (id: string | undefined, pointer: string) => {
    if (id !== undefined && !index.agencies.has(id)) out.push(unknownReference('agency', id, pointer, index.agencies.keys()));
  };
  const role = (id: string, pointer: string) => {
    if (!index.roles.has(id)) out.push(unknownReference('role', id, pointer, index.roles.keys()));
  };
  agency(procedure.competentAuthority, '/competentAuthority');
  agency(procedure.implementingAgency, '/implementingAgency');
  agency(procedure.receivingAgency, '/receivingAgency');
  procedure.roles.forEach((r, i) => agency(r.agency, joinPointer('/roles', i, 'agency')));
  procedure.results.forEach((r, i) => agency(r.agency, joinPointer('/results', i, 'agency')));
  for (const { step, pointer } of index.steps.values()) {
    role(step.role, joinPointer(pointer, 'role'));
    agency(step.agency, joinPointer(pointer, 'agency'));
  }
  for (const { action, pointer } of index.actions) {
    action.roles?.forEach((r, i) => role(r, joinPointer(pointer, 'roles', i)));
  }
  procedure.components.forEach((c, i) => c.cases?.forEach((id, k) => {
    if (!index.cases.has(id)) out.push(unknownReference('case', id, joinPointer('/components', i, 'cases', k), index.cases.keys()));
  }));
  findLegalBasis(procedure, [], (document, pointer) => {
    if (!index.documents.has(document)) out.push(unknownReference('legal-document', document, pointer(), index.documents.keys()));
  });
  return out;
}

/** Properties whose values never hold a citation: texts, conditions and the form's data schema. */
const NO_CITATIONS = new Set(['data', 'title', 'summary', 'description', 'label', 'help', 'reason', 'note', 'when', 'guard', 'visibleWhen', 'requiredWhen', 'exemptWhen']);

/**
 * Calls `visit` for every `legalBasis[].document` anywhere in the procedure (but not inside
 * the form's data schema). The pointer is built only for the citations it reports.
 */
function findLegalBasis(node: unknown, path: (string | number)[], visit: (document: string, pointer: () => string) => void): void {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) { path.push(i); findLegalBasis(node[i], path, visit); path.pop(); }
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const key in node) {
    const value = (node as Record<string, unknown>)[key];
    if (key === 'legalBasis' && Array.isArray(value)) {
      value.forEach((cite: { document?: unknown }, i) => {
        if (typeof cite?.document === 'string') visit(cite.document, () => joinPointer('', ...path, key, i, 'document'));
      });
    } else if (!NO_CITATIONS.has(key) && value !== null && typeof value === 'object') {
      path.push(key); findLegalBasis(value, path, visit); path.pop();
    }
  }
}
