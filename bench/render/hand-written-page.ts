/**
 * `BenchHandWrittenPage` (`<bench-hand-written-page>`): the render benchmark's baseline — the 40 questions
 * of `forty-fields.procedure.json` written by hand in Lit, as a competent developer would write this one
 * form without a procedure engine: the same labels, hints, options, required rules, formats, citizen-id
 * structure check and conditional questions, the house styles, inline errors after `change`, and a GOV.UK
 * error summary on submit. Long because it lists forty questions, one line each.
 *
 * It accepts `.procedure` only so one driver can treat it like `<motcua-procedure-form>`; it ignores it.
 */
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { focusErrorSummary, renderErrorSummary } from '../../packages/elements/src/internal/error-summary.js';
import { sharedStyles } from '../../packages/elements/src/styles/shared.styles.js';
import { tokens } from '../../packages/elements/src/styles/tokens.js';
import {
  checkboxQuestion, controlIdOf, inputQuestion, radioQuestion, selectQuestion, textareaQuestion,
  type Choice, type InputOptions, type QuestionView,
} from './hand-written-fields.js';
import { hasPageMsg, pageMsg, type PageLang, type PageMessageKey } from './hand-written-messages.js';
import { checkAnswer, isRequired, isShown, type Answers, type AnswerProblem } from './hand-written-rules.js';

/** The form's defaults (`default` in the procedure's data schema). */
const DEFAULTS: Answers = {
  'requester.nationality': 'Việt Nam', 'requester.hasRepresentative': false, 'document.translated': false,
  copies: '1', copiesBrought: true, urgent: false, feedbackConsent: false,
};

const RADIOS: Readonly<Record<string, readonly string[]>> = {
  'requester.sex': ['male', 'female'], 'document.language': ['vi', 'foreign'], 'delivery.method': ['in-person', 'postal'],
};

const pageStyles = css`
  .base { max-width: 40rem; }
  select, textarea {
    box-sizing: border-box; width: 100%; max-width: 24rem; font: inherit; padding: var(--_motcua-space-xs);
    border: var(--_motcua-border-width) solid var(--_motcua-color-border); border-radius: var(--_motcua-radius); background: var(--_motcua-color-background);
  }
  textarea { max-width: 36rem; }
  [aria-invalid='true'] { border-color: var(--_motcua-color-error); border-width: 4px; }
  select:focus, textarea:focus { outline: 3px solid var(--_motcua-color-focus); outline-offset: 0; }
  fieldset { border: 0; padding: 0; margin: 0 0 var(--_motcua-space-l); }
  legend { font-weight: 700; margin-bottom: var(--_motcua-space-xs); }
  .choice { display: flex; align-items: center; gap: var(--_motcua-space-s); flex-wrap: wrap; margin-bottom: var(--_motcua-space-xs); }
  .choice input { width: 1.5rem; height: 1.5rem; margin: 0; }
  .choice label { margin: 0; font-weight: 400; }
  .choice .hint, .choice .error-message { flex-basis: 100%; }
  .optional { font-weight: 400; }
`;

/** The baseline page; see the module comment. */
export class BenchHandWrittenPage extends LitElement {
  static override styles = [tokens, sharedStyles, pageStyles];

  /** Accepted and ignored: this page is written for one form. */
  @property({ attribute: false }) procedure: unknown = null;

  @state() private answers: Answers = DEFAULTS;
  @state() private problems: Readonly<Record<string, AnswerProblem>> = {};
  @state() private showSummary = false;

  private language: PageLang = 'vi';

  override connectedCallback(): void {
    super.connectedCallback();
    this.language = /^en(-|$)/i.test(this.closest('[lang]')?.getAttribute('lang') ?? '') ? 'en' : 'vi';
  }

  private msg(key: PageMessageKey, params?: Readonly<Record<string, string | number>>): string {
    return pageMsg(this.language, key, params);
  }

  private view(name: string): QuestionView {
    const problem = this.problems[name];
    const hintKey = `${name}.hint`;
    return {
      name,
      label: this.msg(name as PageMessageKey),
      hint: hasPageMsg(hintKey) ? this.msg(hintKey) : undefined,
      error: problem ? this.msg(problem.key, problem.params) : undefined,
      errorPrefix: this.msg('error.prefix'),
      optional: isRequired(name, this.answers) ? undefined : this.msg('page.optional'),
    };
  }

  private text(name: string): string {
    const value = this.answers[name];
    return typeof value === 'string' ? value : '';
  }

  private choices(name: string, values: readonly string[]): Choice[] {
    return values.map((value) => ({ value, label: this.msg(`${name}=${value}` as PageMessageKey) }));
  }

  private input(name: string, options: InputOptions = {}): TemplateResult | typeof nothing {
    return isShown(name, this.answers) ? inputQuestion(this.view(name), this.text(name), options) : nothing;
  }

  private textarea(name: string, maxlength: number): TemplateResult | typeof nothing {
    return isShown(name, this.answers) ? textareaQuestion(this.view(name), this.text(name), maxlength) : nothing;
  }

  private select(name: string, values: readonly string[]): TemplateResult | typeof nothing {
    return isShown(name, this.answers) ? selectQuestion(this.view(name), this.text(name), this.choices(name, values), this.msg('page.choose')) : nothing;
  }

  private radios(name: string): TemplateResult | typeof nothing {
    return isShown(name, this.answers) ? radioQuestion(this.view(name), this.text(name), this.choices(name, RADIOS[name] ?? [])) : nothing;
  }

  private checkbox(name: string): TemplateResult | typeof nothing {
    return isShown(name, this.answers) ? checkboxQuestion(this.view(name), this.answers[name] === true) : nothing;
  }

  override render(): TemplateResult {
    const citizenId: InputOptions = { inputmode: 'numeric', maxlength: 12 };
    const phone: InputOptions = { type: 'tel', inputmode: 'tel', autocomplete: 'tel' };
    const number: InputOptions = { inputmode: 'numeric' };
    return html`<form class="base" part="base" novalidate @input=${this.onInput} @change=${this.onChange} @submit=${this.onSubmit}>
      <h2>${this.msg('page.title')}</h2>
      <p class="hint">${this.msg('page.description')}</p>
      ${this.showSummary ? this.renderSummary() : nothing}
      ${this.input('requester.fullName', { autocomplete: 'name', maxlength: 100 })}
      ${this.input('requester.dateOfBirth', { type: 'date' })}
      ${this.radios('requester.sex')}
      ${this.input('requester.citizenId', citizenId)}
      ${this.input('requester.phone', phone)}
      ${this.input('requester.email', { type: 'email', autocomplete: 'email' })}
      ${this.input('requester.ethnicity', { maxlength: 50 })}
      ${this.input('requester.nationality', { maxlength: 50 })}
      ${this.input('requester.occupation', { maxlength: 100 })}
      ${this.select('requester.province', ['01', '31', '48', '79', '92'])}
      ${this.input('requester.residenceLine', { autocomplete: 'street-address', maxlength: 200 })}
      ${this.checkbox('requester.hasRepresentative')}
      ${this.input('representative.fullName', { maxlength: 100 })}
      ${this.input('representative.citizenId', citizenId)}
      ${this.input('representative.phone', phone)}
      ${this.select('representative.relation', ['family', 'employee', 'lawyer', 'other'])}
      ${this.input('representative.authorizationNumber', { maxlength: 50 })}
      ${this.input('document.title', { maxlength: 300 })}
      ${this.select('document.kind', ['diploma', 'land', 'civil-status', 'contract', 'other'])}
      ${this.input('document.kindOther', { maxlength: 100 })}
      ${this.input('document.serialNumber', { maxlength: 50 })}
      ${this.input('document.issuedBy', { maxlength: 300 })}
      ${this.input('document.issuedOn', { type: 'date' })}
      ${this.input('document.pageCount', number)}
      ${this.radios('document.language')}
      ${this.checkbox('document.translated')}
      ${this.textarea('document.notes', 1000)}
      ${this.input('copies', number)}
      ${this.checkbox('copiesBrought')}
      ${this.textarea('purpose', 500)}
      ${this.checkbox('urgent')}
      ${this.textarea('urgentReason', 500)}
      ${this.radios('delivery.method')}
      ${this.input('delivery.recipientName', { maxlength: 100 })}
      ${this.input('delivery.addressLine', { maxlength: 200 })}
      ${this.input('delivery.phone', phone)}
      ${this.select('payment.method', ['cash', 'transfer', 'online'])}
      ${this.input('payment.invoiceEmail', { type: 'email' })}
      ${this.input('payment.payerCitizenId', citizenId)}
      ${this.checkbox('feedbackConsent')}
      <button type="submit">${this.msg('page.submit')}</button>
    </form>`;
  }

  private renderSummary(): TemplateResult {
    const errors = Object.entries(this.problems).map(([name, problem]) => ({
      target: RADIOS[name] ? `${controlIdOf(name)}-${RADIOS[name][0]}` : controlIdOf(name),
      message: this.msg(problem.key, problem.params),
    }));
    return renderErrorSummary(this.renderRoot, errors, this.language);
  }

  private read(event: Event): string | null {
    const control = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    if (!control.name) return null;
    const value = control instanceof HTMLInputElement && control.type === 'checkbox' ? control.checked : control.value;
    this.answers = { ...this.answers, [control.name]: value };
    return control.name;
  }

  private recheck(name: string): void {
    const problem = checkAnswer(name, this.answers, this.msg(name as PageMessageKey));
    const { [name]: _old, ...rest } = this.problems;
    this.problems = problem ? { ...rest, [name]: problem } : rest;
  }

  /** Typing updates the answers (and so which questions show); an error already shown clears once fixed. */
  private onInput(event: Event): void {
    const name = this.read(event);
    if (name && this.problems[name]) this.recheck(name);
  }

  /** Leaving or committing a control checks its answer (GOV.UK: validate on change, not on every key). */
  private onChange(event: Event): void {
    const name = this.read(event);
    if (name) this.recheck(name);
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const problems: Record<string, AnswerProblem> = {};
    for (const control of this.renderRoot.querySelectorAll<HTMLElement & { name: string }>('[name]')) {
      const problem = checkAnswer(control.name, this.answers, this.msg(control.name as PageMessageKey));
      if (problem) problems[control.name] = problem;
    }
    this.problems = problems;
    this.showSummary = Object.keys(problems).length > 0;
    await this.updateComplete;
    focusErrorSummary(this.renderRoot);
  }
}

if (!customElements.get('bench-hand-written-page')) customElements.define('bench-hand-written-page', BenchHandWrittenPage);
