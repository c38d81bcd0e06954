/**
 * `AdministrativeUnits`: the catalogue of administrative units an address is picked from (provinces, then
 * communes: no district level since 01/07/2025, Resolution 202/2025/QH15), and
 * `createFixtureAdministrativeUnits`, core's small demo fixture behind that interface — not the national
 * list. A deployment passes an adapter backed by the official catalogue (Decision 19/2025/QĐ-TTg codes);
 * the browser asks the server (`GET /api/administrative-units`) rather than carrying 3,000-odd communes
 * in every page.
 */
import { ADMINISTRATIVE_UNITS_FIXTURE, type AdministrativeUnit } from '@motcua/core';

export type { AdministrativeUnit };

/** The catalogue connection. */
export interface AdministrativeUnits {
  /** Every province-level unit. */
  provinces(): Promise<readonly AdministrativeUnit[]>;
  /** The commune-level units of a province; empty for an unknown province. */
  communes(provinceCode: string): Promise<readonly AdministrativeUnit[]>;
}

/** The demo catalogue over `ADMINISTRATIVE_UNITS_FIXTURE` (a few real units, not the national list). */
export function createFixtureAdministrativeUnits(): AdministrativeUnits {
  const { provinces, communes } = ADMINISTRATIVE_UNITS_FIXTURE;
  return {
    provinces: async () => provinces,
    communes: async (provinceCode) => (Object.hasOwn(communes, provinceCode) ? communes[provinceCode]! : []),
  };
}
