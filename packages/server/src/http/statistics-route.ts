/**
 * `answerStatistics`: `GET /api/statistics?from=YYYY-MM-DD&to=YYYY-MM-DD&groupBy=procedure|agency` for a
 * signed-in officer, over the officer's own agency. Dates are Vietnam-local days, both included.
 */
import type { WorkingCalendar } from '@motcua/core';
import type { Identity } from '../auth/create-token-authenticator.js';
import { BadRequestError, ProcedureUnavailableError } from './http-errors.js';
import type { SqlClient } from '../store/sql-client.js';
import { computeStatistics } from '../statistics/compute-statistics.js';
import { jsonAnswer, type HttpAnswer } from './http-exchange.js';

const DAY_MS = 86_400_000;

/** The statistics response for `identity`'s agency. @throws BadRequestError for a malformed query. */
export async function answerStatistics(sql: SqlClient | undefined, identity: Identity, url: URL, now: Date, calendar?: WorkingCalendar): Promise<HttpAnswer> {
  if (sql === undefined) {
    throw new ProcedureUnavailableError('statistics-unavailable', { vi: 'Kho dữ liệu này không hỗ trợ thống kê.', en: 'This store cannot compute statistics.' });
  }
  const from = localDay(url.searchParams.get('from'), 'from');
  const to = localDay(url.searchParams.get('to'), 'to');
  const groupBy = url.searchParams.get('groupBy') ?? 'procedure';
  if ((groupBy !== 'procedure' && groupBy !== 'agency') || to < from) {
    throw new BadRequestError('invalid-query', {
      vi: 'groupBy phải là procedure hoặc agency, và to không được trước from.', en: 'groupBy must be procedure or agency, and to must not be before from.',
    });
  }
  const report = await computeStatistics({ sql }, {
    from: new Date(from), to: new Date(to + DAY_MS), groupBy, now, agencyCode: identity.agency, ...(calendar ? { calendar } : {}),
  });
  return jsonAnswer(200, report);
}

/** Epoch ms of 00:00 in Vietnam (UTC+7, no daylight saving) on a `YYYY-MM-DD` day. */
function localDay(value: string | null, name: string): number {
  const ms = value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00+07:00`) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new BadRequestError('invalid-query', { vi: `Tham số ${name} phải có dạng YYYY-MM-DD.`, en: `${name} must be a date written YYYY-MM-DD.` });
  }
  return ms;
}
