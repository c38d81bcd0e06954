/**
 * Prefill from national databases (Decree 104/2022/NĐ-CP; Law on Identification 2023 Art. 10: data the
 * State already holds is reused, not asked again). A procedure's `prefill[]` rules name the field, the
 * source and whose record: `applicant` (the signed-in citizen, from the `applicant` property) or the
 * personal ID number held in another field (e.g. `mother.citizenId`), looked up once that field holds a
 * plausible number. The page supplies the lookup as `prefillProvider`; the element only asks and shows.
 */
import { checkCitizenId } from '@motcua/core';
import { readPath, type FormAnswers, type PrefillRule } from './form-model.js';

/** What the element asks the page's prefill provider. */
export interface PrefillRequest {
  /** `<code>@<version>`. */
  readonly procedure: string;
  readonly field: string;
  readonly source: PrefillRule['source'];
  readonly attribute: string;
  /** `applicant` or the path of the field holding the subject's personal ID number. */
  readonly subject: string;
  /** The applicant's record (`applicant` property) or the ID number in the subject field. */
  readonly subjectValue: unknown;
}

/** Looks a value up in a national database; undefined when there is none. */
export type PrefillProvider = (request: PrefillRequest) => Promise<unknown>;

/** The applicant as the portal knows them after sign-in (VNeID). */
export interface ApplicantIdentity {
  readonly citizenId?: string;
  readonly [key: string]: unknown;
}

/** The subject of a rule; `applicant` when the rule names none. */
export function subjectOf(rule: PrefillRule): string {
  return rule.subject ?? 'applicant';
}

/**
 * The requests to make now: for `applicant` rules when there is an applicant, for field subjects when
 * the field holds a structurally valid ID number (`changed`, when given, limits to rules on that field).
 */
export function prefillRequests(procedureKey: string, rules: readonly PrefillRule[], data: FormAnswers, applicant: ApplicantIdentity | null, changed?: string): PrefillRequest[] {
  return rules.flatMap((rule): PrefillRequest[] => {
    const subject = subjectOf(rule);
    if (changed !== undefined && subject !== changed) return [];
    const subjectValue = subject === 'applicant' ? applicant : readPath(data, subject);
    const usable = subject === 'applicant' ? applicant !== null : typeof subjectValue === 'string' && checkCitizenId(subjectValue) === null;
    if (!usable) return [];
    return [{ procedure: procedureKey, field: rule.field, source: rule.source, attribute: rule.attribute, subject, subjectValue }];
  });
}
