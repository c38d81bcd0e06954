/**
 * `renderItems`: the items of a list question, GOV.UK "add another" — a fieldset per item (legend
 * "Thành viên 1") with the item's questions and a "Remove" button naming the item, then an "Add" button.
 * `renderField` draws them inside the list's own fieldset; "Add" carries the list's control id, so the
 * error summary's link about the list itself lands on it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { localized } from '../../internal/localized-text.js';
import type { ItemField } from './form-list.js';
import type { Lang } from '../../internal/localize.js';
import { controlIdOf, type LayoutField } from './form-model.js';
import * as m from './procedure-form.messages.js';
import { msg as t } from './procedure-form.messages.js';

/** The items of a list question shown now, what may be done with them, and how. */
export interface ListParts {
  readonly items: readonly (readonly ItemField[])[];
  readonly canAdd: boolean;
  readonly canRemove: boolean;
  readonly renderItem: (field: ItemField) => TemplateResult;
  readonly add: () => void;
  readonly remove: (index: number) => void;
}

/** Each item (its own fieldset, or for a list of scalars its one question), then "Add". */
export function renderItems(field: LayoutField, lang: Lang, list: ListParts): TemplateResult {
  const path = field.field;
  return html`
    ${list.items.map((fields, index) => {
      const name = localized(fields[0]!.item, lang);
      const remove = list.canRemove ? html`<button type="button" class="button--secondary" data-remove=${index} @click=${() => list.remove(index)}>
        ${t(m.listRemove, lang)}<span class="visually-hidden"> ${name}</span></button>` : nothing;
      return fields[0]!.field.endsWith(`.${index}`)
        ? html`<div class="list-item" data-item=${index}>${list.renderItem(fields[0]!)}${remove}</div>`
        : html`<fieldset class="list-item" data-item=${index}><legend>${name}</legend>${fields.map(list.renderItem)}${remove}</fieldset>`;
    })}
    ${list.canAdd ? html`<button type="button" class="button--secondary" id=${controlIdOf(path)} data-add=${path} @click=${list.add}>
      ${t(m.listAdd, lang)}<span class="visually-hidden"> (${localized(field.label, lang)})</span></button>` : nothing}
  `;
}
