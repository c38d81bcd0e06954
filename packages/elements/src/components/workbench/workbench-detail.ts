/**
 * The read-only parts of a dossier's detail: the summary, the applicant's answers labelled from the
 * procedure's layout, the documents (download links) and the history as a timeline.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDueDate } from '../../internal/format-due-date.js';
import type { Lang } from '../../internal/localize.js';
import { localized } from '../../internal/localized-text.js';
import type { DossierDetail, LayoutFieldView, ProcedureView } from './workbench-view.js';
import { renderDue, stateWords, t } from './workbench-words.js';
import { isRecord } from '../../internal/is-record.js';

/** The summary list: procedure, state, received, due. */
export function renderSummary(detail: DossierDetail, procedure: ProcedureView | null, now: Date, lang: Lang): TemplateResult {
  const title = procedure?.title ?? detail.procedureTitle;
  // The step the dossier is at, when it is inside the workflow (not waiting for the applicant, not closed).
  const step = procedure?.workflow?.steps?.find((entry) => entry.id === detail.state);
  return html`
    <dl>
      <div><dt>${t('procedure', lang)}</dt><dd data-field="procedure">${title ? localized(title, lang) : detail.procedure}</dd></div>
      <div><dt>${t('state', lang)}</dt><dd data-field="state">${stateWords(detail, lang)}${step?.title ? ` — ${localized(step.title, lang)}` : ''}</dd></div>
      <div><dt>${t('received', lang)}</dt><dd data-field="received">${formatOrBlank(detail.receivedAt ?? detail.submittedAt, lang)}</dd></div>
      <div><dt>${t('due', lang)}</dt><dd data-field="due">${renderDue(detail, now, lang)}</dd></div>
    </dl>
  `;
}

/** The answers, page by page, labelled from the layout; without a layout, by their paths. */
export function renderAnswers(detail: DossierDetail, procedure: ProcedureView | null, lang: Lang): TemplateResult {
  const pages = procedure?.pages.length ? procedure.pages : [{ title: null, fields: leafPaths(detail.data).map((field) => ({ field, label: { vi: field } })) }];
  const shown = pages.map((page) => ({ page, fields: page.fields.filter((field) => readPath(detail.data, field.field) !== undefined) }))
    .filter(({ fields }) => fields.length > 0);
  return html`
    <section part="answers" aria-labelledby="answers-title">
      <h3 id="answers-title">${t('answers-title', lang)}</h3>
      ${shown.length === 0 ? html`<p>${t('answers-empty', lang)}</p>` : shown.map(({ page, fields }) => html`
        ${page.title ? html`<h4>${localized(page.title, lang)}</h4>` : nothing}
        <dl>${fields.map((field) => html`
          <div><dt>${localized(field.label, lang)}</dt><dd data-answer=${field.field}>${answerText(field, readPath(detail.data, field.field), lang)}</dd></div>`)}
        </dl>`)}
    </section>
  `;
}

/** The documents, each a download link handled by `onDownload` (the download needs the bearer token). */
export function renderDocuments(detail: DossierDetail, procedure: ProcedureView | null, lang: Lang, href: (sha256: string) => string,
  onDownload: (event: Event, sha256: string, name: string) => void): TemplateResult {
  const name = (component: string) => localized(procedure?.components?.find((entry) => entry.id === component)?.title ?? component, lang);
  return html`
    <section part="documents" aria-labelledby="documents-title">
      <h3 id="documents-title">${t('documents-title', lang)}</h3>
      ${detail.documents.length === 0 ? html`<p>${t('documents-empty', lang)}</p>` : html`
        <ul class="documents">${detail.documents.map((document) => html`
          <li data-document=${document.component}>
            <a href=${href(document.sha256)} @click=${(event: Event) => onDownload(event, document.sha256, name(document.component))}>${t('download', lang, { name: name(document.component) })}</a>
            <span class="hint">${document.mediaType}${document.size === null ? '' : `, ${t('size-kb', lang, { size: Math.max(1, Math.round(document.size / 1024)) })}`}</span>
          </li>`)}
        </ul>`}
    </section>
  `;
}

/** The history, oldest first, as an ordered timeline. */
export function renderHistory(detail: DossierDetail, procedure: ProcedureView | null, lang: Lang): TemplateResult {
  const role = (id: string | null | undefined) => {
    if (!id) return '';
    if (id === 'applicant') return t('applicant', lang);
    return localized(procedure?.roles?.find((entry) => entry.id === id)?.title ?? id, lang);
  };
  // An officer is named by role and account; the applicant's actor id only repeats the role.
  const actor = (entry: DossierDetail['history'][number]) => [role(entry.actorRole), entry.actorRole === 'applicant' ? null : entry.actorId].filter(Boolean).join(', ');
  return html`
    <section part="history" aria-labelledby="history-title">
      <h3 id="history-title">${t('history-title', lang)}</h3>
      ${detail.history.length === 0 ? html`<p>${t('history-empty', lang)}</p>` : html`
        <ol class="timeline">${detail.history.map((entry) => html`
          <li data-event=${entry.type}>
            <p><time datetime=${entry.at}>${formatOrBlank(entry.at, lang)}</time> — <strong>${entry.title ? localized(entry.title, lang) : entry.type}</strong></p>
            ${entry.actorRole ? html`<p>${t('history-by', lang, { actor: actor(entry) })}</p>` : nothing}
            ${entry.reason ? html`<p>${t('history-reason', lang, { reason: entry.reason })}</p>` : nothing}
            ${entry.dueChanged && entry.dueAt ? html`<p>${t('history-due', lang, { due: formatOrBlank(entry.dueAt, lang) })}</p>` : nothing}
          </li>`)}
        </ol>`}
    </section>
  `;
}

function answerText(field: LayoutFieldView, value: unknown, lang: Lang): string {
  const option = field.options?.find((entry) => entry.value === value);
  if (option) return localized(option.label, lang);
  if (typeof value === 'boolean') return t(value ? 'yes' : 'no', lang);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value.split('-').reverse().join('/'); // dates as Vietnamese readers write them
  if (Array.isArray(value)) return value.map((item) => (field.itemFields && isRecord(item) ? itemText(field.itemFields, item, lang) : answerText({ field: field.field, label: field.label }, item, lang))).join('; ');
  if (typeof value === 'object' && value !== null) return Object.values(value).map((item) => answerText({ field: '', label: field.label }, item, lang)).filter(Boolean).join(', ');
  return value === null || value === undefined ? '' : String(value);
}

/** A list item's answers labelled by the layout's `itemFields`: "Họ, chữ đệm và tên: Lê Thị Lan, …". */
function itemText(fields: readonly LayoutFieldView[], item: Readonly<Record<string, unknown>>, lang: Lang): string {
  return fields.filter((field) => item[field.field] !== undefined).map((field) => `${localized(field.label, lang)}: ${answerText(field, item[field.field], lang)}`).join(', ');
}


function readPath(data: Readonly<Record<string, unknown>>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined), data);
}

function leafPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return prefix ? [prefix] : [];
  return Object.entries(value).flatMap(([key, item]) => leafPaths(item, prefix ? `${prefix}.${key}` : key));
}

function formatOrBlank(iso: string | null, lang: Lang): string {
  return (iso === null ? null : formatDueDate(iso, lang)) ?? '—';
}
