/**
 * `formatDossierCode` and `receiptDay`: dossier codes `AGENCYCODE-YYMMDD-NNNN` (Circular 01/2018/TT-VPCP
 * Art. 19; domain.md §3.2) and the Vietnamese calendar day an instant falls on.
 */
import { formatUtcIso } from './format-utc-iso.js';

/** Vietnam keeps UTC+7 all year (no daylight saving since 1975), so Asia/Ho_Chi_Minh is a fixed offset. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Agency identifiers (Circular 10/2016/TT-BTTTT): letters, digits and dots, e.g. `000.00.12.H29`. */
const AGENCY_CODE = /^[A-Z0-9]+(\.[A-Z0-9]+)*$/;

/** Whether `code` can head a dossier code. */
export function isAgencyCode(code: string): boolean {
  return code.length <= 40 && AGENCY_CODE.test(code);
}

/** The receipt day of `at` in Asia/Ho_Chi_Minh, as `YYYY-MM-DD`. */
export function receiptDay(at: Date): string {
  return formatUtcIso(at.getTime() + VIETNAM_OFFSET_MS).slice(0, 10);
}

/** `at` as ISO 8601 with the +07:00 offset (what the runtime's commands carry). */
export function toVietnamIso(at: Date): string {
  return `${formatUtcIso(at.getTime() + VIETNAM_OFFSET_MS).slice(0, 19)}+07:00`;
}

/**
 * The dossier code for the `sequence`-th dossier an agency received on `day` (`YYYY-MM-DD`).
 * The number has four digits; a day past 9,999 dossiers widens it rather than collide.
 * @example formatDossierCode('000.00.12.H29', '2026-03-02', 7) // '000.00.12.H29-260302-0007'
 */
export function formatDossierCode(agencyCode: string, day: string, sequence: number): string {
  const yymmdd = `${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}`;
  return `${agencyCode}-${yymmdd}-${String(sequence).padStart(4, '0')}`;
}
