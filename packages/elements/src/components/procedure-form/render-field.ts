/**
 * `renderField`: one question as GOV.UK-style markup — label (or fieldset and legend for radios and
 * addresses), hint, prefill source, inline error and the control, tied together by `aria-describedby`.
 * Every control carries `name` and `data-path` = the field's dotted path (the benchmark and the host's
 * delegated listeners rely on it); the inline error is `[data-error-for="<path>"]`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { localized } from '../../internal/localized-text.js';
import { commonMsg, type Lang } from '../../internal/localize.js';
import type { AdministrativeUnit } from './address-provider.js';
import { controlIdOf, isRecord, type FormField, type LayoutField, type PrefillRule, type Widget } from './form-model.js';
import * as m from './procedure-form.messages.js';
import { msg as t } from './procedure-form.messages.js';
import { renderItems, type ListParts } from './render-list.js';

/** Everything one question needs to render. */
export interface FieldView {
  readonly field: LayoutField;
  readonly widget: Widget;
  readonly schema: FormField | undefined;
  readonly value: unknown;
  readonly required: boolean;
  readonly error: string | null;
  /** The prefill rule that filled this field, when it was filled from a registry. */
  readonly prefill: PrefillRule | null;
  readonly lang: Lang;
  /** For addresses: the provinces, the chosen province and its communes. */
  readonly address?: { readonly provinces: readonly AdministrativeUnit[]; readonly province: string; readonly communes: readonly AdministrativeUnit[] };
  /** For a list of items ("add another"): its items and buttons, drawn inside the question's fieldset. */
  readonly list?: ListParts;
}

const TEXT_TYPES: Partial<Record<Widget, string>> = { text: 'text', 'citizen-id': 'text', 'tax-code': 'text', phone: 'tel', email: 'email', date: 'date', number: 'number' };
const AUTOCOMPLETE: Partial<Record<Widget, string>> = { phone: 'tel', email: 'email' };
const FORMAT_HINTS: Partial<Record<Widget, m.Message>> = { 'citizen-id': m.hintCitizenId, 'tax-code': m.hintTaxCode, phone: m.hintPhone, email: m.hintEmail };

/** The markup of one question. */
export function renderField(view: FieldView): TemplateResult {
  const id = controlIdOf(view.field.field);
  const grouped = view.widget === 'radio' || view.widget === 'address';
  const invalid = view.error !== null;
  return html`
    <div class="field ${invalid ? 'field--error' : ''}" data-field=${view.field.field}>
      ${grouped
        ? html`<fieldset name=${view.field.field} aria-describedby=${describedBy(view) || nothing}>
            <legend>${labelText(view)}</legend>${renderExtras(view)}${renderControl(view, id)}
          </fieldset>`
        : view.widget === 'checkbox'
          ? html`${renderExtras(view)}${renderControl(view, id)}`
          : html`<label for=${id}>${labelText(view)}</label>${renderExtras(view)}${renderControl(view, id)}`}
    </div>
  `;
}

export function labelText(view: FieldView): TemplateResult {
  const optional = view.required || view.widget === 'checkbox' ? nothing : html` <span class="optional">${t(m.optional, view.lang)}</span>`;
  return html`${localized(view.field.label, view.lang)}${optional}`;
}

/** Hint, format hint, prefill source and error, in that order (GOV.UK), each with an id for aria-describedby. */
export function renderExtras(view: FieldView): TemplateResult {
  const id = controlIdOf(view.field.field);
  const formatHint = FORMAT_HINTS[view.widget];
  return html`
    ${view.field.help ? html`<p id="${id}-hint" class="hint">${localized(view.field.help, view.lang)}</p>` : nothing}
    ${formatHint ? html`<p id="${id}-format" class="hint">${t(formatHint, view.lang)}</p>` : nothing}
    ${view.prefill ? html`<p id="${id}-source" class="prefilled" data-prefilled-from=${view.prefill.source}>
        ${t(m.prefilledFrom[view.prefill.source], view.lang)}${view.prefill.editable ? nothing : html`. ${t(m.prefilledReadonly, view.lang)}`}</p>` : nothing}
    ${view.error !== null ? renderError(view.field.field, view.error, view.lang) : nothing}
  `;
}

/** An inline error: `#<control id>-error`, `[data-error-for=<key>]`, "Lỗi:" said before it. */
export function renderError(key: string, error: string, lang: Lang): TemplateResult {
  return html`<p id="${key.startsWith('file-') ? key : controlIdOf(key)}-error" class="error-message" data-error-for=${key}><span class="visually-hidden">${commonMsg('error-prefix', lang)}</span> ${error}</p>`;
}

export function describedBy(view: FieldView): string {
  const id = controlIdOf(view.field.field);
  return [
    view.field.help ? `${id}-hint` : '', FORMAT_HINTS[view.widget] ? `${id}-format` : '', view.prefill ? `${id}-source` : '', view.error !== null ? `${id}-error` : '',
  ].filter(Boolean).join(' ');
}

function renderControl(view: FieldView, id: string): TemplateResult {
  const path = view.field.field;
  const locked = view.prefill !== null && view.prefill.editable !== true;
  const invalid = view.error !== null ? 'true' : 'false';
  const described = describedBy(view) || nothing;
  switch (view.widget) {
    case 'textarea':
      return html`<textarea id=${id} name=${path} data-path=${path} rows="4" ?readonly=${locked} aria-invalid=${invalid} aria-describedby=${described}
        .value=${typeof view.value === 'string' ? view.value : ''}></textarea>`;
    case 'checkbox':
      return html`<div class="checkbox"><input type="checkbox" id=${id} name=${path} data-path=${path} data-kind="checkbox" ?disabled=${locked}
        aria-invalid=${invalid} aria-describedby=${described} .checked=${view.value === true} /><label for=${id}>${labelText(view)}</label></div>`;
    case 'select':
      return html`<select id=${id} name=${path} data-path=${path} ?disabled=${locked} aria-invalid=${invalid} aria-describedby=${described}>
        <option value="" ?selected=${view.value === undefined}>${t(m.choose, view.lang)}</option>
        ${optionsOf(view).map((option) => html`<option value=${String(option.value)} ?selected=${String(option.value) === String(view.value)}>${option.label}</option>`)}
      </select>`;
    case 'radio': {
      if (view.list) return renderItems(view.field, view.lang, view.list);
      // A list of enum values is a group of checkboxes (`data-kind="choice"`), one value a group of radios.
      const many = view.schema?.type === 'array';
      const chosen = (Array.isArray(view.value) ? view.value : [view.value]).map(String);
      return html`<div class="radios">${optionsOf(view).map((option, index) => html`<div class=${many ? 'checkbox' : 'radio'}>
        <input type=${many ? 'checkbox' : 'radio'} id=${index === 0 ? id : `${id}-${index}`} name=${path} data-path=${path} data-kind=${many ? 'choice' : nothing}
          value=${String(option.value)} ?disabled=${locked} .checked=${chosen.includes(String(option.value))} /><label for=${index === 0 ? id : `${id}-${index}`}>${option.label}</label></div>`)}</div>`;
    }
    case 'address':
      return renderAddress(view, id, locked);
    default:
      return html`<input id=${id} name=${path} data-path=${path} data-kind=${view.widget} type=${TEXT_TYPES[view.widget] ?? 'text'}
        autocomplete=${AUTOCOMPLETE[view.widget] ?? 'off'} inputmode=${view.widget === 'citizen-id' || view.widget === 'tax-code' ? 'numeric' : nothing}
        spellcheck="false" ?readonly=${locked} aria-invalid=${invalid} aria-describedby=${described}
        .value=${view.value === undefined || view.value === null ? '' : String(view.value)} />`;
  }
}

/** Province, then commune (its code is the answer's `unitCode`), then the street line. */
function renderAddress(view: FieldView, id: string, locked: boolean): TemplateResult {
  const path = view.field.field;
  const value = isRecord(view.value) ? view.value : {};
  const address = view.address ?? { provinces: [], province: '', communes: [] };
  const invalid = view.error !== null ? 'true' : 'false';
  return html`
    <div class="address">
      <label for=${id} class="sub-label">${t(m.addressProvince, view.lang)}</label>
      <select id=${id} name="${path}.province" data-path=${path} data-part="province" ?disabled=${locked} aria-invalid=${invalid}>
        <option value="" ?selected=${address.province === ''}>${t(m.choose, view.lang)}</option>
        ${address.provinces.map((unit) => html`<option value=${unit.code} ?selected=${unit.code === address.province}>${unit.name}</option>`)}
      </select>
      <label for="${id}-commune" class="sub-label">${t(m.addressCommune, view.lang)}</label>
      <select id="${id}-commune" name="${path}.unitCode" data-path=${path} data-part="unitCode" ?disabled=${locked || address.province === ''} aria-invalid=${invalid}>
        <option value="" ?selected=${!value['unitCode']}>${address.province === '' ? t(m.addressProvinceFirst, view.lang) : t(m.choose, view.lang)}</option>
        ${address.communes.map((unit) => html`<option value=${unit.code} ?selected=${unit.code === value['unitCode']}>${unit.name}</option>`)}
      </select>
      <label for="${id}-line" class="sub-label">${t(m.addressLine, view.lang)}</label>
      <input id="${id}-line" name="${path}.line" data-path=${path} data-part="line" type="text" autocomplete="off" ?readonly=${locked}
        .value=${typeof value['line'] === 'string' ? value['line'] : ''} />
    </div>
  `;
}

/** The options of a choice: the layout's bilingual labels, else the schema's enum values. */
export function optionsOf(view: Pick<FieldView, 'field' | 'schema' | 'lang'>): { value: string | number; label: string }[] {
  if (view.field.options) return view.field.options.map((option) => ({ value: option.value, label: localized(option.label, view.lang) }));
  const schema = view.schema?.type === 'array' ? view.schema.items : view.schema;
  const values = schema && 'enum' in schema && Array.isArray(schema.enum) ? (schema.enum as (string | number)[]) : [];
  return values.map((value) => ({ value, label: String(value) }));
}

