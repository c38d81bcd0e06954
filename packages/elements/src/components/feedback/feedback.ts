/**
 * `MotcuaFeedback`: the citizen's satisfaction rating once the dossier has its result. Long-ish because a
 * form control (ElementInternals, validity, reset) and a small form that posts to the API share one state.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { emit } from '../../events/emit.js';
import { focusErrorSummary, renderErrorSummary, type SummaryError } from '../../internal/error-summary.js';
import { commonMsg, resolveLang, translate, type Lang } from '../../internal/localize.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { tokens } from '../../styles/tokens.js';
import { feedbackMessages, type FeedbackKey } from './feedback.messages.js';
import { feedbackStyles } from './feedback.styles.js';
import { isRating, RATINGS, sendFeedback, type FeedbackFailure, type Rating } from './send-feedback.js';

/** The most characters a comment may have. */
export const MAX_COMMENT_LENGTH = 1000;
/** The screen-reader count waits for a pause in typing, as govuk-frontend's character count does. */
const COUNT_ANNOUNCE_DELAY_MS = 1000;

type Field = 'rating' | 'comment';
type Phase = { readonly kind: 'editing' } | { readonly kind: 'sending' } | { readonly kind: 'sent'; readonly rating: Rating } | { readonly kind: 'failed'; readonly reason: FeedbackFailure; readonly status: number | null };

/**
 * Asks how satisfied the citizen is — very satisfied, satisfied or dissatisfied — with an optional comment
 * of at most 1000 characters (with a live character count), checks the answer GOV.UK-style, then sends
 * `POST {endpoint}/dossiers/{code}/feedback` with `Authorization: Bearer {token}` and `{ rating, comment? }`.
 * Decree 61/2018 Art. 27–29 make online rating one of the channels whose results are published.
 *
 * It is also a form control: inside a native `<form>` its `name` carries the rating (and `{name}-comment`
 * the comment), `required` makes a missing rating invalid, `disabled` and form reset behave as for
 * `<input>`. Without `code` it shows no send button, so a page's own form can hold it.
 *
 * @tag motcua-feedback
 * @fires motcua-feedback-sent - `{ code, rating, comment? }` once the server recorded the rating.
 * @fires change - when the citizen picks a rating or edits the comment.
 * @csspart base - the wrapper.
 * @csspart form - the form.
 * @csspart submit - the send button.
 * @csspart status - the live region with the sending state or a failure.
 * @csspart panel - the confirmation shown once sent.
 * @cssprop --motcua-color-primary, --motcua-color-success … - see `styles/tokens.css`.
 */
export class MotcuaFeedback extends LitElement {
  static override styles = [tokens, sharedStyles, feedbackStyles];
  static formAssociated = true;

  /** Base URL of the dossier API. */
  @property() endpoint = '/api';
  /** The dossier code; without it the element is a plain form control with no send button. */
  @property() code = '';
  /** The citizen's access token for the dossier. */
  @property() token = '';
  /** The form field name. */
  @property({ reflect: true }) name = '';
  /** A rating must be chosen for the control to be valid in a native form. */
  @property({ type: Boolean, reflect: true }) required = false;
  /** Disables the control (also set by a disabled `<fieldset>`). */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** The `fetch` to call the API with (stories and tests inject answers); `globalThis.fetch` by default. */
  @property({ attribute: false }) fetch: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init);

  @state() private rating: Rating | '' = '';
  @state() private comment = '';
  @state() private phase: Phase = { kind: 'editing' };
  @state() private errors: readonly Field[] = [];
  @state() private announcedCount = '';
  @state() private formDisabled = false;

  private readonly internals: ElementInternals;
  private focusTarget: 'summary' | 'panel' | null = null;
  private countTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** The chosen rating, or `''`. Setting it does not fire events. */
  get value(): Rating | '' {
    return this.rating;
  }
  set value(next: string) {
    this.rating = isRating(next) ? next : '';
  }

  /** The comment typed so far. */
  get commentText(): string {
    return this.comment;
  }

  /** The form this control belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The control's validity, as for `<input>`. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** Whether the control is valid; fires `invalid` when not. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** As {@link checkValidity}, and shows the problems in the element's error summary. */
  reportValidity(): boolean {
    const valid = this.internals.checkValidity();
    if (!valid) this.showErrors(this.findErrors());
    return valid;
  }

  formResetCallback(): void {
    this.rating = '';
    this.comment = '';
    this.errors = [];
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formStateRestoreCallback(restored: unknown): void {
    if (typeof restored === 'string') this.value = restored;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.countTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('rating') || changed.has('comment') || changed.has('name') || changed.has('required')) this.syncFormValue();
  }

  protected override firstUpdated(): void {
    this.syncFormValue(); // again, now that the first radio exists to anchor the validation message
  }

  protected override updated(): void {
    const target = this.focusTarget;
    this.focusTarget = null;
    if (target === 'summary') focusErrorSummary(this.renderRoot);
    if (target === 'panel') this.renderRoot.querySelector<HTMLElement>('#sent-title')?.focus();
  }

  protected override render(): TemplateResult {
    const lang = resolveLang(this);
    return html`<div part="base" class="base" lang=${lang}>${this.phase.kind === 'sent' ? this.renderPanel(this.phase.rating, lang) : this.renderForm(lang)}</div>`;
  }

  private renderPanel(rating: Rating, lang: Lang): TemplateResult {
    return html`
      <div part="panel" class="panel" role="status">
        <h2 id="sent-title" tabindex="-1">${t('sent-title', lang)}</h2>
        <p>${t('sent-body', lang, { rating: t(`rating.${rating}`, lang), code: this.code })}</p>
      </div>
    `;
  }

  private renderForm(lang: Lang): TemplateResult {
    const hasSubmit = this.code.trim() !== '';
    return html`
      <form part="form" novalidate @submit=${this.onSubmit} aria-labelledby="title">
        <h2 id="title">${t('title', lang)}</h2>
        ${this.errors.length ? renderErrorSummary(this.renderRoot, this.summaryErrors(lang), lang) : nothing}
        ${this.renderRatings(lang)} ${this.renderComment(lang)}
        ${hasSubmit ? html`<button part="submit" type="submit" aria-disabled=${this.phase.kind === 'sending' ? 'true' : 'false'}>${t('submit', lang)}</button>` : nothing}
        <div part="status" class="status" role="status" aria-live="polite">${this.renderStatus(lang)}</div>
      </form>
    `;
  }

  private renderRatings(lang: Lang): TemplateResult {
    const invalid = this.errors.includes('rating');
    return html`
      <div class="field ${invalid ? 'field--error' : ''}">
        <fieldset aria-describedby=${invalid ? 'rating-hint rating-error' : 'rating-hint'}>
          <legend>${t('legend', lang)}</legend>
          <p id="rating-hint" class="hint">${t('legend-hint', lang)}</p>
          ${invalid ? html`<p id="rating-error" class="error-message"><span class="visually-hidden">${commonMsg('error-prefix', lang)}</span> ${t('rating-missing', lang)}</p>` : nothing}
          <div class="radios">
            ${RATINGS.map((rating) => html`
              <div class="radio">
                <input id="rating-${rating}" type="radio" name="rating" value=${rating} .checked=${this.rating === rating}
                  ?disabled=${this.isDisabled()} @change=${() => this.pick(rating)} />
                <label for="rating-${rating}">${t(`rating.${rating}`, lang)}</label>
              </div>`)}
          </div>
        </fieldset>
      </div>
    `;
  }

  private renderComment(lang: Lang): TemplateResult {
    const invalid = this.errors.includes('comment');
    const describedBy = ['comment-hint', 'comment-limit', ...(invalid ? ['comment-error'] : [])].join(' ');
    return html`
      <div class="field ${invalid ? 'field--error' : ''}">
        <label for="comment">${t('comment-label', lang)}</label>
        <p id="comment-hint" class="hint">${t('comment-hint', lang)}</p>
        ${invalid ? html`<p id="comment-error" class="error-message"><span class="visually-hidden">${commonMsg('error-prefix', lang)}</span> ${t('comment-too-long', lang, { max: MAX_COMMENT_LENGTH })}</p>` : nothing}
        <textarea id="comment" name="comment" rows="5" .value=${this.comment} ?disabled=${this.isDisabled()}
          aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : 'false'} @input=${this.onCommentInput} @change=${this.forwardChange}></textarea>
        <p id="comment-limit" class="visually-hidden">${t('comment-limit', lang, { max: MAX_COMMENT_LENGTH })}</p>
        <p class="count ${countCharacters(this.comment) > MAX_COMMENT_LENGTH ? 'count--over' : ''}" aria-hidden="true" data-field="count">${countText(countCharacters(this.comment), lang)}</p>
        <p class="visually-hidden" aria-live="polite" data-field="count-announced">${this.announcedCount}</p>
      </div>
    `;
  }

  private renderStatus(lang: Lang): TemplateResult | typeof nothing {
    if (this.phase.kind === 'sending') return html`<p>${t('sending', lang)}</p>`;
    if (this.phase.kind !== 'failed') return nothing;
    return html`<div class="notice notice--error"><p>${t(this.phase.reason, lang, { status: this.phase.status ?? '' })}</p></div>`;
  }

  private summaryErrors(lang: Lang): SummaryError[] {
    return this.errors.map((field) => field === 'rating'
      ? { target: `rating-${RATINGS[0]}`, message: t('rating-missing', lang) }
      : { target: 'comment', message: t('comment-too-long', lang, { max: MAX_COMMENT_LENGTH }) });
  }

  private isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  private pick(rating: Rating): void {
    this.rating = rating;
    this.errors = this.errors.filter((field) => field !== 'rating');
    this.forwardChange();
  }

  private onCommentInput(event: InputEvent): void {
    this.comment = (event.target as HTMLTextAreaElement).value;
    clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => { this.announcedCount = countText(countCharacters(this.comment), resolveLang(this)); }, COUNT_ANNOUNCE_DELAY_MS);
  }

  /** `change` does not cross the shadow boundary on its own (it is not composed): fire it from the host. */
  private forwardChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private findErrors(): Field[] {
    return [...(this.rating === '' && (this.required || this.code.trim() !== '') ? ['rating' as const] : []), ...(countCharacters(this.comment) > MAX_COMMENT_LENGTH ? ['comment' as const] : [])];
  }

  private showErrors(errors: readonly Field[]): void {
    this.errors = errors;
    this.focusTarget = 'summary';
  }

  private syncFormValue(): void {
    const rating = this.rating === '' ? null : this.rating;
    const comment = this.comment.trim();
    if (this.name && rating && comment) {
      const data = new FormData();
      data.append(this.name, rating);
      data.append(`${this.name}-comment`, comment);
      this.internals.setFormValue(data, rating);
    } else {
      this.internals.setFormValue(rating, rating);
    }
    const anchor = this.renderRoot.querySelector<HTMLElement>(`#rating-${RATINGS[0]}`) ?? undefined;
    const lang = resolveLang(this);
    if (this.required && !rating) this.internals.setValidity({ valueMissing: true }, t('rating-missing', lang), anchor);
    else if (countCharacters(this.comment) > MAX_COMMENT_LENGTH) this.internals.setValidity({ tooLong: true }, t('comment-too-long', lang, { max: MAX_COMMENT_LENGTH }), anchor);
    else this.internals.setValidity({});
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.phase.kind === 'sending' || this.code.trim() === '') return;
    const errors = this.findErrors();
    if (errors.length > 0 || this.rating === '') return this.showErrors(errors);
    this.errors = [];
    const rating = this.rating;
    const comment = this.comment.trim();
    this.phase = { kind: 'sending' };
    const outcome = await sendFeedback({
      fetch: this.fetch, endpoint: this.endpoint, code: this.code.trim(), token: this.token.trim(), rating, comment,
    });
    if (!outcome.ok) {
      this.phase = { kind: 'failed', reason: outcome.reason, status: outcome.status };
      return;
    }
    this.phase = { kind: 'sent', rating };
    this.focusTarget = 'panel';
    emit(this, 'motcua-feedback-sent', comment ? { code: this.code.trim(), rating, comment } : { code: this.code.trim(), rating });
  }
}

function t(key: FeedbackKey, lang: Lang, params?: Readonly<Record<string, string | number>>): string {
  return translate(feedbackMessages, key, lang, params);
}

/** Characters as the server counts them: code points, so an emoji is one, as a reader would count it. */
function countCharacters(text: string): number {
  return [...text].length;
}

function countText(length: number, lang: Lang): string {
  const left = MAX_COMMENT_LENGTH - length;
  if (left === 1) return t('comment-remaining-one', lang);
  if (left === -1) return t('comment-over-one', lang);
  return left >= 0 ? t('comment-remaining', lang, { count: left }) : t('comment-over', lang, { count: -left });
}
