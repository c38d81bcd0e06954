/**
 * The overview screens of the procedure form: the GOV.UK task list (a section per question page with its
 * status), the check-answers summary list with "Change" links, and the receipt — "Giấy tiếp nhận hồ sơ
 * và hẹn trả kết quả", form 01 of the one-stop rules (Circular 01/2018/TT-VPCP Art. 9, kept by Circular
 * 03/2025/TT-VPCP): dossier code, what was received, the appointment date.
 */
import type { ExpressionEnvironment, Procedure } from '@motcua/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDueDate } from '../../internal/format-due-date.js';
import { formatVnd } from '../../internal/format-money.js';
import { localized } from '../../internal/localized-text.js';
import { commonMsg, type Lang } from '../../internal/localize.js';
import { isRecord, schemaAt, widgetOf, type FormPage, type LayoutField } from './form-model.js';
import { itemFields, listSchemaOf } from './form-list.js';
import { optionsOf } from './render-field.js';
import * as m from './procedure-form.messages.js';
import { msg as t } from './procedure-form.messages.js';

/** A section's progress on the task list. */
export type TaskStatus = 'not-started' | 'in-progress' | 'completed';

/** The task list: each visible page, its status, a link that opens it. */
export function renderTaskList(pages: readonly { page: FormPage; status: TaskStatus }[], lang: Lang, open: (page: FormPage) => void): TemplateResult {
  return html`
    <p>${t(m.tasksIntro, lang)}</p>
    <ul class="task-list" part="task-list">
      ${pages.map(({ page, status }) => html`<li class="task" data-task=${page.id}>
        <a href="#page-${page.id}" id="task-${page.id}" aria-describedby="task-${page.id}-status"
          @click=${(event: Event) => { event.preventDefault(); open(page); }}>${localized(page.title, lang)}</a>
        <strong id="task-${page.id}-status" class="tag task-status task-status--${status}" data-status=${status}>${t(m.taskStatus[status], lang)}</strong>
      </li>`)}
    </ul>
  `;
}

/** What the check-answers page shows of each page. */
export interface CheckAnswersView {
  readonly procedure: Procedure;
  readonly pages: readonly { page: FormPage; fields: readonly LayoutField[] }[];
  readonly read: (path: string) => unknown;
  /** What the conditions see: which questions inside list items are shown. */
  readonly env: ExpressionEnvironment;
  readonly unitName: (code: string) => string;
  readonly documents: readonly { title: string; file: string }[];
  readonly lang: Lang;
  readonly change: (page: FormPage) => void;
}

/** The summary list of every answer, grouped by page, each group with its "Change" link. */
export function renderCheckAnswers(view: CheckAnswersView): TemplateResult {
  const { lang } = view;
  return html`
    ${view.pages.map(({ page, fields }) => html`<section class="check-section" data-check-page=${page.id} aria-labelledby="check-${page.id}">
      <div class="check-heading">
        <h3 id="check-${page.id}">${localized(page.title, lang)}</h3>
        <a href="#page-${page.id}" class="change-link" data-change=${page.id} @click=${(event: Event) => { event.preventDefault(); view.change(page); }}>
          ${t(m.change, lang)}<span class="visually-hidden"> ${localized(page.title, lang)}</span></a>
      </div>
      <dl>${fields.map((field) => html`<div data-answer=${field.field}><dt>${localized(field.label, lang)}</dt><dd>${answerText(view, field)}</dd></div>`)}</dl>
    </section>`)}
    <section class="check-section" aria-labelledby="check-documents">
      <h3 id="check-documents">${t(m.documentsTitle, lang)}</h3>
      ${view.documents.length === 0 ? html`<p>${t(m.noDocuments, lang)}</p>`
        : html`<dl>${view.documents.map((doc) => html`<div><dt>${doc.title}</dt><dd>${doc.file}</dd></div>`)}</dl>`}
    </section>
  `;
}

/** An answer as text: option labels, yes/no, dates as dd/mm/yyyy, addresses with the unit's name, list items one by one. */
function answerText(view: CheckAnswersView, field: LayoutField): string | TemplateResult {
  const { lang } = view;
  const value = view.read(field.field);
  const schema = schemaAt(view.procedure.form, field.field);
  const widget = widgetOf(field, schema);
  const list = listSchemaOf(view.procedure.form, field);
  const choice = (chosen: unknown) => optionsOf({ field, schema, lang }).find((option) => String(option.value) === String(chosen))?.label ?? String(chosen);
  if (value === undefined || value === null || value === '') return t(m.notAnswered, lang);
  if (list && Array.isArray(value)) {
    // One line per item: "Họ, chữ đệm và tên: …; Số định danh cá nhân: …" (a list of scalars: the value alone).
    return html`<ol class="answer-list">${value.map((_, index) => html`<li>${itemFields(field, list, index, view.env).map((item) =>
      (item.field.endsWith(`.${index}`) ? '' : `${localized(item.label, lang)}: `) + String(answerText(view, item))).join('; ')}</li>`)}</ol>`;
  }
  if (Array.isArray(value)) return value.map(choice).join(', ');
  if (typeof value === 'boolean') return t(value ? m.yes : m.no, lang);
  if (widget === 'select' || widget === 'radio') return choice(value);
  if (widget === 'date' && typeof value === 'string') return value.split('-').reverse().join('/');
  if (isRecord(value)) {
    const unit = typeof value['unitCode'] === 'string' ? view.unitName(value['unitCode']) : '';
    return [typeof value['line'] === 'string' ? value['line'] : '', unit].filter(Boolean).join(', ') || t(m.notAnswered, lang);
  }
  return String(value);
}

/** What the receipt shows. */
export interface ReceiptView {
  readonly procedureTitle: string;
  readonly code: string;
  readonly accessToken: string;
  readonly dueAt: string | null;
  /** `dueAt` is the form's estimate, not the agency's appointment (an online dossier not yet received). */
  readonly dueEstimated: boolean;
  readonly components: readonly string[];
  readonly feesTotal: number | null;
  readonly lang: Lang;
}

/** The receipt with a Print button (print CSS hides everything else). */
export function renderReceipt(view: ReceiptView): TemplateResult {
  const { lang } = view;
  const due = view.dueAt ? formatDueDate(view.dueAt, lang) : null;
  return html`
    <section class="receipt" part="receipt" aria-labelledby="receipt-title" data-receipt>
      <h2 id="receipt-title" tabindex="-1">${t(m.receiptTitle, lang)}</h2>
      <p role="status">${t(m.receiptIntro, lang)}</p>
      <dl>
        <div><dt>${t(m.receiptProcedure, lang)}</dt><dd>${view.procedureTitle}</dd></div>
        <div><dt>${t(m.receiptCode, lang)}</dt><dd data-receipt-code>${view.code}</dd></div>
        <div><dt>${t(m.receiptToken, lang)}</dt><dd><code data-receipt-token>${view.accessToken}</code><p class="hint">${t(m.receiptTokenNote, lang)}</p></dd></div>
        <div><dt>${t(m.receiptComponents, lang)}</dt><dd>${view.components.length
          ? html`<ul data-receipt-components>${view.components.map((title) => html`<li>${title}</li>`)}</ul>` : t(m.noDocuments, lang)}</dd></div>
        <div><dt>${t(m.receiptDue, lang)}</dt><dd data-receipt-due>${due ? (view.dueEstimated ? t(m.receiptDueEstimate, lang, { date: due }) : due) : commonMsg('not-set', lang)}</dd></div>
        ${view.feesTotal === null ? nothing : html`<div><dt>${t(m.receiptFees, lang)}</dt><dd data-receipt-fees>${formatVnd(view.feesTotal, lang)}</dd></div>`}
      </dl>
      <button type="button" class="button--secondary no-print" part="print" @click=${() => window.print()}>${t(m.print, lang)}</button>
    </section>
  `;
}

