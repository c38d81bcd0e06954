/**
 * The hand-written page's field templates — the small helpers a developer writes once and calls forty
 * times: a label, a hint, an inline error linked by `aria-describedby`, and the control. Controls carry
 * `name` = the field path and errors `data-error-for` = the field path, the hooks the benchmark drives.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** What every question shows around its control. */
export interface QuestionView {
  readonly name: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly errorPrefix: string;
  readonly optional?: string | undefined;
}

/** Extra attributes of a single-line input. */
export interface InputOptions {
  readonly type?: 'text' | 'date' | 'email' | 'tel';
  readonly inputmode?: 'numeric' | 'tel' | 'email';
  readonly autocomplete?: string;
  readonly maxlength?: number;
}

/** One choice of a select or a radio group. */
export interface Choice {
  readonly value: string;
  readonly label: string;
}

const idOf = (name: string): string => `q-${name.replace(/\./g, '-')}`;

function describedBy(view: QuestionView): string | undefined {
  const ids = [view.hint ? `${idOf(view.name)}-hint` : '', view.error ? `${idOf(view.name)}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function hintAndError(view: QuestionView): TemplateResult {
  return html`${view.hint ? html`<p class="hint" id="${idOf(view.name)}-hint">${view.hint}</p>` : nothing}${view.error
    ? html`<p class="error-message" id="${idOf(view.name)}-error" data-error-for=${view.name}><span class="visually-hidden">${view.errorPrefix}</span> ${view.error}</p>`
    : nothing}`;
}

function labelOf(view: QuestionView): TemplateResult {
  return html`<label for=${idOf(view.name)}>${view.label}${view.optional ? html` <span class="optional">${view.optional}</span>` : nothing}</label>`;
}

/** A single-line input (text, date, email, phone, number typed as text with a numeric keyboard). */
export function inputQuestion(view: QuestionView, value: string, options: InputOptions = {}): TemplateResult {
  return html`<div class="field ${view.error ? 'field--error' : ''}">
    ${labelOf(view)}${hintAndError(view)}
    <input id=${idOf(view.name)} name=${view.name} type=${options.type ?? 'text'} .value=${value}
      inputmode=${ifDefined(options.inputmode)} autocomplete=${ifDefined(options.autocomplete)} maxlength=${ifDefined(options.maxlength)}
      aria-describedby=${ifDefined(describedBy(view))} aria-invalid=${view.error ? 'true' : 'false'}>
  </div>`;
}

/** A multi-line answer. */
export function textareaQuestion(view: QuestionView, value: string, maxlength: number): TemplateResult {
  return html`<div class="field ${view.error ? 'field--error' : ''}">
    ${labelOf(view)}${hintAndError(view)}
    <textarea id=${idOf(view.name)} name=${view.name} rows="3" maxlength=${maxlength} .value=${value}
      aria-describedby=${ifDefined(describedBy(view))} aria-invalid=${view.error ? 'true' : 'false'}></textarea>
  </div>`;
}

/** A drop-down list with a "choose" placeholder. */
export function selectQuestion(view: QuestionView, value: string, choices: readonly Choice[], choose: string): TemplateResult {
  return html`<div class="field ${view.error ? 'field--error' : ''}">
    ${labelOf(view)}${hintAndError(view)}
    <select id=${idOf(view.name)} name=${view.name} aria-describedby=${ifDefined(describedBy(view))} aria-invalid=${view.error ? 'true' : 'false'}>
      <option value="" ?selected=${value === ''}>${choose}</option>
      ${choices.map((c) => html`<option value=${c.value} ?selected=${c.value === value}>${c.label}</option>`)}
    </select>
  </div>`;
}

/** A radio group in a fieldset whose legend is the question. */
export function radioQuestion(view: QuestionView, value: string, choices: readonly Choice[]): TemplateResult {
  return html`<fieldset class="field ${view.error ? 'field--error' : ''}" aria-describedby=${ifDefined(describedBy(view))}>
    <legend>${view.label}</legend>${hintAndError(view)}
    ${choices.map((c) => html`<div class="choice">
      <input type="radio" id="${idOf(view.name)}-${c.value}" name=${view.name} value=${c.value} .checked=${c.value === value}>
      <label for="${idOf(view.name)}-${c.value}">${c.label}</label>
    </div>`)}
  </fieldset>`;
}

/** A yes/no question as one checkbox. */
export function checkboxQuestion(view: QuestionView, checked: boolean): TemplateResult {
  return html`<div class="field choice">
    <input type="checkbox" id=${idOf(view.name)} name=${view.name} .checked=${checked} aria-describedby=${ifDefined(describedBy(view))}>
    <label for=${idOf(view.name)}>${view.label}</label>${hintAndError(view)}
  </div>`;
}

/** The id of a question's control, for the error summary's links. */
export const controlIdOf = idOf;
