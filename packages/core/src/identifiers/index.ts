/** Vietnamese identifiers: structural checks shared by the form widgets and the server's re-validation. */
export { checkCitizenId, citizenIdSex, type CitizenIdProblem } from './check-citizen-id.js';
export { isValidTaxCode } from './check-tax-code.js';
