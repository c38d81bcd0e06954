/**
 * `checkRolesAndAgencies`: every officer action can be taken by someone — each role it names is one of
 * the procedure's `roles` — and every step is handled by one of its `agencies`.
 */
import { listSteps, type CompiledProcedure } from '../compile/index.js';
import { createFinding } from './create-finding.js';
import { nearest, type PathTree, type StateGraph } from './state-graph.js';
import type { Finding } from './types.js';

/** The path to the first state where `step` is open, or an empty path when none is reached. */
function witnessToStep(graph: StateGraph, tree: PathTree, step: string): string[] {
  return nearest(graph, tree, (s) => s.steps.includes(step))?.path ?? [];
}

/** Reports actions given to undeclared roles and steps placed in undeclared agencies. */
export function checkRolesAndAgencies(compiled: CompiledProcedure, graph: StateGraph, tree: PathTree): Finding[] {
  const { procedure } = compiled;
  const roles = new Set(procedure.roles.map((r) => r.id));
  const agencies = new Set(procedure.agencies.map((a) => a.id));
  const findings: Finding[] = [];
  for (const descriptor of compiled.events) {
    if (descriptor.step === undefined) continue;
    const unknown = descriptor.roles.filter((r) => !roles.has(r));
    if (unknown.length === 0) continue;
    const nobody = unknown.length === descriptor.roles.length;
    const list = unknown.map((r) => `"${r}"`).join(', ');
    findings.push(createFinding('verify.action-without-role', 'error', {
      vi: `Thao tác ${descriptor.type} giao cho vai trò ${list}, không có trong "roles"${nobody ? ': không cán bộ nào làm được thao tác này' : ''}.`,
      en: `Action ${descriptor.type} is given to role ${list}, which "roles" does not declare${nobody ? ': no officer can take it' : ''}.`,
    }, witnessToStep(graph, tree, descriptor.step), { states: [descriptor.step] }));
  }
  for (const step of listSteps(procedure)) {
    if (agencies.has(step.agency)) continue;
    const actions = step.actions.map((a) => `${step.id}.${a.id}`).join(', ');
    findings.push(createFinding('verify.action-without-agency', 'error', {
      vi: `Bước "${step.id}" thuộc cơ quan "${step.agency}", không có trong "agencies", nên các thao tác ${actions} không có cơ quan giải quyết.`,
      en: `Step "${step.id}" belongs to agency "${step.agency}", which "agencies" does not declare, so its actions ${actions} have no agency.`,
    }, witnessToStep(graph, tree, step.id), { states: [step.id] }));
  }
  return findings;
}
