/**
 * The bodies of the two tables: the process-control slip (one row per handover, from the dossier's history)
 * and the tracking book (one row per dossier). Circular 01/2018/TT-VPCP Art. 9, Mẫu 05 and 06; in Circular
 * 03/2025/TT-VPCP Phụ lục I they are Mẫu 06 and 07 (the heading prints the number of `input.form`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  agencyName, procedureName, readApplicant, roleTitle, stepRole, type OfficialFormDossier, type OfficialFormHistoryEntry,
  type OfficialFormProcedure,
} from './official-form-data.js';
import { BLANK, renderHeading, vi, type OfficialFormInput } from './official-form-parts.js';
import { formatVnDate, formatVnDateTime, vnDayNumber } from './vn-dates.js';

/** How a handover stood against the due date then in force. */
export type HandoverResult = 'early' | 'on-time' | 'late';

/**
 * The process-control slip (Mẫu 05 of 2018, Mẫu 06 of 2025). Decree 61/2018 Art. 19(5): each handover
 * between units is logged, with its time and whether it was early, on time or late. The submission is not a
 * handover (the applicant is not a unit).
 */
export function renderProcessControl(dossier: OfficialFormDossier, input: OfficialFormInput): TemplateResult {
  const history = dossier.history ?? [];
  const rows = history.flatMap((entry, index) => (entry.type === 'SUBMIT' ? [] : [{ entry, due: history[index - 1]?.dueAt ?? entry.dueAt ?? null }]));
  return html`
    ${renderHeading(input, dossier.code)}
    <p class="line" data-field="applicant">${vi('05.attached', { name: readApplicant(dossier).name || BLANK })}</p>
    <p class="line" data-field="lead">${vi('05.lead', { agency: agencyName(input.agency) || BLANK })}</p>
    <table part="table" class="table" aria-labelledby="form-title">
      <thead>
        <tr>
          <th scope="col">${vi('05.col.agency')}</th><th scope="col">${vi('05.col.time')}</th>
          <th scope="col">${vi('05.col.result')}</th><th scope="col">${vi('05.col.note')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.length
          ? rows.map(({ entry, due }, index) => renderHandover(entry, due, index + 1, input.procedure))
          : html`<tr><td colspan="4">${vi('05.empty')}</td></tr>`}
      </tbody>
    </table>
  `;
}

function renderHandover(entry: OfficialFormHistoryEntry, due: string | null, n: number, procedure: OfficialFormProcedure | null): TemplateResult {
  const to = roleTitle(procedure, stepRole(procedure, entry.state)) || entry.title?.vi || '';
  const result = handoverResult(entry.at, due);
  return html`
    <tr data-row="handover">
      <td><p>${vi('05.give', { n, from: roleTitle(procedure, entry.actorRole) || BLANK })}</p><p>${vi('05.take', { to: to || BLANK })}</p></td>
      <td><p data-field="time">${formatVnDateTime(entry.at)}</p><p>${vi('05.giver', { who: entry.actorId ?? BLANK })}</p><p>${vi('05.taker')}</p></td>
      <td data-field="result">${result ? vi(`result.${result}`) : ''}</td>
      <td>${entry.title?.vi ?? entry.type}${entry.reason ? html`<br />${vi('reason')} ${entry.reason}` : nothing}</td>
    </tr>
  `;
}

/** Early before the due day, on time on it, late after it (Vietnam calendar days); null without a due date. */
export function handoverResult(at: string, due: string | null): HandoverResult | null {
  const day = vnDayNumber(at);
  const dueDay = vnDayNumber(due);
  if (day === null || dueDay === null) return null;
  if (new Date(at).getTime() > new Date(due!).getTime()) return 'late';
  return day < dueDay ? 'early' : 'on-time';
}

/**
 * The tracking book (Mẫu 06 of 2018, Mẫu 07 of 2025). Circular 01/2018 Art. 10: the book is kept in the
 * one-stop system; TTHC data comes from the national database, the rest is filled by officers. One row per
 * dossier, entries numbered from 01.
 */
export function renderTrackingBook(dossiers: readonly OfficialFormDossier[], input: OfficialFormInput): TemplateResult {
  return html`
    ${renderHeading(input, null)}
    <table part="table" class="table table--book" aria-labelledby="form-title">
      <thead>
        <tr>
          ${(['no', 'code', 'procedure', 'sets', 'applicant', 'contact', 'agency'] as const).map((key) => html`<th scope="col" rowspan="2">${vi(`06.col.${key}`)}</th>`)}
          <th scope="colgroup" colspan="5">${vi('06.col.dates')}</th>
          <th scope="col" rowspan="2">${vi('06.col.signature')}</th><th scope="col" rowspan="2">${vi('06.col.note')}</th>
        </tr>
        <tr>${(['received', 'due', 'sent', 'result', 'returned'] as const).map((key) => html`<th scope="col">${vi(`06.col.${key}`)}</th>`)}</tr>
      </thead>
      <tbody>
        ${dossiers.length
          ? dossiers.map((dossier, index) => renderBookRow(dossier, index + 1, input))
          : html`<tr><td colspan="14">${vi('06.empty')}</td></tr>`}
      </tbody>
    </table>
  `;
}

function renderBookRow(dossier: OfficialFormDossier, n: number, input: OfficialFormInput): TemplateResult {
  const applicant = readApplicant(dossier);
  const history = dossier.history ?? [];
  const firstAt = (status: number) => history.find((entry) => entry.status === status)?.at ?? null;
  const procedure = input.procedure?.code && dossier.procedure?.startsWith(`${input.procedure.code}@`) ? input.procedure : null;
  return html`
    <tr data-row="dossier">
      <td>${String(n).padStart(2, '0')}</td>
      <td data-field="code">${dossier.code}</td>
      <td data-field="procedure">${procedureName(dossier, procedure)}</td>
      <td>01</td>
      <td data-field="applicant">${applicant.name}</td>
      <td>${[applicant.address, applicant.phone].filter(Boolean).join(', ')}</td>
      <td>${agencyName(input.agency)}</td>
      <td data-field="received">${formatVnDate(dossier.receivedAt ?? dossier.submittedAt)}</td>
      <td data-field="due">${formatVnDate(dossier.dueAt)}</td>
      <td>${formatVnDate(firstAt(4))}</td>
      <td>${formatVnDate(firstAt(9))}</td>
      <td>${formatVnDate(firstAt(10))}</td>
      <td></td>
      <td></td>
    </tr>
  `;
}
