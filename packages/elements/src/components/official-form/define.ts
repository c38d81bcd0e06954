/** Registers `<motcua-official-form>` (side effect); safe to run twice, e.g. from two portal bundles. */
import { MotcuaOfficialForm } from './official-form.js';

/** The tag name. */
export const OFFICIAL_FORM_TAG = 'motcua-official-form';

/** Defines the tag unless some bundle already has. */
export function defineOfficialForm(): void {
  if (!customElements.get(OFFICIAL_FORM_TAG)) customElements.define(OFFICIAL_FORM_TAG, MotcuaOfficialForm);
}

defineOfficialForm();

declare global {
  interface HTMLElementTagNameMap {
    'motcua-official-form': MotcuaOfficialForm;
  }
}
