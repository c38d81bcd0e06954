/**
 * Mẫu 05 of Circular 03/2025/TT-VPCP Phụ lục I, "Thông báo dừng giải quyết hồ sơ" — new in 2025, with no
 * counterpart in Circular 01/2018. The title and its place in the set are from the annex's list as
 * published (https://thuviennhadat.vn/phap-luat/tai-file-word-bieu-mau-thong-tu-03-2025-tt-vpcp-ve-giai-quyet-thu-tuc-hanh-chinh-tai-bo-phan-mot-cua-708489.html);
 * it is used once the request to stop has been considered ("quyết định dừng sau khi xem xét đề nghị", a
 * design report on a GitHub file, repository not identified; domain.md §1.4). The annex itself was not
 * read: the field wording below is UNCONFIRMED, built from what the notice must say — the dossier, the
 * applicant, the procedure, when the request to stop came in, the decision to stop and its reason, and the
 * competent person's signature.
 *
 * In the engine the applicant's request to stop is the WITHDRAW event (status 7, state `withdrawn`); an
 * officer's action may also end a dossier in `stopped` (status 8). Both end processing at once, so the
 * decision is the event that left the dossier withdrawn or stopped.
 */
import { html, type TemplateResult } from 'lit';
import {
  agencyName, procedureName, readApplicant, type OfficialFormDossier, type OfficialFormHistoryEntry,
} from './official-form-data.js';
import { BLANK, renderHeading, renderLine, renderSignatures, vi, type OfficialFormInput } from './official-form-parts.js';
import { formatVnDate, formatVnDateTime } from './vn-dates.js';

/** The states (and status codes, domain.md §3.1) in which processing has stopped: withdrawn 7, stopped 8. */
const STOPPED_STATES: ReadonlySet<string> = new Set(['withdrawn', 'stopped']);
const STOPPED_STATUSES: ReadonlySet<number> = new Set([7, 8]);

/** Whether `entry` (or a dossier) is in a stopped state: withdrawn (7) or stopped (8). */
export function isStopped(entry: Pick<OfficialFormHistoryEntry, 'state' | 'status'>): boolean {
  return (!!entry.state && STOPPED_STATES.has(entry.state)) || (typeof entry.status === 'number' && STOPPED_STATUSES.has(entry.status));
}

/** The request to stop (the last WITHDRAW) and the decision (the last event into withdrawn / stopped). */
export function readStop(dossier: OfficialFormDossier): { request: OfficialFormHistoryEntry | null; decision: OfficialFormHistoryEntry | null } {
  const history = dossier.history ?? [];
  const last = (test: (entry: OfficialFormHistoryEntry) => boolean) => [...history].reverse().find(test) ?? null;
  return { request: last((entry) => entry.type === 'WITHDRAW'), decision: last(isStopped) };
}

/** Mẫu 05 (2025): the notice that processing of the dossier has stopped. */
export function renderStopNotice(dossier: OfficialFormDossier, input: OfficialFormInput): TemplateResult {
  const { request, decision } = readStop(dossier);
  const agency = agencyName(input.agency) || BLANK;
  const applicant = readApplicant(dossier).name || BLANK;
  const reason = decision?.reason || request?.reason || (request ? vi('stop.on-request') : '');
  return html`
    ${renderHeading(input, dossier.code)}
    <p class="line" data-field="to">${vi('04.to', { name: applicant })}</p>
    ${renderLine(vi('address'), readApplicant(dossier).address, 'address')}
    ${renderLine(vi('request'), procedureName(dossier, input.procedure), 'request')}
    <p class="line" data-field="received">${vi('stop.received', { date: formatVnDate(dossier.receivedAt ?? dossier.submittedAt) || BLANK, agency })}</p>
    <p class="line" data-field="requested">${vi('stop.requested', { time: formatVnDateTime(request?.at) || BLANK })}</p>
    <p class="line" data-field="decision">${vi('stop.decision', { agency, time: formatVnDateTime(decision?.at) || BLANK })}</p>
    ${renderLine(vi('reason'), reason, 'reason')}
    <p class="line">${vi('stop.documents')}</p>
    <p class="line">${vi('03.closing')}</p>
    ${renderSignatures([['sign.competent', 'sign.head-note']])}
  `;
}
