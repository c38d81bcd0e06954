import { checkCitizenId } from './check-citizen-id.js';

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/**
 * Checks a Vietnamese enterprise/tax code (mã số doanh nghiệp, mã số thuế; domain.md §6.2): 10 digits
 * whose last is a mod-11 check digit, N10 = 10 − (Σ Ni·Wi mod 11) with W = 31, 29, 23, 19, 17, 13, 7,
 * 5, 3; a dependent unit adds `-NNN`. Where the formula gives 10, implementations differ; 0 is accepted
 * there (as several do). A 12-digit personal identification number is accepted as an individual's tax
 * code when it is structurally plausible. Returns true when the code passes.
 *
 * @example isValidTaxCode('0100109106') // true
 */
export function isValidTaxCode(code: string): boolean {
  if (/^\d{12}$/.test(code)) return checkCitizenId(code) === null;
  const match = /^(\d{10})(?:-\d{3})?$/.exec(code);
  if (!match) return false;
  const digits = match[1]!;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * WEIGHTS[i]!;
  const check = 10 - (sum % 11);
  return Number(digits[9]) === (check === 10 ? 0 : check);
}
