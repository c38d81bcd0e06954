/**
 * `renderTimeline` and `renderExtension`: the dossier's history as the citizen reads it — each step with
 * its date in Vietnam time, what happened, why, and every move of the due date (design.md: "Every change
 * to the due date is an event in the audit trail with its reason").
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDueDate } from '../../internal/format-due-date.js';
import type { Lang } from '../../internal/localize.js';
import { localized } from '../../internal/localized-text.js';
import { stateInWords } from '../../internal/status-words.js';
import { hasMessage, t } from './dossier-status-words.js';
import type { TimelineEntryView } from './dossier-status-view.js';

/** The timeline, oldest first, the last entry marked as the current step; nothing when there is none. */
export function renderTimeline(entries: readonly TimelineEntryView[], lang: Lang): TemplateResult | typeof nothing {
  if (entries.length === 0) return nothing;
  return html`
    <h3 id="timeline-title">${t('timeline-title', lang)}</h3>
    <ol part="timeline" class="timeline" aria-labelledby="timeline-title" data-field="timeline">
      ${entries.map((entry, index) => renderEntry(entry, entries[index - 1]?.dueAt ?? null, index === entries.length - 1, lang))}
    </ol>
  `;
}

function renderEntry(entry: TimelineEntryView, previousDueAt: string | null, isCurrent: boolean, lang: Lang): TemplateResult {
  // Role ids are the procedure's own (`reception`, `appraisal`…) and mean nothing to a citizen: say who in words.
  const role = entry.actorRole === null || entry.actorRole === 'system' ? null : t(entry.actorRole === 'applicant' ? 'role.applicant' : 'role.officer', lang);
  return html`
    <li class="timeline__entry ${isCurrent ? 'timeline__entry--current' : ''}" aria-current=${isCurrent ? 'step' : nothing}>
      <time class="timeline__date" datetime=${entry.at}>${formatDueDate(entry.at, lang) ?? entry.at}</time>
      <p class="timeline__title"><strong>${entryTitle(entry, lang)}</strong>${isCurrent ? html` <span class="timeline__current">${t('timeline-current', lang)}</span>` : nothing}</p>
      <p class="timeline__state">${stateInWords(entry.state, entry.status, lang)}</p>
      ${role ? html`<p class="timeline__detail">${t('timeline-by', lang, { role })}</p>` : nothing}
      ${entry.reason ? html`<p class="timeline__detail" data-field="reason">${t('timeline-reason', lang, { reason: entry.reason })}</p>` : nothing}
      ${entry.dueChanged ? html`<p class="timeline__detail timeline__due" data-field="due-change">${dueChange(entry, previousDueAt, lang)}</p>` : nothing}
    </li>
  `;
}

/** The action's own title, the built-in event's name, or the state it led to. */
function entryTitle(entry: TimelineEntryView, lang: Lang): string {
  if (entry.title) return localized(entry.title, lang);
  const key = `event.${entry.type}`;
  return hasMessage(key) ? t(key, lang) : stateInWords(entry.state, entry.status, lang);
}

/** A first due date is set (reception, or the clock restarting), a later one moves it, none pauses the clock. */
function dueChange(entry: TimelineEntryView, previousDueAt: string | null, lang: Lang): string {
  const due = entry.dueAt === null ? null : formatDueDate(entry.dueAt, lang);
  if (due === null) return t('timeline-paused', lang);
  return t(previousDueAt === null ? 'timeline-due-set' : 'timeline-new-due', lang, { due });
}

/**
 * The extension row of the summary list, when the due date was extended: Decree 61/2018 Art. 19(9) allows
 * one re-set of the return date, with an apology stating the reason, so the citizen sees both.
 */
export function renderExtension(entries: readonly TimelineEntryView[], lang: Lang): TemplateResult | typeof nothing {
  const extension = [...entries].reverse().find((entry) => entry.type === 'EXTEND' && entry.dueChanged);
  if (!extension) return nothing;
  return html`
    <div>
      <dt>${t('extended', lang)}</dt>
      <dd data-field="extension">${extension.reason ? t('extended-detail', lang, { reason: extension.reason }) : t('extended-no-reason', lang)}</dd>
    </div>
  `;
}
