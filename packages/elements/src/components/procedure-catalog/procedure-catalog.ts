/**
 * `MotcuaProcedureCatalog`: the citizen's way into the procedures — search, filters, results, and a
 * start link for each. The filter form and the result item are their own modules.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { emit } from '../../events/emit.js';
import { resolveLang, type Lang } from '../../internal/localize.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { tokens } from '../../styles/tokens.js';
import { procedureCatalogStyles } from './procedure-catalog.styles.js';
import { toProcedureSummaries, type ProcedureSummary } from './procedure-summary.js';
import { renderFilters } from './render-filters.js';
import { fillHref, renderProcedureItem, t } from './render-procedure-item.js';
import { NO_FILTERS, searchProcedures, type ProcedureFilters } from './search-procedures.js';

type LoadFailure = 'network' | 'server-error' | 'invalid-response';
type Phase =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly procedures: readonly ProcedureSummary[] }
  | { readonly kind: 'failed'; readonly reason: LoadFailure; readonly status: number | null };

/**
 * Lists the procedures of `GET {endpoint}/procedures` (or of the `procedures` property, when a page
 * already has them) with a search that ignores Vietnamese diacritics ("dang ky khai sinh" finds "Đăng ký
 * khai sinh") over title, code and summary; filters by sector, level, online level (Decree 42/2022) and
 * boundary-free reception (Decree 118/2025); the number of results announced in a live region; and for each
 * procedure a start control. With `form-href` (e.g. `/form.html?procedure={key}`) the control is a link
 * there; either way it fires the cancelable `motcua-procedure-open` first.
 *
 * @tag motcua-procedure-catalog
 * @fires motcua-procedure-open - `{ key, code, version }` when the citizen starts a procedure; cancel it
 *   (`preventDefault()`) to stop the link and route in the page instead.
 * @csspart base - the wrapper.
 * @csspart filters - the filter form.
 * @csspart apply - the filter form's submit button (moves focus to the results).
 * @csspart clear - the button that clears every filter.
 * @csspart results - the results column.
 * @csspart count - the live region with the number of results.
 * @csspart item - one procedure in the results.
 * @csspart start - its start link or button.
 * @csspart retry - the button that loads the catalogue again after a failure.
 * @cssprop --motcua-color-primary, --motcua-color-link … - see `styles/tokens.css`.
 */
export class MotcuaProcedureCatalog extends LitElement {
  static override styles = [tokens, sharedStyles, procedureCatalogStyles];

  /** Base URL of the dossier API. */
  @property() endpoint = '/api';
  /** Where a start link goes, with `{key}`, `{code}`, `{version}` filled in; without it the control is a button. */
  @property({ attribute: 'form-href' }) formHref = '';
  /** The procedures to list instead of fetching them (`GET /api/procedures` answers, or that list). */
  @property({ attribute: false }) procedures: readonly unknown[] | null = null;
  /** The `fetch` to call the API with (stories and tests inject answers); `globalThis.fetch` by default. */
  @property({ attribute: false }) fetch: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init);

  @state() private phase: Phase = { kind: 'loading' };
  @state() private filters: ProcedureFilters = NO_FILTERS;

  private controller: AbortController | null = null;
  private focusResults = false;

  /** `loading`, `loaded` or `failed`. */
  get loadState(): Phase['kind'] {
    return this.phase.kind;
  }

  /** The procedures shown now, after search and filters. */
  get shownProcedures(): readonly ProcedureSummary[] {
    return this.phase.kind === 'loaded' ? searchProcedures(this.phase.procedures, this.filters) : [];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
    this.controller = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.procedures === null && this.phase.kind !== 'loaded') void this.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('procedures') && this.procedures !== null) {
      this.controller?.abort();
      this.phase = { kind: 'loaded', procedures: toProcedureSummaries(this.procedures) ?? [] };
    } else if (this.procedures === null && (!this.hasUpdated || changed.has('endpoint') || changed.has('procedures'))) {
      void this.load();
    }
  }

  protected override updated(): void {
    if (!this.focusResults) return;
    this.focusResults = false;
    this.renderRoot.querySelector<HTMLElement>('#results-title')?.focus();
  }

  protected override render(): TemplateResult {
    const lang = resolveLang(this);
    return html`
      <div part="base" class="base" lang=${lang}>
        <h2 id="title">${t('title', lang)}</h2>
        ${this.phase.kind === 'loaded' ? this.renderCatalogue(this.phase.procedures, lang) : nothing}
        <div role="status" aria-live="polite" class="load-status">${this.renderLoadStatus(lang)}</div>
      </div>
    `;
  }

  private renderLoadStatus(lang: Lang): TemplateResult | typeof nothing {
    if (this.phase.kind === 'loading') return html`<p>${t('loading', lang)}</p>`;
    if (this.phase.kind !== 'failed') return nothing;
    return html`
      <div class="notice notice--error" data-field="load-error">
        <p>${t(this.phase.reason, lang, { status: this.phase.status ?? '' })}</p>
        <button type="button" part="retry" class="button--secondary" @click=${() => void this.load()}>${t('retry', lang)}</button>
      </div>
    `;
  }

  private renderCatalogue(procedures: readonly ProcedureSummary[], lang: Lang): TemplateResult {
    const shown = searchProcedures(procedures, this.filters);
    const count = shown.length === 0 ? t('count-none', lang) : t('count', lang, { count: shown.length });
    return html`
      <div class="layout">
        ${renderFilters(procedures, this.filters, lang, {
          onChange: (filters) => { this.filters = filters; },
          onSubmit: (event) => { event.preventDefault(); this.focusResults = true; this.requestUpdate(); },
          onClear: () => { this.filters = NO_FILTERS; },
        })}
        <section part="results" class="results" aria-labelledby="results-title">
          <h2 id="results-title" class="visually-hidden" tabindex="-1">${t('results-title', lang)}</h2>
          <p part="count" class="count" role="status" aria-live="polite" data-field="count">${count}</p>
          ${shown.length === 0
            ? html`<p data-field="empty">${procedures.length === 0 ? t('catalogue-empty', lang) : t('empty-hint', lang)}</p>`
            : html`<ul class="list">${shown.map((procedure, index) => renderProcedureItem(procedure, index, lang, {
                href: this.formHref ? fillHref(this.formHref, procedure) : null,
                onStart: (event, chosen) => this.start(event, chosen),
              }))}</ul>`}
        </section>
      </div>
    `;
  }

  private start(event: Event, procedure: ProcedureSummary): void {
    const proceed = emit(this, 'motcua-procedure-open', { key: procedure.key, code: procedure.code, version: procedure.version });
    if (!proceed) event.preventDefault();
  }

  private async load(): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.phase = { kind: 'loading' };
    let phase: Phase;
    try {
      const fetcher = this.fetch; // detached: a native fetch must not be called on the element
      const response = await fetcher(`${this.endpoint.replace(/\/+$/, '')}/procedures`, { headers: { accept: 'application/json' }, signal: controller.signal });
      if (response.ok) {
        const procedures = toProcedureSummaries(await response.json().catch(() => null));
        phase = procedures ? { kind: 'loaded', procedures } : { kind: 'failed', reason: 'invalid-response', status: response.status };
      } else {
        phase = { kind: 'failed', reason: 'server-error', status: response.status };
      }
    } catch {
      phase = { kind: 'failed', reason: 'network', status: null };
    }
    if (controller !== this.controller || controller.signal.aborted) return;
    this.phase = phase;
  }
}
