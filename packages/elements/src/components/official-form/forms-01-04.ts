/**
 * The bodies of the per-dossier notices: 01 receipt and appointment, 02 supplement request, 03 refusal,
 * 04 apology (Circular 01/2018/TT-VPCP Art. 9, Mẫu 01–04, and Circular 03/2025/TT-VPCP Phụ lục I, Mẫu
 * 01–04, where 04 is renamed "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết"). The renderers do
 * not know their number: the heading prints what `input.form` says (see `official-form-editions.ts`).
 */
import { html, type TemplateResult } from 'lit';
import {
  agencyName, componentTitle, procedureName, readApplicant, termWords, type OfficialFormDossier, type OfficialFormHistoryEntry,
} from './official-form-data.js';
import { BLANK, renderHeading, renderLine, renderSignatures, vi, type OfficialFormInput } from './official-form-parts.js';
import { formatVnDate, formatVnDateTime } from './vn-dates.js';

/**
 * Mẫu 01. Decree 61/2018 Art. 17(1): a complete dossier is received with this receipt; Art. 17(3): the
 * dossier code is printed on it so the applicant can look the dossier up.
 */
export function renderReceipt(dossier: OfficialFormDossier, input: OfficialFormInput): TemplateResult {
  const agency = agencyName(input.agency);
  const components = [...new Set((dossier.documents ?? []).map((document) => document.component))];
  return html`
    ${renderHeading(input, dossier.code)}
    <p class="line">${vi('received-from', { agency: agency || BLANK })} <span data-field="applicant">${readApplicant(dossier).name || BLANK}</span></p>
    ${renderContact(dossier)}
    ${renderLine(vi('request'), procedureName(dossier, input.procedure), 'request')}
    <p class="line">${vi('01.components')}</p>
    <ol class="items" data-field="components">
      ${components.length ? components.map((id) => html`<li>${componentTitle(input.procedure, id)}</li>`) : html`<li>${BLANK}</li>`}
    </ol>
    <p class="line" data-field="sets">${vi('01.sets', { count: '01' })}</p>
    <p class="line" data-field="term">${vi('01.term', { term: termWords(input.procedure) || BLANK })}</p>
    <p class="line" data-field="received">${vi('01.received', { time: formatVnDateTime(dossier.receivedAt ?? dossier.submittedAt) || BLANK })}</p>
    <p class="line" data-field="due">${vi('01.return', { time: formatVnDateTime(dossier.dueAt) || BLANK })}</p>
    <p class="line" data-field="where">${vi('01.where', { where: agency ? `${vi('where.one-stop')}, ${agency}` : vi('where.one-stop') })}</p>
    <p class="line">${vi('01.book')}</p>
    ${renderSignatures([['sign.applicant', 'sign.note'], ['sign.receiver', 'sign.note']])}
  `;
}

/**
 * Mẫu 02. Decree 61/2018 Art. 15(3): the request guides the applicant once, completely — every missing
 * component in one list; Art. 19(4): sent within 3 working days of receipt.
 */
export function renderSupplementRequest(dossier: OfficialFormDossier, input: OfficialFormInput): TemplateResult {
  const request = dossier.request?.kind === 'supplement' || dossier.request?.components ? dossier.request : null;
  const components = request?.components ?? [];
  const phone = input.agency?.phone ? `, số điện thoại ${input.agency.phone}` : '';
  return html`
    ${renderHeading(input, dossier.code)}
    ${renderLine(vi('dossier-of'), readApplicant(dossier).name, 'applicant')}
    ${renderContact(dossier)}
    ${renderLine(vi('request'), procedureName(dossier, input.procedure), 'request')}
    <p class="line">${vi('02.intro')}</p>
    <ol class="items" data-field="components">
      ${components.length ? components.map((id) => html`<li>${componentTitle(input.procedure, id)}</li>`) : html`<li>${BLANK}</li>`}
    </ol>
    ${renderLine(vi('reason'), request?.reason ?? '', 'reason')}
    <p class="line">${vi('02.contact', { agency: agencyName(input.agency) || BLANK, phone })}</p>
    ${renderSignatures([['sign.guide', 'sign.note']])}
  `;
}

/** Mẫu 03. Decree 61/2018 Art. 17(1) (refused at reception) and Art. 19(8) (refused after appraisal): the reason is stated. */
export function renderRefusal(dossier: OfficialFormDossier, input: OfficialFormInput): TemplateResult {
  const history = dossier.history ?? [];
  const refusal = findLast(history, (entry) => entry.state === 'refused' && !!entry.reason) ?? findLast(history, (entry) => !!entry.reason);
  const agency = agencyName(input.agency) || BLANK;
  return html`
    ${renderHeading(input, dossier.code)}
    <p class="line">${vi('received-from', { agency })} <span data-field="applicant">${readApplicant(dossier).name || BLANK}</span></p>
    ${renderContact(dossier)}
    ${renderLine(vi('request'), procedureName(dossier, input.procedure), 'request')}
    <p class="line">${vi('03.intro', { agency })}</p>
    <p class="reason" data-field="reason">${refusal?.reason ?? dossier.request?.reason ?? BLANK}</p>
    <p class="line">${vi('03.closing')}</p>
    ${renderSignatures([['sign.receiver', 'sign.note']])}
  `;
}

/** Which wording of Mẫu 04: the 2018 "Phiếu xin lỗi và hẹn lại ngày trả kết quả" or the 2025 letter. */
export type ApologyWording = '2018' | '2025';

/**
 * Mẫu 04. Decree 61/2018 Art. 19(9): at least a day before the due date the applicant gets an apology
 * with the reason and the new date; the date may be re-set only once, so the last EXTEND event is the one.
 * The 2025 letter (Circular 03/2025/TT-VPCP Phụ lục I, Mẫu 04 "Văn bản xin lỗi và đề nghị gia hạn thời gian
 * giải quyết") apologises and asks for the extension to the new date instead of appointing it; its exact
 * wording is UNCONFIRMED (the annex itself was not read, see docs/official-forms.md).
 */
export function renderApology(dossier: OfficialFormDossier, input: OfficialFormInput, wording: ApologyWording = '2018'): TemplateResult {
  const history = dossier.history ?? [];
  const index = findLastIndex(history, (entry) => entry.type === 'EXTEND');
  const extension = index >= 0 ? history[index]! : null;
  const before = index > 0 ? history[index - 1]!.dueAt : null;
  const oldDue = extension ? before : dossier.dueAt;
  const newDue = extension ? (extension.dueAt ?? dossier.dueAt) : null;
  const agency = agencyName(input.agency) || BLANK;
  const applicant = readApplicant(dossier).name || BLANK;
  return html`
    ${renderHeading(input, null)}
    <p class="line" data-field="to">${vi('04.to', { name: applicant })}</p>
    <p class="line" data-field="received">${vi('04.received', { date: formatVnDate(dossier.receivedAt ?? dossier.submittedAt) || BLANK, agency, code: dossier.code })}</p>
    ${renderLine(vi('request'), procedureName(dossier, input.procedure), 'request')}
    <p class="line" data-field="old-due">${vi('04.old-due', { date: formatVnDateTime(oldDue) || BLANK })}</p>
    <p class="line">${vi(`04.delay.${wording}`, { agency })}</p>
    <p class="reason" data-field="reason">${extension?.reason || BLANK}</p>
    <p class="line" data-field="new-due">${vi(`04.apology.${wording}`, { agency, time: formatVnDateTime(newDue) || BLANK })}</p>
    <p class="line">${vi('04.thanks')}</p>
    ${renderSignatures([['sign.head', 'sign.head-note']])}
  `;
}

function renderContact(dossier: OfficialFormDossier): TemplateResult {
  const applicant = readApplicant(dossier);
  return html`
    ${renderLine(vi('address'), applicant.address, 'address')}
    <p class="line line--pair">
      <span><span class="label">${vi('phone')}</span> <span data-field="phone">${applicant.phone || BLANK}</span></span>
      <span><span class="label">${vi('email')}</span> <span data-field="email">${applicant.email || BLANK}</span></span>
    </p>
  `;
}

function findLastIndex(history: readonly OfficialFormHistoryEntry[], test: (entry: OfficialFormHistoryEntry) => boolean): number {
  for (let index = history.length - 1; index >= 0; index -= 1) if (test(history[index]!)) return index;
  return -1;
}

function findLast(history: readonly OfficialFormHistoryEntry[], test: (entry: OfficialFormHistoryEntry) => boolean): OfficialFormHistoryEntry | undefined {
  const index = findLastIndex(history, test);
  return index >= 0 ? history[index] : undefined;
}
