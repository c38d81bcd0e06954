/** Registers `<motcua-procedure-catalog>` (side effect); safe to run twice, e.g. from two portal bundles. */
import { defineElement } from '../../internal/define-element.js';
import { MotcuaProcedureCatalog } from './procedure-catalog.js';

/** The tag name. */
export const PROCEDURE_CATALOG_TAG = 'motcua-procedure-catalog';

/** Defines the tag unless some bundle already has (see {@link defineElement}). */
export function defineProcedureCatalog(): void {
  defineElement(PROCEDURE_CATALOG_TAG, MotcuaProcedureCatalog);
}

defineProcedureCatalog();

declare global {
  interface HTMLElementTagNameMap {
    'motcua-procedure-catalog': MotcuaProcedureCatalog;
  }
}
