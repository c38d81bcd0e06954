import type { Action, FormField, FormObject, Parallel, Procedure, Step } from '../generated/procedure.types.js';
import { joinPointer } from './issue.js';

/** The type of a form field as the expression checker sees it. */
export interface FieldInfo {
  type: 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'array' | 'object';
  format?: string;
  enum?: unknown[];
  pointer: string;
}

/** Where a step sits: at the top level, or inside a branch of a parallel group. */
export interface StepInfo {
  step: Step;
  pointer: string;
  parallel?: string;
  branch?: string;
}

/** Every named thing of a procedure, by id, with the JSON Pointer where it is declared. */
export interface ProcedureIndex {
  fields: Map<string, FieldInfo>;
  components: Map<string, string>;
  roles: Map<string, string>;
  agencies: Map<string, string>;
  cases: Map<string, string>;
  documents: Map<string, string>;
  steps: Map<string, StepInfo>;
  parallels: Map<string, { group: Parallel; pointer: string }>;
  /** Every action with its step, in declaration order. */
  actions: { action: Action; step: StepInfo; pointer: string }[];
}

/** Built-in dossier states an action may target besides the procedure's own steps. */
export const BUILT_IN_TARGETS = ['awaiting-supplement', 'awaiting-payment', 'result-ready', 'refused', 'stopped'] as const;
/** Ids reserved for built-in states; steps may not use them. */
export const RESERVED_STEP_IDS = new Set<string>([
  ...BUILT_IN_TARGETS, 'draft', 'submitted', 'received', 'returned', 'withdrawn', 'join',
]);

function indexFields(node: FormField, path: string, pointer: string, out: Map<string, FieldInfo>): void {
  if (path) {
    const info: FieldInfo = { type: node.type === 'string' && (node.format === 'date' || node.format === 'date-time') ? 'date' : node.type, pointer };
    if ('format' in node && node.format) info.format = node.format;
    if ('enum' in node && node.enum) info.enum = node.enum;
    out.set(path, info);
  }
  if (node.type === 'object') {
    for (const [name, child] of Object.entries((node as FormObject).properties ?? {})) {
      indexFields(child, path ? `${path}.${name}` : name, joinPointer(pointer, 'properties', name), out);
    }
  } else if (node.type === 'array' && path) {
    // Array items are addressed with `*` (`children.*.name`), as the expression checker expects.
    indexFields(node.items, `${path}.*`, joinPointer(pointer, 'items'), out);
  }
}

function firstById<T extends { id: string }>(items: readonly T[] | undefined, pointer: string): Map<string, string> {
  const map = new Map<string, string>();
  (items ?? []).forEach((item, i) => {
    if (!map.has(item.id)) map.set(item.id, joinPointer(pointer, i));
  });
  return map;
}

/**
 * Indexes a schema-valid procedure once, so that every check looks names up in O(1).
 * Duplicates keep the first declaration; `checkUniqueIds` reports the others.
 */
export function indexProcedure(procedure: Procedure): ProcedureIndex {
  const fields = new Map<string, FieldInfo>();
  indexFields(procedure.form.data as FormField, '', '/form/data', fields);
  const steps = new Map<string, StepInfo>();
  const parallels = new Map<string, { group: Parallel; pointer: string }>();
  const actions: ProcedureIndex['actions'] = [];
  const addStep = (info: StepInfo) => {
    if (!steps.has(info.step.id)) steps.set(info.step.id, info);
    info.step.actions.forEach((action, i) => actions.push({ action, step: info, pointer: joinPointer(info.pointer, 'actions', i) }));
  };
  procedure.workflow.steps.forEach((node, i) => {
    const pointer = joinPointer('/workflow/steps', i);
    if (node.kind === 'parallel') {
      const group = node as Parallel;
      if (!parallels.has(group.id)) parallels.set(group.id, { group, pointer });
      group.branches.forEach((branch, b) => branch.steps.forEach((step, s) =>
        addStep({ step, pointer: joinPointer(pointer, 'branches', b, 'steps', s), parallel: group.id, branch: branch.id })));
    } else {
      addStep({ step: node as Step, pointer });
    }
  });
  return {
    fields,
    components: firstById(procedure.components, '/components'),
    roles: firstById(procedure.roles, '/roles'),
    agencies: firstById(procedure.agencies, '/agencies'),
    cases: firstById(procedure.cases, '/cases'),
    documents: firstById(procedure.legalDocuments, '/legalDocuments'),
    steps,
    parallels,
    actions,
  };
}
