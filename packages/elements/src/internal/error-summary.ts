/**
 * `renderErrorSummary`: the GOV.UK error summary — a titled list of problems, each a link that moves focus
 * to its field. The host focuses `.error-summary` after the render that shows it (see `focusErrorSummary`).
 */
import { html, type TemplateResult } from 'lit';
import { commonMsg, type Lang } from './localize.js';

/** One problem: the message and the id of the control inside the same shadow root it belongs to. */
export interface SummaryError {
  readonly target: string;
  readonly message: string;
}

/**
 * The summary of `errors`; clicking an item focuses the element with id `target` in `root` (a `#id`
 * link cannot navigate inside a shadow root).
 */
export function renderErrorSummary(root: ParentNode, errors: readonly SummaryError[], lang: Lang): TemplateResult {
  const focus = (event: Event, target: string) => {
    event.preventDefault();
    root.querySelector<HTMLElement>(`#${CSS.escape(target)}`)?.focus();
  };
  return html`
    <div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">${commonMsg('error-summary-title', lang)}</h2>
      <ul>
        ${errors.map(({ target, message }) => html`<li><a href="#${target}" @click=${(event: Event) => focus(event, target)}>${message}</a></li>`)}
      </ul>
    </div>
  `;
}

/** Focuses the rendered error summary of `root`, if there is one. */
export function focusErrorSummary(root: ParentNode): void {
  root.querySelector<HTMLElement>('.error-summary')?.focus();
}
