/**
 * `MotcuaOfficialForm`: one of the official one-stop forms — Circular 03/2025/TT-VPCP Phụ lục I (01–07,
 * the default) or Circular 01/2018/TT-VPCP Art. 9 (01–06) — laid out as its paper template and ready to
 * print. Which number is which form, its paper and its renderer come from one table,
 * `official-form-editions.ts`.
 */
import { LitElement, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { resolveLang, translate } from '../../internal/localize.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { tokens } from '../../styles/tokens.js';
import type { OfficialFormAgency, OfficialFormDossier, OfficialFormProcedure } from './official-form-data.js';
import {
  DEFAULT_OFFICIAL_FORM_EDITION, findOfficialForm, isOfficialFormEdition, OFFICIAL_FORMS, type OfficialFormDefinition,
  type OfficialFormEdition, type OfficialFormPaper,
} from './official-form-editions.js';
import type { OfficialFormInput } from './official-form-parts.js';
import { officialFormMessages, type OfficialFormKey } from './official-form.messages.js';
import { officialFormStyles } from './official-form.styles.js';

export type { OfficialFormPaper } from './official-form-editions.js';

/**
 * Prints one official form of the one-stop mechanism. `edition="2025"` (the default, the law in force:
 * Circular 03/2025/TT-VPCP guiding Decree 118/2025/NĐ-CP from 01/07/2025): `01` receipt and appointment,
 * `02` supplement request, `03` refusal, `04` apology and request to extend the time, `05` notice that
 * handling stops, `06` process-control slip, `07` tracking book. `edition="2018"` (Circular 01/2018/TT-VPCP,
 * replaced; for dossiers received before 01/07/2025): `01`–`04` as above but 04 is the apology with a new
 * date, `05` process-control slip, `06` tracking book. The national motto, the issuing agency, the form
 * number and title, the body and the signature blocks follow the paper template. The form itself is always
 * Vietnamese (an official document); only the message for an unknown form or edition follows `lang`.
 *
 * `print()` prints just this form on its paper — 2018: A5 for 01–05, A4 landscape for 06 (Circular 01/2018
 * Art. 9); 2025: the same sizes for the same forms and A4 for 05 (UNCONFIRMED, see the table) — unless
 * `paper` says otherwise.
 *
 * @tag motcua-official-form
 * @csspart base - the sheet.
 * @csspart header - the heading block (agency and national motto).
 * @csspart title - the form's title.
 * @csspart table - the table of the process-control slip and the tracking book.
 * @csspart signatures - the signature blocks.
 * @cssprop --motcua-official-font-family - the printed typeface (Times New Roman).
 * @cssprop --motcua-official-font-size - the printed size (13pt).
 */
export class MotcuaOfficialForm extends LitElement {
  static override styles = [tokens, sharedStyles, officialFormStyles];

  /** The set of forms: `2025` (Circular 03/2025/TT-VPCP, in force) or `2018` (Circular 01/2018/TT-VPCP). */
  @property() edition: OfficialFormEdition = DEFAULT_OFFICIAL_FORM_EDITION;
  /** Which form of the edition: `01` … `07` (2025) or `01` … `06` (2018). */
  @property() form: string = '01';
  /** Paper to print on; empty for the form's own (see the table of forms). */
  @property() paper: OfficialFormPaper | '' = '';
  /** The dossier (every form but the tracking book; the book uses it when `dossiers` is empty). */
  @property({ attribute: false }) dossier: OfficialFormDossier | null = null;
  /** The dossiers entered in the tracking book. */
  @property({ attribute: false }) dossiers: readonly OfficialFormDossier[] = [];
  /** The procedure's JSON, for component, role and procedure names and the statutory term. */
  @property({ attribute: false }) procedure: OfficialFormProcedure | null = null;
  /** The issuing agency. */
  @property({ attribute: false }) agency: OfficialFormAgency | null = null;
  /** The clock for the date line; the wall clock unless injected. */
  @property({ attribute: false }) now: () => Date = () => new Date();

  /** The definition of the form shown (number, title, legal basis, paper), or undefined when unknown. */
  get definition(): OfficialFormDefinition | undefined {
    return isOfficialFormEdition(this.edition) ? findOfficialForm(this.edition, this.form) : undefined;
  }

  /** The paper this form prints on. */
  get printPaper(): OfficialFormPaper {
    return this.paper || (this.definition?.paper ?? 'A4');
  }

  /**
   * Prints this form alone: for the time of `window.print()` the page's other content is hidden and the
   * page size set, through a constructable stylesheet (allowed under a strict CSP, no `style` attribute).
   */
  print(): void {
    const sheet = new CSSStyleSheet();
    const size = `${this.printPaper} ${this.definition?.orientation ?? 'portrait'}`;
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
    const edition = this.edition;
    if (!isOfficialFormEdition(edition)) return this.renderProblem('unknown-edition', { edition });
    const definition = findOfficialForm(edition, this.form);
    const last = OFFICIAL_FORMS[edition].at(-1)!.number;
    if (!definition) return this.renderProblem('unknown-form', { form: this.form, edition, last });
    if (definition.perDossier && !this.dossier) return this.renderProblem('no-dossier', { form: definition.number });
    const dossiers = this.dossiers.length || !this.dossier ? this.dossiers : [this.dossier];
    const input: OfficialFormInput = {
      form: { number: definition.number, title: definition.title.vi },
      dossier: this.dossier, dossiers, procedure: this.procedure, agency: this.agency, issuedAt: this.now(),
    };
    return html`<article part="base" class="sheet sheet--${definition.kind}" lang="vi" data-edition=${edition}
      aria-labelledby="form-title">${definition.render(input)}</article>`;
  }

  private renderProblem(key: OfficialFormKey, params: Readonly<Record<string, string>>): TemplateResult {
    const lang = resolveLang(this);
    return html`<div part="base" class="notice notice--error" role="alert" lang=${lang}><p>${translate(officialFormMessages, key, lang, params)}</p></div>`;
  }
}
