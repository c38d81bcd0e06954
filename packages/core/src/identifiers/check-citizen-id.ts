/** Why a personal identification number failed its structural check. */
export type CitizenIdProblem = 'format' | 'province' | 'century' | 'birth-year';

/**
 * Checks a 12-digit personal identification number (số định danh cá nhân, CCCD) by structure — it
 * has no check digit (domain.md §6.1; Decree 137/2015, Circular 07/2016/TT-BCA):
 * digits 1–3 the province of birth registration (historic range 001–096), digit 4 century and
 * sex (0/1 = 1900s male/female, 2/3 = 2000s, 4/5 = 2100s, …), digits 5–6 the last two digits of the
 * birth year. With `birthDate` (YYYY-MM-DD) the century, sex digit and year must agree with it.
 * Returns null when the number is plausible.
 *
 * @example checkCitizenId('001094000004', { birthDate: '1994-02-02' }) // null
 */
export function checkCitizenId(id: string, options: { birthDate?: string } = {}): CitizenIdProblem | null {
  if (!/^\d{12}$/.test(id)) return 'format';
  const province = Number(id.slice(0, 3));
  if (province < 1 || province > 96) return 'province';
  const centuryDigit = Number(id[3]);
  const year = 1900 + Math.floor(centuryDigit / 2) * 100 + Number(id.slice(4, 6));
  if (options.birthDate && /^\d{4}-/.test(options.birthDate)) {
    const birthYear = Number(options.birthDate.slice(0, 4));
    if (Math.floor(birthYear / 100) !== Math.floor(year / 100)) return 'century';
    if (birthYear !== year) return 'birth-year';
  }
  return null;
}

/** The sex digit 4 encodes: even male, odd female. */
export function citizenIdSex(id: string): 'male' | 'female' | null {
  return /^\d{12}$/.test(id) ? (Number(id[3]) % 2 === 0 ? 'male' : 'female') : null;
}
