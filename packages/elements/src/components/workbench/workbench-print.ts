/**
 * The print side of the workbench: which official forms a dossier has in the workbench's edition, and the
 * print view of one. Numbers, titles and paper come from the table of forms (`official-form-editions.ts`).
 */
import { html, type TemplateResult } from 'lit';
import type { Lang } from '../../internal/localize.js';
import { localized } from '../../internal/localized-text.js';
import '../official-form/define.js';
import type { OfficialFormAgency } from '../official-form/official-form-data.js';
import {
  officialFormOfKind, type OfficialFormDefinition, type OfficialFormEdition, type OfficialFormKind,
} from '../official-form/official-form-editions.js';
import { isStopped } from '../official-form/form-stop.js';
import type { DossierDetail, InboxDossier, ProcedureView } from './workbench-view.js';
import { t } from './workbench-words.js';

/**
 * What the dossier has had, by kind of form: a receipt once received (Decree 61/2018 Art. 17(1)), a
 * supplement request while one is open (Art. 19(4)), a refusal once refused (Art. 19(8)), an apology after
 * the one extension (Art. 19(9)), the stop notice once withdrawn (status 7: the applicant's WITHDRAW is the
 * request to stop) or stopped (status 8) — Circular 03/2025/TT-VPCP Phụ lục I Mẫu 05, 2025 only — and the
 * process-control slip once anything has happened (Art. 19(5)).
 */
const APPLIES: readonly (readonly [OfficialFormKind, (detail: DossierDetail) => boolean])[] = [
  ['receipt', (detail) => detail.receivedAt !== null],
  ['supplement', (detail) => detail.request?.kind === 'supplement'],
  ['refusal', (detail) => detail.state === 'refused'],
  ['apology', (detail) => detail.history.some((entry) => entry.type === 'EXTEND')],
  ['stop', (detail) => isStopped(detail)],
  ['process-control', (detail) => detail.history.length > 0],
];

/** The forms of `edition` that apply to `detail`, in the annex's order. */
export function applicableForms(detail: DossierDetail, edition: OfficialFormEdition): OfficialFormDefinition[] {
  return APPLIES.filter(([, applies]) => applies(detail))
    .flatMap(([kind]) => officialFormOfKind(edition, kind) ?? []);
}

/** The tracking book of `edition` (07 in 2025, 06 in 2018). */
export function trackingBook(edition: OfficialFormEdition): OfficialFormDefinition {
  return officialFormOfKind(edition, 'tracking-book')!;
}

/** A button per applicable form, each opening its print view. */
export function renderPrintChoices(
  detail: DossierDetail, edition: OfficialFormEdition, lang: Lang, onShow: (form: OfficialFormDefinition) => void,
): TemplateResult {
  const forms = applicableForms(detail, edition);
  if (forms.length === 0) return html``;
  return html`
    <section aria-labelledby="print-choices-title">
      <h3 id="print-choices-title">${t('print-title', lang)}</h3>
      <ul class="actions">${forms.map((form) => html`
        <li><button type="button" class="button--secondary" data-print=${form.number} data-kind=${form.kind} @click=${() => onShow(form)}>${
          t('print-form', lang, { form: form.number, title: localized(form.title, lang) })}</button></li>`)}
      </ul>
    </section>
  `;
}

/** What the print view shows. */
export interface PrintViewInput {
  readonly form: OfficialFormDefinition;
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
      <h2 id="print-title" tabindex="-1" class="no-print">${localized(form.title, lang)}</h2>
      <div class="buttons no-print">
        <button type="button" data-action="print" @click=${input.onPrint}>${t('print', lang)}</button>
        <button type="button" class="button--secondary" data-action="close-print" @click=${input.onClose}>${t('close-print', lang)}</button>
      </div>
      <motcua-official-form edition=${form.edition} form=${form.number} .dossier=${input.dossier} .dossiers=${input.dossiers}
        .procedure=${input.procedure} .agency=${input.agency} .now=${input.now}></motcua-official-form>
    </section>
  `;
}
