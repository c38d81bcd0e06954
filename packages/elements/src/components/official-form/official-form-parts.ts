/**
 * The parts every official form shares: the heading block (issuing agency on the left, the national motto
 * on the right, the place-and-date line), the title, labelled lines that print dotted blanks when empty, and
 * the signature blocks. Layout after Decree 30/2020/NĐ-CP Appendix I (how administrative documents are set
 * out), which the annexed forms of Circular 01/2018/TT-VPCP and 03/2025/TT-VPCP follow.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { translate } from '../../internal/localize.js';
import { agencyName, type OfficialFormAgency, type OfficialFormDossier, type OfficialFormProcedure } from './official-form-data.js';
import { officialFormMessages, type OfficialFormKey } from './official-form.messages.js';
import { formatVnDateLine } from './vn-dates.js';

/**
 * A form's number within its edition: `01`–`06` in Circular 01/2018/TT-VPCP Art. 9, `01`–`07` in Circular
 * 03/2025/TT-VPCP Phụ lục I (see `official-form-editions.ts` for what each number is in each edition).
 */
export type OfficialFormNumber = '01' | '02' | '03' | '04' | '05' | '06' | '07';

/**
 * The form numbers of the default edition (2025, the law in force), in order — kept for the public API;
 * `officialFormNumbers(edition)` in `official-form-editions.ts` reads them from the table (a test holds
 * the two equal).
 */
export const OFFICIAL_FORM_NUMBERS: readonly OfficialFormNumber[] = ['01', '02', '03', '04', '05', '06', '07'];

/** What the heading of a form prints: its number and its (Vietnamese) title. */
export interface OfficialFormHeading {
  readonly number: OfficialFormNumber;
  readonly title: string;
}

/** What a form is printed from. */
export interface OfficialFormInput {
  /** The form being printed (number and title of its edition). */
  readonly form: OfficialFormHeading;
  readonly dossier: OfficialFormDossier | null;
  /** For the tracking book: the dossiers entered. */
  readonly dossiers: readonly OfficialFormDossier[];
  readonly procedure: OfficialFormProcedure | null;
  readonly agency: OfficialFormAgency | null;
  /** When the form is issued (the date line). */
  readonly issuedAt: Date;
}

/** A blank to fill in by hand, as the paper forms have. */
export const BLANK = '……………………………';

/** The printed (Vietnamese) text of `key`. */
export function vi(key: OfficialFormKey, params?: Readonly<Record<string, string | number>>): string {
  return translate(officialFormMessages, key, 'vi', params);
}

/** The heading block, the form number and the title; the dossier code below the title when there is one. */
export function renderHeading(input: OfficialFormInput, code: string | null): TemplateResult {
  const agency = agencyName(input.agency);
  return html`
    <p class="form-number">${vi('form-number', { form: input.form.number })}</p>
    <header part="header" class="header">
      <div class="issuer">
        ${input.agency?.parentTitle ? html`<p class="issuer-parent">${input.agency.parentTitle}</p>` : nothing}
        <p class="issuer-name" data-field="agency">${agency || BLANK}</p>
        <hr class="rule" aria-hidden="true" />
      </div>
      <div class="motto">
        <p class="motto-1">${vi('motto-1')}</p>
        <p class="motto-2">${vi('motto-2')}</p>
        <hr class="rule" aria-hidden="true" />
      </div>
    </header>
    <p class="date-line" data-field="date-line">${vi('date-line', { place: input.agency?.place ?? '……', date: formatVnDateLine(input.issuedAt) })}</p>
    <h2 part="title" class="title" id="form-title">${input.form.title.toLocaleUpperCase('vi')}</h2>
    ${code ? html`<p class="code" data-field="code">${vi('code', { code })}</p>` : nothing}
  `;
}

/** A labelled line; an empty value prints a dotted blank. */
export function renderLine(label: string, value: string, field: string): TemplateResult {
  return html`<p class="line"><span class="label">${label}</span> <span data-field=${field}>${value || BLANK}</span></p>`;
}

/** Signature blocks side by side: title, how to sign, and room for the signature. */
export function renderSignatures(blocks: readonly (readonly [OfficialFormKey, OfficialFormKey])[]): TemplateResult {
  return html`
    <div part="signatures" class="signatures">
      ${blocks.map(([title, note]) => html`
        <div class="signature">
          <p class="signature-title">${vi(title)}</p>
          <p class="signature-note">${vi(note)}</p>
        </div>`)}
    </div>
  `;
}
