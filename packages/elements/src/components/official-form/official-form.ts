/**
 * `MotcuaOfficialForm`: one of the official one-stop forms 01–06, laid out as its paper template and ready
 * to print.
 */
import { LitElement, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { resolveLang, translate } from '../../internal/localize.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { tokens } from '../../styles/tokens.js';
import { renderApology, renderReceipt, renderRefusal, renderSupplementRequest } from './forms-01-04.js';
import { renderProcessControl, renderTrackingBook } from './forms-05-06.js';
import type { OfficialFormAgency, OfficialFormDossier, OfficialFormProcedure } from './official-form-data.js';
import { OFFICIAL_FORM_NUMBERS, type OfficialFormInput, type OfficialFormNumber } from './official-form-parts.js';
import { officialFormMessages } from './official-form.messages.js';
import { officialFormStyles } from './official-form.styles.js';

/** Paper sizes the forms print on. */
export type OfficialFormPaper = 'A4' | 'A5';

/**
 * Prints one official form of the one-stop mechanism (Circular 01/2018/TT-VPCP Art. 9; Decree 118/2025 and
 * Circular 03/2025/TT-VPCP carry the same set): `01` receipt and appointment, `02` supplement request,
 * `03` refusal, `04` apology and new date, `05` process-control slip, `06` tracking book. The national
 * motto, the issuing agency, the form number and title, the body and the signature blocks follow the paper
 * template. The form itself is always Vietnamese (an official document); only the message for an unknown
 * form number follows the nearest `lang`.
 *
 * `print()` prints just this form on its paper: A5 for 01–05 and A4 landscape for 06 (Circular 01/2018
 * Art. 9), unless `paper` says otherwise.
 *
 * @tag motcua-official-form
 * @csspart base - the sheet.
 * @csspart header - the heading block (agency and national motto).
 * @csspart title - the form's title.
 * @csspart table - the table of forms 05 and 06.
 * @csspart signatures - the signature blocks.
 * @cssprop --motcua-official-font-family - the printed typeface (Times New Roman).
 * @cssprop --motcua-official-font-size - the printed size (13pt).
 */
export class MotcuaOfficialForm extends LitElement {
  static override styles = [tokens, sharedStyles, officialFormStyles];

  /** Which form: `01` … `06`. */
  @property() form: string = '01';
  /** Paper to print on; empty for the form's own (A5, or A4 for 06). */
  @property() paper: OfficialFormPaper | '' = '';
  /** The dossier (forms 01–05; form 06 uses it when `dossiers` is empty). */
  @property({ attribute: false }) dossier: OfficialFormDossier | null = null;
  /** The dossiers entered in the tracking book (form 06). */
  @property({ attribute: false }) dossiers: readonly OfficialFormDossier[] = [];
  /** The procedure's JSON, for component, role and procedure names and the statutory term. */
  @property({ attribute: false }) procedure: OfficialFormProcedure | null = null;
  /** The issuing agency. */
  @property({ attribute: false }) agency: OfficialFormAgency | null = null;
  /** The clock for the date line; the wall clock unless injected. */
  @property({ attribute: false }) now: () => Date = () => new Date();

  /** The paper this form prints on. */
  get printPaper(): OfficialFormPaper {
    return this.paper || (this.form === '06' ? 'A4' : 'A5');
  }

  /**
   * Prints this form alone: for the time of `window.print()` the page's other content is hidden and the
   * page size set, through a constructable stylesheet (allowed under a strict CSP, no `style` attribute).
   */
  print(): void {
    const sheet = new CSSStyleSheet();
    const size = this.form === '06' ? `${this.printPaper} landscape` : `${this.printPaper} portrait`;
    sheet.replaceSync(`@page { size: ${size}; margin: 15mm 15mm 15mm 20mm; } @media print { body { visibility: hidden; } }`);
    const previous = document.adoptedStyleSheets;
    document.adoptedStyleSheets = [...previous, sheet];
    this.toggleAttribute('printing', true);
    try {
      window.print();
    } finally {
      this.toggleAttribute('printing', false);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    }
  }

  protected override render(): TemplateResult {
    const form = OFFICIAL_FORM_NUMBERS.find((number) => number === this.form);
    const lang = resolveLang(this);
    if (!form) return this.renderProblem(translate(officialFormMessages, 'unknown-form', lang, { form: this.form }));
    const dossiers = this.dossiers.length || !this.dossier ? this.dossiers : [this.dossier];
    if (form !== '06' && !this.dossier) return this.renderProblem(translate(officialFormMessages, 'no-dossier', lang, { form }));
    const input: OfficialFormInput = { dossier: this.dossier, dossiers, procedure: this.procedure, agency: this.agency, issuedAt: this.now() };
    return html`<article part="base" class="sheet sheet--${form}" lang="vi" aria-labelledby="form-title">${this.renderBody(form, input)}</article>`;
  }

  private renderBody(form: OfficialFormNumber, input: OfficialFormInput): TemplateResult {
    const dossier = input.dossier!;
    switch (form) {
      case '01': return renderReceipt(dossier, input);
      case '02': return renderSupplementRequest(dossier, input);
      case '03': return renderRefusal(dossier, input);
      case '04': return renderApology(dossier, input);
      case '05': return renderProcessControl(dossier, input);
      case '06': return renderTrackingBook(input.dossiers, input);
    }
  }

  private renderProblem(message: string): TemplateResult {
    return html`<div part="base" class="notice notice--error" role="alert" lang=${resolveLang(this)}><p>${message}</p></div>`;
  }
}
