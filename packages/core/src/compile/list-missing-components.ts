/**
 * `listMissingComponents`: which dossier components (thành phần hồ sơ) a dossier still lacks, and which
 * are not asked for at all because a national database already holds them.
 *
 * A component is needed when it applies to the dossier's case and is `required`, or its `requiredWhen`
 * holds. A needed component is waived when it has a `waived` rule whose `when` holds or is absent
 * (Decree 104/2022: what the national databases hold is not asked for again); the applicant is told why.
 * Components sharing an `alternativeGroup` are alternatives: one of them suffices.
 */
import type { ExpressionEnvironment } from '../expression/index.js';
import type { Component, Procedure } from '../generated/procedure.types.js';
import type { Message } from '../types.js';
import { holds } from './dossier-environment.js';
import type { MissingComponent, WaivedComponent } from './types.js';

/** The components a dossier still needs, and those waived with their reason. */
export interface ComponentReport {
  readonly missing: readonly MissingComponent[];
  readonly waived: readonly WaivedComponent[];
}

function isNeeded(component: Component, env: ExpressionEnvironment, caseId: string | null): boolean {
  if (component.cases && (caseId === null || !component.cases.includes(caseId))) return false;
  return component.required || holds(component.requiredWhen, env);
}

function isWaived(component: Component, env: ExpressionEnvironment): boolean {
  const waiver = component.waived;
  return waiver !== undefined && (waiver.when === undefined || holds(waiver.when, env));
}

function groupTitle(members: readonly Component[]): Message {
  return {
    vi: `một trong: ${members.map((m) => m.title.vi).join('; ')}`,
    en: `one of: ${members.map((m) => m.title.en).join('; ')}`,
  };
}

/**
 * Lists the needed components not yet provided, honouring waivers and alternative groups.
 *
 * @param env the dossier's expression environment (see `dossierEnvironment`); `$case` in it picks the case.
 * @param provided the component ids provided so far.
 * @example
 * listMissingComponents(procedure, env, ['to-khai']).missing.map((c) => c.id) // ['bang-chung-viec-sinh', …]
 */
export function listMissingComponents(procedure: Procedure, env: ExpressionEnvironment, provided: readonly string[]): ComponentReport {
  const caseId = (env.context?.case ?? null) as string | null;
  const missing: MissingComponent[] = [];
  const waived: WaivedComponent[] = [];
  // Alternative groups: satisfied when any needed member is provided or waived.
  const groups = new Map<string, { members: Component[]; satisfied: boolean; index: number }>();
  for (const component of procedure.components) {
    if (!isNeeded(component, env, caseId)) continue;
    const waiver = isWaived(component, env) ? component.waived : undefined;
    if (waiver) {
      waived.push({ id: component.id, title: component.title, source: waiver.source, reason: waiver.reason });
    }
    const satisfied = waiver !== undefined || provided.includes(component.id);
    const groupId = component.alternativeGroup;
    if (groupId === undefined) {
      if (!satisfied) missing.push({ id: component.id, title: component.title });
      continue;
    }
    let group = groups.get(groupId);
    if (!group) {
      group = { members: [], satisfied: false, index: missing.length };
      groups.set(groupId, group);
      missing.push({ id: groupId, title: component.title }); // placeholder, kept in declaration order
    }
    group.members.push(component);
    group.satisfied ||= satisfied;
  }
  // Replace placeholders from last to first so indices stay valid while removing satisfied groups.
  const entries = [...groups.entries()].sort((a, b) => b[1].index - a[1].index);
  for (const [groupId, group] of entries) {
    if (group.satisfied) {
      missing.splice(group.index, 1);
    } else {
      missing[group.index] = {
        id: groupId,
        title: groupTitle(group.members),
        alternatives: group.members.map((m) => ({ id: m.id, title: m.title })),
      };
    }
  }
  return { missing, waived };
}
