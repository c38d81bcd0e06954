/** The print side of the workbench: which official forms a dossier has, and the print view of one. */
import { html, type TemplateResult } from 'lit';
import type { Lang } from '../../internal/localize.js';
import '../official-form/define.js';
import type { OfficialFormAgency } from '../official-form/official-form-data.js';
import type { OfficialFormNumber } from '../official-form/official-form-parts.js';
import type { DossierDetail, InboxDossier, ProcedureView } from './workbench-view.js';
import { t } from './workbench-words.js';

/**
 * The forms that apply to `detail`: 01 once received (Decree 61/2018 Art. 17(1)), 02 while a supplement is
 * requested (Art. 19(4)), 03 once refused (Art. 19(8)), 04 after the one extension (Art. 19(9)), 05 once
 * anything has happened (Art. 19(5)).
 */
export function applicableForms(detail: DossierDetail): OfficialFormNumber[] {
  const checks: readonly (readonly [OfficialFormNumber, boolean])[] = [
    ['01', detail.receivedAt !== null], ['02', detail.request?.kind === 'supplement'], ['03', detail.state === 'refused'],
    ['04', detail.history.some((entry) => entry.type === 'EXTEND')], ['05', detail.history.length > 0],
  ];
  return checks.filter(([, applies]) => applies).map(([form]) => form);
}

/** A button per applicable form, each opening its print view. */
export function renderPrintChoices(detail: DossierDetail, lang: Lang, onShow: (form: OfficialFormNumber) => void): TemplateResult {
  const forms = applicableForms(detail);
  if (forms.length === 0) return html``;
  return html`
    <section aria-labelledby="print-choices-title">
      <h3 id="print-choices-title">${t('print-title', lang)}</h3>
      <ul class="actions">${forms.map((form) => html`
        <li><button type="button" class="button--secondary" data-print=${form} @click=${() => onShow(form)}>${t('print-form', lang, { form, title: t(`form.${form}`, lang) })}</button></li>`)}
      </ul>
    </section>
  `;
}

/** What the print view shows. */
export interface PrintViewInput {
  readonly form: OfficialFormNumber;
  readonly lang: Lang;
  readonly now: () => Date;
  readonly dossier: DossierDetail | null;
  readonly dossiers: readonly InboxDossier[];
  readonly procedure: ProcedureView | null;
  readonly agency: OfficialFormAgency;
  readonly onPrint: () => void;
  readonly onClose: () => void;
}

/** The form as it will print, with Print and Close (hidden on paper). */
export function renderPrintView(input: PrintViewInput): TemplateResult {
  const { form, lang } = input;
  return html`
    <section part="print" class="print" aria-labelledby="print-title">
      <h2 id="print-title" tabindex="-1" class="no-print">${t(`form.${form}`, lang)}</h2>
      <div class="buttons no-print">
        <button type="button" data-action="print" @click=${input.onPrint}>${t('print', lang)}</button>
        <button type="button" class="button--secondary" data-action="close-print" @click=${input.onClose}>${t('close-print', lang)}</button>
      </div>
      <motcua-official-form form=${form} .dossier=${input.dossier} .dossiers=${input.dossiers} .procedure=${input.procedure}
        .agency=${input.agency} .now=${input.now}></motcua-official-form>
    </section>
  `;
}
