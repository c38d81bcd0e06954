/**
 * Entry for `import '@motcua/elements/procedure-catalog'`: registers `<motcua-procedure-catalog>` and
 * nothing else, and exports its class and types.
 */
import './components/procedure-catalog/define.js';

export { PROCEDURE_CATALOG_TAG, defineProcedureCatalog } from './components/procedure-catalog/define.js';
export { MotcuaProcedureCatalog } from './components/procedure-catalog/procedure-catalog.js';
export { toProcedureSummaries } from './components/procedure-catalog/procedure-summary.js';
export type { OnlineLevel, ProcedureLevel, ProcedureOpenDetail, ProcedureSummary } from './components/procedure-catalog/procedure-summary.js';
export { NO_FILTERS, foldVietnamese, searchProcedures } from './components/procedure-catalog/search-procedures.js';
export type { ProcedureFilters } from './components/procedure-catalog/search-procedures.js';
