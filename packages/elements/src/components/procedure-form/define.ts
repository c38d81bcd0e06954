/** Registers `<motcua-procedure-form>` (side effect); safe to run twice, e.g. from two portal bundles. */
import { defineElement } from '../../internal/define-element.js';
import { MotcuaProcedureForm } from './procedure-form.js';

/** The tag name. */
export const PROCEDURE_FORM_TAG = 'motcua-procedure-form';

/** Defines the tag unless some bundle already has (see {@link defineElement}). */
export function defineProcedureForm(): void {
  defineElement(PROCEDURE_FORM_TAG, MotcuaProcedureForm);
}

defineProcedureForm();

declare global {
  interface HTMLElementTagNameMap {
    'motcua-procedure-form': MotcuaProcedureForm;
  }
}
