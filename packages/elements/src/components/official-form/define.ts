/** Registers `<motcua-official-form>` (side effect); safe to run twice, e.g. from two portal bundles. */
import { defineElement } from '../../internal/define-element.js';
import { MotcuaOfficialForm } from './official-form.js';

/** The tag name. */
export const OFFICIAL_FORM_TAG = 'motcua-official-form';

/** Defines the tag unless some bundle already has (see {@link defineElement}). */
export function defineOfficialForm(): void {
  defineElement(OFFICIAL_FORM_TAG, MotcuaOfficialForm);
}

defineOfficialForm();

declare global {
  interface HTMLElementTagNameMap {
    'motcua-official-form': MotcuaOfficialForm;
  }
}
