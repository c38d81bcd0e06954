// The schemas that make up the procedure language, in the order they are registered.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const schemaDir = path.join(repoRoot, 'schemas');
export const generatedDir = path.join(repoRoot, 'packages/core/src/generated');

/** Schema file → the name of the precompiled validator and of the generated root type. */
export const schemaFiles = [
  { file: 'expression.schema.json', validator: 'validateExpressionSchema', type: 'Expression' },
  { file: 'procedure.schema.json', validator: 'validateProcedureSchema', type: 'Procedure' },
  { file: 'calendar.schema.json', validator: 'validateCalendarSchema', type: 'CalendarData' },
  { file: 'agency.schema.json', validator: 'validateAgencySchema', type: 'AgencyCatalogue' },
  { file: 'scenario.schema.json', validator: 'validateScenarioSchema', type: 'Scenario' },
];
