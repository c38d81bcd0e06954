/** `renderInbox`: the officer's list of dossiers, sortable by due date, with the empty state. */
import { html, type TemplateResult } from 'lit';
import type { Lang } from '../../internal/localize.js';
import { localized, type BilingualText } from '../../internal/localized-text.js';
import type { InboxDossier, InboxView } from './workbench-view.js';
import { renderDue, stateWords, t } from './workbench-words.js';

/** What the inbox shows and what it calls back. */
export interface InboxInput {
  readonly inbox: InboxView;
  readonly titles: ReadonlyMap<string, BilingualText>;
  readonly descending: boolean;
  readonly now: Date;
  readonly lang: Lang;
  readonly onOpen: (code: string) => void;
  readonly onSort: () => void;
  readonly onPrintBook: () => void;
}

/** Dossiers by due date (soonest first, or latest first when `descending`); those without a date last. */
export function sortByDue(dossiers: readonly InboxDossier[], descending: boolean): InboxDossier[] {
  const time = (dossier: InboxDossier) => (dossier.dueAt === null ? Number.NaN : new Date(dossier.dueAt).getTime());
  return [...dossiers].sort((a, b) => {
    const [x, y] = [time(a), time(b)];
    if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : 1) : -1;
    return descending ? y - x : x - y;
  });
}

/** The inbox table, or the empty state. */
export function renderInbox(input: InboxInput): TemplateResult {
  const { inbox, lang } = input;
  if (inbox.dossiers.length === 0) return html`<p class="empty" data-state="empty">${t('inbox-empty', lang)}</p>`;
  const order = input.descending ? 'descending' : 'ascending';
  return html`
    <table part="inbox" class="table">
      <caption>${t('inbox-caption', lang, { agency: inbox.agency, role: inbox.role })} (${t('inbox-count', lang, { count: inbox.dossiers.length })})</caption>
      <thead>
        <tr>
          <th scope="col">${t('col.code', lang)}</th>
          <th scope="col">${t('col.procedure', lang)}</th>
          <th scope="col">${t('col.state', lang)}</th>
          <th scope="col" aria-sort=${order}>
            <button type="button" part="sort" class="link-button" data-action="sort" @click=${input.onSort}>
              ${t('col.due', lang)} <span class="visually-hidden">(${t(`sort.${order}`, lang)})</span><span aria-hidden="true">${input.descending ? '▼' : '▲'}</span>
            </button>
          </th>
        </tr>
      </thead>
      <tbody>${sortByDue(inbox.dossiers, input.descending).map((dossier) => renderRow(dossier, input))}</tbody>
    </table>
    <p><button type="button" class="button--secondary" data-action="print-book" @click=${input.onPrintBook}>${t('print-book', lang)}</button></p>
  `;
}

function renderRow(dossier: InboxDossier, input: InboxInput): TemplateResult {
  const { lang } = input;
  const title = input.titles.get(dossier.procedure);
  return html`
    <tr data-code=${dossier.code}>
      <th scope="row">
        <button type="button" class="link-button" data-action="open" aria-label=${t('open', lang, { code: dossier.code })}
          @click=${() => input.onOpen(dossier.code)}>${dossier.code}</button>
      </th>
      <td>${title ? localized(title, lang) : dossier.procedure}</td>
      <td data-field="state">${stateWords(dossier, lang)}</td>
      <td data-field="due">${renderDue(dossier, input.now, lang)}</td>
    </tr>
  `;
}
