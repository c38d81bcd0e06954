/** Registers `<motcua-procedure-catalog>` (side effect); safe to run twice, e.g. from two portal bundles. */
import { MotcuaProcedureCatalog } from './procedure-catalog.js';

/** The tag name. */
export const PROCEDURE_CATALOG_TAG = 'motcua-procedure-catalog';

/** Defines the tag unless some bundle already has. */
export function defineProcedureCatalog(): void {
  if (!customElements.get(PROCEDURE_CATALOG_TAG)) customElements.define(PROCEDURE_CATALOG_TAG, MotcuaProcedureCatalog);
}

defineProcedureCatalog();

declare global {
  interface HTMLElementTagNameMap {
    'motcua-procedure-catalog': MotcuaProcedureCatalog;
  }
}
