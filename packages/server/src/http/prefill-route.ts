/**
 * `answerPrefill`: `POST /api/prefill` with a citizen token and `{ procedure, field?, subjectValue? }`:
 * the registry values of the procedure's `prefill` rules the caller may see (see `resolvePrefill` for
 * whose records those are). Without `field`, the rules about the applicant; with `field`, that one rule,
 * whose subject's id — when it is not the applicant — is `subjectValue`. Never a word of registry data
 * to an unauthenticated caller (401).
 */
import { AuthenticationError } from '../auth/create-token-authenticator.js';
import type { ServiceContext } from './service-context.js';
import { NotFoundError, ProcedureUnavailableError } from './http-errors.js';
import { optionalString, readJson } from './read-request.js';
import { resolvePrefill } from '../prefill/resolve-prefill.js';
import { jsonAnswer, type HttpAnswer, type HttpRequest } from './http-exchange.js';

/** Answers `POST /api/prefill`. @throws AuthenticationError without a citizen token. */
export async function answerPrefill(context: ServiceContext, request: HttpRequest): Promise<HttpAnswer> {
  const citizen = context.authenticateCitizen ? await context.authenticateCitizen(request) : null;
  if (citizen === null) throw new AuthenticationError('Sign in as a citizen first');
  if (context.population === undefined) {
    throw new ProcedureUnavailableError('registry-unavailable', { vi: 'Máy chủ này chưa kết nối cơ sở dữ liệu dân cư.', en: 'This server is not connected to a population registry.' });
  }
  const body = await readJson(request);
  const reference = optionalString(body, 'procedure');
  const entry = reference === undefined ? undefined : context.catalogue.resolve(reference);
  if (!entry) throw new NotFoundError('procedure-not-found', { vi: 'Không có thủ tục này.', en: 'No such procedure.' });
  const field = optionalString(body, 'field');
  const subjectValue = optionalString(body, 'subjectValue');
  const rules = entry.procedure.prefill ?? [];
  if (field !== undefined && !rules.some((rule) => rule.field === field)) {
    throw new NotFoundError('prefill-field-not-found', {
      vi: `Trường "${field}" của thủ tục ${entry.key} không được điền sẵn.`, en: `Field "${field}" of ${entry.key} has no prefill rule.`,
    });
  }
  const resolved = await resolvePrefill({
    procedure: field === undefined ? { ...entry.procedure, prefill: rules.filter((rule) => (rule.subject ?? 'applicant') === 'applicant') } : entry.procedure,
    registry: context.population, callerId: citizen.citizenId, subjectValueOf: () => subjectValue,
    ...(field !== undefined ? { field } : {}),
  });
  const values = Object.fromEntries(resolved.map(({ rule, value }) => [rule.field, value]));
  return jsonAnswer(200, { values, source: 'population' }, { 'cache-control': 'no-store' });
}
