/**
 * `resolvePrefill`: the values a procedure's `prefill` rules take from the population registry for a
 * signed-in citizen, and `applyPrefill`, which puts them into submitted form data on the server.
 *
 * Who may read whose record: the applicant's own, always; another subject's (e.g. `mother.citizenId`) only
 * when that person lives in the caller's household per the registry. This stands in for the real rule —
 * Decree 104/2022/NĐ-CP and Decree 13/2023/NĐ-CP on personal data: the registry is read with the data
 * subject's consent or a legal basis — which a production deployment enforces at the registry gateway.
 */
import type { Procedure } from '@motcua/core';
import type { PopulationRegistry, RegistryPerson } from '../adapters/population-registry.js';

type PrefillRule = NonNullable<Procedure['prefill']>[number];

/** One rule with the value the registry gave for it. */
export interface ResolvedPrefill {
  readonly rule: PrefillRule;
  readonly value: unknown;
}

/** What {@link resolvePrefill} needs. */
export interface PrefillQuery {
  readonly procedure: Procedure;
  readonly registry: PopulationRegistry;
  /** The signed-in citizen's personal identification number. */
  readonly callerId: string;
  /** The personal id held at a subject path (`mother.citizenId`), or undefined. */
  readonly subjectValueOf: (subjectPath: string) => unknown;
  /** Only the rule for this field path. */
  readonly field?: string;
}

/** The rules of `query.procedure` the registry can answer for the caller, with their values. */
export async function resolvePrefill(query: PrefillQuery): Promise<ResolvedPrefill[]> {
  const people = new Map<string, Promise<RegistryPerson | null>>();
  const lookup = (id: string) => people.get(id) ?? people.set(id, query.registry.lookup(id)).get(id)!;
  const resolved: ResolvedPrefill[] = [];
  for (const rule of query.procedure.prefill ?? []) {
    // Only the population registry is connected; other sources (vneid, residence, …) are left to the form.
    if (rule.source !== 'population' || (query.field !== undefined && rule.field !== query.field)) continue;
    const person = await subjectOf(rule, query, lookup);
    const value = person === null ? undefined : readAttribute(person, rule.attribute);
    if (value !== undefined) resolved.push({ rule, value });
  }
  return resolved;
}

/**
 * `data` with the registry's values: a non-editable field always takes the registry's value (the browser
 * is never trusted with it); an editable one keeps what the applicant typed. Returns the paths that hold
 * registry data (`$prefilled.<path>`): non-editable ones, and editable ones left as the registry gave them.
 */
export function applyPrefill(data: Readonly<Record<string, unknown>>, resolved: readonly ResolvedPrefill[]): { data: Record<string, unknown>; prefilled: string[] } {
  let next: Record<string, unknown> = { ...data };
  const prefilled: string[] = [];
  for (const { rule, value } of resolved) {
    const current = readPath(next, rule.field);
    if (rule.editable === true && current !== undefined) {
      if (sameJson(current, value)) prefilled.push(rule.field);
      continue;
    }
    next = writePath(next, rule.field, value);
    prefilled.push(rule.field);
  }
  return { data: next, prefilled: [...new Set(prefilled)].sort() };
}

/** The value at a dot path of `data`, or undefined. */
export function readPath(data: unknown, path: string): unknown {
  let current = data;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object' || Array.isArray(current) || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

async function subjectOf(rule: PrefillRule, query: PrefillQuery, lookup: (id: string) => Promise<RegistryPerson | null>): Promise<RegistryPerson | null> {
  const subject = rule.subject ?? 'applicant';
  if (subject === 'applicant') return lookup(query.callerId);
  const id = query.subjectValueOf(subject);
  if (typeof id !== 'string' || !/^\d{12}$/.test(id)) return null;
  if (id === query.callerId) return lookup(id);
  const [caller, person] = await Promise.all([lookup(query.callerId), lookup(id)]);
  const shareHousehold = caller?.householdId !== undefined && caller.householdId === person?.householdId;
  return shareHousehold ? person : null;
}

/** A registry attribute in the shape the form holds it; undefined for one the registry does not have. */
function readAttribute(person: RegistryPerson, attribute: string): unknown {
  switch (attribute) {
    case 'fullName': case 'dateOfBirth': case 'sex': case 'ethnicity': case 'nationality': return person[attribute];
    case 'personalIdNumber': case 'citizenId': return person.citizenId;
    // A form address (`format: vn-address`) is the commune-level unit code plus the street line.
    case 'permanentAddress': return { unitCode: person.permanentAddress.communeCode, line: person.permanentAddress.line };
    default: return undefined;
  }
}

function writePath(data: Readonly<Record<string, unknown>>, path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  if (rest.length === 0) return { ...data, [head]: value };
  const child = data[head];
  const base = child !== null && typeof child === 'object' && !Array.isArray(child) ? (child as Record<string, unknown>) : {};
  return { ...data, [head]: writePath(base, rest.join('.'), value) };
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a as object).sort();
  const keysB = Object.keys(b as object).sort();
  return keysA.length === keysB.length && keysA.every((key, i) => key === keysB[i] && sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
