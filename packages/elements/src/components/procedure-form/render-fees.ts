/**
 * Fees and the expected result date: `computeFees` lines in đồng with exemptions said in words, and the
 * legal clock run for the chosen channel from "now" — the same `selectTerm` and calendar the server
 * uses at reception (Decree 118/2025/NĐ-CP; Decree 61/2018 Art. 19: the appointment date on the
 * receipt), so the estimate matches the receipt unless the dossier waits before it is received.
 */
import {
  computeFees, defaultWorkingCalendar, describeTerm, selectTerm, termDueMs, type ChannelKind, type ExpressionEnvironment, type FeesDue, type Procedure,
} from '@motcua/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDueDate } from '../../internal/format-due-date.js';
import { formatVnd } from '../../internal/format-money.js';
import { localized } from '../../internal/localized-text.js';
import type { Lang } from '../../internal/localize.js';
import * as m from './procedure-form.messages.js';
import { msg as t } from './procedure-form.messages.js';

/** The fees and the estimated due instant (ISO, null when the clock cannot say). */
export interface FeesAndDue {
  readonly fees: FeesDue;
  readonly dueAt: string | null;
  readonly term: { readonly vi: string; readonly en: string };
}

/** Computes fees and the expected result date for a dossier received at `now` through `channel`. */
export function estimateFeesAndDue(procedure: Procedure, env: ExpressionEnvironment, channel: ChannelKind, now: Date): FeesAndDue {
  const fees = computeFees(procedure, env, channel);
  const { term } = selectTerm(procedure, channel, env);
  let dueAt: string | null = null;
  try {
    dueAt = new Date(termDueMs(term, now.getTime(), defaultWorkingCalendar())).toISOString();
  } catch {
    dueAt = null; // outside the calendar's years: say "not set" rather than guess
  }
  return { fees, dueAt, term: describeTerm(term) };
}

/** The fees table and the due-date explanation. */
export function renderFeesAndDue(estimate: FeesAndDue, lang: Lang): TemplateResult {
  const { fees } = estimate;
  const due = estimate.dueAt ? formatDueDate(estimate.dueAt, lang) : null;
  return html`
    ${fees.items.length === 0
      ? html`<p data-fees-none>${t(m.feesNone, lang)}</p>`
      : html`<table class="fees" data-fees>
          <thead><tr><th scope="col">${t(m.feeItem, lang)}</th><th scope="col" class="amount">${t(m.feeAmount, lang)}</th></tr></thead>
          <tbody>${fees.items.map((line) => html`<tr data-fee=${line.id}>
            <td>${localized(line.title, lang)}${line.per !== 'dossier' ? html` — ${t(m.feeQuantity, lang, { quantity: line.quantity })}` : nothing}
              <br /><span class="hint">${t(line.payable === 'on-result' ? m.feeOnResult : m.feeOnSubmit, lang)}</span></td>
            <td class="amount">${line.exempt ? t(m.feeExempt, lang, { gross: formatVnd(line.grossAmount, lang) }) : formatVnd(line.amount, lang)}</td>
          </tr>`)}</tbody>
          <tfoot><tr><th scope="row">${t(m.feesTotal, lang)}</th><td class="amount" data-fees-total>${formatVnd(fees.total, lang)}</td></tr></tfoot>
        </table>`}
    <h3>${t(m.dueTitle, lang)}</h3>
    <p class="due" data-due>${due ?? t(m.dueUnknown, lang)}</p>
    <p class="hint">${t(m.dueExplain, lang, { term: estimate.term[lang] })}</p>
  `;
}

