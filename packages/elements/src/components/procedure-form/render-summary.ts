/**
 * The procedure form's error summary (GOV.UK): a titled list of problems that takes focus, each a link to
 * its control. Unlike `internal/error-summary.ts`, a problem may belong to another page (a server issue
 * about an earlier answer), so following a link is the host's job: it opens the page, then focuses.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { commonMsg, type Lang } from '../../internal/localize.js';

/** One problem: the message, the id of its control and, when it is on a question page, that page. */
export interface SummaryItem {
  readonly message: string;
  readonly target: string;
  readonly page?: string;
}

/** The summary of `items` (nothing when empty); `follow` runs when a link is activated. */
export function renderSummary(items: readonly SummaryItem[], lang: Lang, follow: (event: Event, item: SummaryItem) => void): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  return html`
    <div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">${commonMsg('error-summary-title', lang)}</h2>
      <ul>${items.map((item) => html`<li><a href="#${item.target}" @click=${(event: Event) => follow(event, item)}>${item.message}</a></li>`)}</ul>
    </div>
  `;
}
