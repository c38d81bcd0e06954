/**
 * @motcua/core — load, check and run Vietnamese administrative procedures. Isomorphic: no
 * DOM and no Node APIs, so the same code decides in the browser, on the server and in the CLI.
 */
export {
  validateProcedure,
  validateCalendar,
  validateScenario,
  parseJson,
  createIssue,
  joinPointer,
  splitPointer,
  escapePointerToken,
  indexProcedure,
  listExpressionSites,
  termInWorkingHours,
  isKnownMediaType,
  BUILT_IN_TARGETS,
  HOURS_PER_WORKING_DAY,
  KNOWN_MEDIA_TYPES,
  DEFAULT_ACCEPTED_MEDIA_TYPES,
} from './definition/index.js';
export type { ValidationIssue, ValidationResult, ParsedJson, ProcedureIndex, FieldInfo, StepInfo, ExpressionSite } from './definition/index.js';
export type { Message, Locale, Procedure, LocalizedText, AgencyCatalogue } from './types.js';
export type { Scenario } from './generated/scenario.types.js';
export type { LayoutField, ItemField as LayoutItemField } from './generated/procedure.types.js';
export * from './expression/index.js';
export * from './calendar/index.js';
export * from './compile/index.js';
export * from './runtime/index.js';
export * from './identifiers/index.js';
export * from './units/index.js';
