/**
 * `@motcua/core/scenario` — run the JSON test scenarios policy staff write for a procedure.
 */
export { runScenario, type ScenarioFailure, type ScenarioResult } from './run-scenario.js';
export { uncoveredEvents } from './uncovered-events.js';
export type { Scenario } from '../generated/scenario.types.js';
