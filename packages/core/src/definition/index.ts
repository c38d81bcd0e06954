export { validateProcedure } from './validate-procedure.js';
export { parseJson, type ParsedJson } from './parse-json.js';
export { createIssue, joinPointer, splitPointer, escapePointerToken, type ValidationIssue, type ValidationResult } from './issue.js';
export { indexProcedure, BUILT_IN_TARGETS, type ProcedureIndex, type FieldInfo, type StepInfo } from './procedure-index.js';
export { listExpressionSites, type ExpressionSite } from './expression-sites.js';
export { termInWorkingHours, HOURS_PER_WORKING_DAY } from './check-workflow.js';
export { KNOWN_MEDIA_TYPES, isKnownMediaType } from './media-types.js';
export { validateCalendar } from './validate-calendar.js';
export { validateScenario } from './validate-scenario.js';
