/**
 * `MotcuaDossierStatus`: the citizen's dossier tracker. Long-ish (one lookup, one form, one result view)
 * because the three share the lookup state; each render part is its own method, and the timeline
 * (`dossier-timeline.ts`) and the supplement upload (`supplement-form.ts`) live in their own modules.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { emit } from '../../events/emit.js';
import type { DossierErrorReason } from '../../events/motcua-events.js';
import { dueStateOf, formatDueDate } from '../../internal/format-due-date.js';
import { focusErrorSummary, renderErrorSummary } from '../../internal/error-summary.js';
import { commonMsg, resolveLang, type Lang } from '../../internal/localize.js';
import { localized } from '../../internal/localized-text.js';
import { dueInWords, stateInWords } from '../../internal/status-words.js';
import type { DossierStatusKey } from './dossier-status.messages.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { tokens } from '../../styles/tokens.js';
import { toDossierStatusView, type DossierStatusView } from './dossier-status-view.js';
import { dossierStatusStyles } from './dossier-status.styles.js';
import { t } from './dossier-status-words.js';
import { renderExtension, renderTimeline } from './dossier-timeline.js';
import { SupplementForm } from './supplement-form.js';

type Field = 'code' | 'token';
type Phase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly dossier: DossierStatusView }
  | { readonly kind: 'failed'; readonly reason: DossierErrorReason; readonly status: number | null };

const FIELDS: readonly { readonly name: Field; readonly missing: DossierStatusKey }[] = [
  { name: 'code', missing: 'code-missing' },
  { name: 'token', missing: 'token-missing' },
];

/**
 * Looks up a dossier by its code and access token (`GET {endpoint}/dossiers/{code}` with
 * `Authorization: Bearer {token}`) and shows where it stands: the state in words, the status code, the due
 * date (overdue and due soon said in words, not colour alone), an extension and its reason, the timeline of
 * every step, and, when a supplement is requested, what is missing by title with a file field for each: the
 * files are checked by content (PDF, PNG, JPEG magic bytes) and size, uploaded to
 * `POST {endpoint}/dossiers/{code}/documents?component={id}`, then `POST {endpoint}/dossiers/{code}/supplement`
 * is sent and the status reloaded. With `code` and `token` set it looks up at once; otherwise the citizen
 * types them in its form. Speaks Vietnamese, or English under the nearest `lang="en"`.
 *
 * Feedback after the result: the element does not import `<motcua-feedback>` (that keeps this entry small);
 * it shows its `after-result` slot once the dossier has a result (status 9 or 10), so a page places
 * `<motcua-feedback slot="after-result" code=… token=…>` inside it and it appears at the right time.
 *
 * @slot after-result - shown under the result once the dossier has a result (status 9/10), e.g. `<motcua-feedback>`.
 * @tag motcua-dossier-status
 * @fires motcua-dossier-loaded - `{ dossier }` when a lookup answers with the dossier.
 * @fires motcua-dossier-error - `{ code, reason, status }` when a lookup fails; `reason` is `not-found` for
 *   an unknown code and a wrong access code alike (codes are not enumerable).
 * @fires motcua-supplement-sent - `{ code, documents }` when the server took the citizen's supplement.
 * @csspart base - the wrapper.
 * @csspart form - the lookup form.
 * @csspart submit - the submit button.
 * @csspart result - the live region with the result or the failure.
 * @csspart timeline - the ordered list of steps.
 * @csspart supplement-form - the form answering a supplement request.
 * @csspart supplement-submit - its submit button.
 * @csspart after-result - the wrapper of the `after-result` slot.
 * @cssprop --motcua-color-primary, --motcua-color-error, --motcua-font-family … - see `styles/tokens.css`.
 */
export class MotcuaDossierStatus extends LitElement {
  static override styles = [tokens, sharedStyles, dossierStatusStyles];

  /** Base URL of the dossier API. */
  @property() endpoint = '/api';
  /** The dossier code, as printed on the receipt. */
  @property() code = '';
  /** The access token given to the applicant. */
  @property() token = '';
  /** The clock for overdue and due soon; the wall clock unless injected. */
  @property({ attribute: false }) now: () => Date = () => new Date();
  /** The `fetch` to call the API with (stories and tests inject answers); `globalThis.fetch` by default. */
  @property({ attribute: false }) fetch: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init);

  @state() private phase: Phase = { kind: 'idle' };
  @state() private errors: readonly Field[] = [];

  private controller: AbortController | null = null;
  private lastLookup = '';
  private focusSummary = false;
  private readonly supplement = new SupplementForm(this, {
    root: () => this.renderRoot,
    endpoint: () => this.endpoint,
    token: () => this.token.trim(),
    fetch: () => this.fetcher(),
    clearOtherErrors: () => { this.errors = []; },
    onSent: (code, documents) => {
      emit(this, 'motcua-supplement-sent', { code, documents });
      void this.lookUp();
    },
    onStale: () => void this.lookUp(),
  });

  /** The last lookup's result or failure, or `idle`/`loading`. */
  get lookupState(): Phase['kind'] {
    return this.phase.kind;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const key = this.lookupKey();
    if ((changed.has('code') || changed.has('token') || changed.has('endpoint')) && this.code.trim() && this.token.trim() && key !== this.lastLookup) {
      void this.lookUp();
    }
  }

  protected override updated(): void {
    if (!this.focusSummary) return;
    this.focusSummary = false;
    focusErrorSummary(this.renderRoot);
  }

  protected override render(): TemplateResult {
    const lang = resolveLang(this);
    return html`
      <div part="base" class="base" lang=${lang}>
        ${this.renderForm(lang)}
        <div part="result" class="result" role="status" aria-live="polite">${this.renderPhase(lang)}</div>
      </div>
    `;
  }

  private renderForm(lang: Lang): TemplateResult {
    return html`
      <form part="form" novalidate @submit=${this.onSubmit} aria-labelledby="form-title">
        <h2 id="form-title">${t('form-title', lang)}</h2>
        ${this.errors.length ? this.renderErrors(lang) : nothing}
        ${this.renderField('code', lang, this.code)} ${this.renderField('token', lang, this.token)}
        <button part="submit" type="submit">${t('submit', lang)}</button>
      </form>
    `;
  }

  private renderErrors(lang: Lang): TemplateResult {
    const errors = FIELDS.filter(({ name }) => this.errors.includes(name)).map(({ name, missing }) => ({ target: name, message: t(missing, lang) }));
    return renderErrorSummary(this.renderRoot, errors, lang);
  }

  private renderField(name: Field, lang: Lang, value: string): TemplateResult {
    const missing = FIELDS.find((field) => field.name === name)!.missing;
    const invalid = this.errors.includes(name);
    const describedBy = invalid ? `${name}-hint ${name}-error` : `${name}-hint`;
    return html`
      <div class="field ${invalid ? 'field--error' : ''}">
        <label for=${name}>${t(`${name}-label`, lang)}</label>
        <p id="${name}-hint" class="hint">${t(`${name}-hint`, lang)}</p>
        ${invalid
          ? html`<p id="${name}-error" class="error-message"><span class="visually-hidden">${commonMsg('error-prefix', lang)}</span> ${t(missing, lang)}</p>`
          : nothing}
        <input id=${name} name=${name} type="text" autocomplete="off" spellcheck="false" .value=${value}
          aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : 'false'} />
      </div>
    `;
  }

  private renderPhase(lang: Lang): TemplateResult | typeof nothing {
    switch (this.phase.kind) {
      case 'idle': return nothing;
      case 'loading': return html`<p>${t('loading', lang)}</p>`;
      case 'failed': {
        const key = this.phase.reason;
        return html`<div class="notice notice--error"><p>${t(key, lang, { status: this.phase.status ?? '' })}</p></div>`;
      }
      case 'loaded': return this.renderDossier(this.phase.dossier, lang);
    }
  }

  private renderDossier(dossier: DossierStatusView, lang: Lang): TemplateResult {
    const due = dossier.dueAt === null ? null : formatDueDate(dossier.dueAt, lang);
    // Only a dossier being handled runs against its due date: not a closed one, not a ready result, and not
    // one waiting for the applicant (Decree 61/2018 Art. 19(4): the time restarts once they answer).
    const dueState = dossier.closed || [5, 6, 9].includes(dossier.status ?? 0) ? null : dueStateOf(dossier.dueAt, this.now());
    const supplement = dossier.request?.kind === 'supplement' && !dossier.closed ? dossier.request : null;
    const hasResult = dossier.status === 9 || dossier.status === 10;
    return html`
      <section aria-labelledby="result-title">
        <h2 id="result-title">${t('result-title', lang, { code: dossier.code })}</h2>
        ${this.supplement.sentFor === dossier.code ? html`<p class="notice notice--success" data-field="supplement-sent" tabindex="-1">${t('supplement-sent', lang)}</p>` : nothing}
        <dl>
          ${dossier.procedureTitle || dossier.procedure
            ? html`<div><dt>${t('procedure', lang)}</dt><dd data-field="procedure">${dossier.procedureTitle ? localized(dossier.procedureTitle, lang) : dossier.procedure}</dd></div>`
            : nothing}
          <div><dt>${t('state', lang)}</dt><dd data-field="state">${stateInWords(dossier.state, dossier.status, lang)}</dd></div>
          <div><dt>${t('status-code', lang)}</dt><dd data-field="status">${dossier.status ?? commonMsg('not-set', lang)}</dd></div>
          <div>
            <dt>${t('due', lang)}</dt>
            <dd data-field="due">${due ?? commonMsg('not-set', lang)}
              ${dueState ? html`<strong class="tag tag--${dueState}" data-due=${dueState}>${dueInWords(dueState, lang)}</strong>` : nothing}</dd>
          </div>
          ${renderExtension(dossier.timeline, lang)}
        </dl>
        ${supplement ? this.supplement.render(dossier.code, dossier.version, supplement, lang) : nothing}
        ${renderTimeline(dossier.timeline, lang)}
        ${hasResult
          ? html`<div part="after-result" class="after-result" role="region" aria-label=${t('result-area', lang)}><slot name="after-result"></slot></div>`
          : nothing}
      </section>
    `;
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const read = (name: Field) => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
    const values = { code: read('code'), token: read('token') };
    this.errors = FIELDS.filter(({ name }) => values[name] === '').map(({ name }) => name);
    this.supplement.reset(); // one error summary at a time, and a new lookup forgets the last one's notice
    if (this.errors.length) {
      this.focusSummary = true;
      return;
    }
    this.code = values.code;
    this.token = values.token;
    void this.lookUp();
  }

  private lookupKey(): string {
    return `${this.endpoint}\n${this.code.trim()}\n${this.token.trim()}`;
  }

  private async lookUp(): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.lastLookup = this.lookupKey();
    this.errors = [];
    this.phase = { kind: 'loading' };
    const code = this.code.trim();
    let phase: Phase;
    try {
      const url = `${this.endpoint.replace(/\/+$/, '')}/dossiers/${encodeURIComponent(code)}`;
      const response = await this.fetcher()(url, { headers: { accept: 'application/json', authorization: `Bearer ${this.token.trim()}` }, signal: controller.signal });
      if (response.ok) {
        const dossier = toDossierStatusView(await response.json().catch(() => null));
        phase = dossier ? { kind: 'loaded', dossier } : { kind: 'failed', reason: 'invalid-response', status: response.status };
      } else {
        // 401/403 read like 404: telling "wrong token" from "no such code" would let codes be enumerated.
        const notFound = [401, 403, 404].includes(response.status);
        phase = { kind: 'failed', reason: notFound ? 'not-found' : 'server-error', status: response.status };
      }
    } catch {
      phase = { kind: 'failed', reason: 'network', status: null };
    }
    if (controller !== this.controller || controller.signal.aborted) return;
    this.phase = phase;
    if (phase.kind === 'loaded') emit(this, 'motcua-dossier-loaded', { dossier: phase.dossier });
    else if (phase.kind === 'failed') emit(this, 'motcua-dossier-error', { code, reason: phase.reason, status: phase.status });
  }

  /** The `fetch` property, detached so that a native `fetch` assigned to it is not called on the element. */
  private fetcher(): typeof globalThis.fetch {
    const fetcher = this.fetch;
    return (input, init) => fetcher(input, init);
  }
}
