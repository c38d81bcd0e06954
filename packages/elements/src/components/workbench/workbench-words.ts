/** Words and small pieces the workbench's views share: messages, a dossier's state, its due date. */
import { html, nothing, type TemplateResult } from 'lit';
import { dueStateOf, formatDueDate } from '../../internal/format-due-date.js';
import { commonMsg, translate, type Lang } from '../../internal/localize.js';
import { dueInWords, stateInWords } from '../../internal/status-words.js';
import type { InboxDossier } from './workbench-view.js';
import { workbenchMessages, type WorkbenchKey } from './workbench.messages.js';

/** The message `key` in `lang`. */
export function t(key: WorkbenchKey, lang: Lang, params?: Readonly<Record<string, string | number>>): string {
  return translate(workbenchMessages, key, lang, params);
}

/** The dossier's state in words (status codes 1–10, domain.md §3.1; the words shared with the dossier status), else its state name. */
export function stateWords(dossier: Pick<InboxDossier, 'state' | 'status'>, lang: Lang): string {
  return stateInWords(dossier.state, dossier.status, lang);
}

/**
 * The due date and, for a dossier whose clock runs, overdue / due soon / on time in words — never colour
 * alone. A closed dossier, a ready result, or one waiting for the applicant does not run against its date
 * (Decree 61/2018 Art. 19(4): the time restarts once the applicant answers).
 */
export function renderDue(dossier: Pick<InboxDossier, 'dueAt' | 'closed' | 'status'>, now: Date, lang: Lang): TemplateResult {
  const due = dossier.dueAt === null ? null : formatDueDate(dossier.dueAt, lang);
  const dueState = dossier.closed || [5, 6, 9].includes(dossier.status ?? 0) ? null : dueStateOf(dossier.dueAt, now);
  return html`${due ?? commonMsg('not-set', lang)}${dueState
    ? html` <strong class="tag tag--${dueState}" data-due=${dueState}>${dueInWords(dueState, lang)}</strong>`
    : nothing}`;
}
