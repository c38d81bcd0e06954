/**
 * `AddressProvider`: where the address question gets provinces and communes. Since 01/07/2025 there is
 * no district level (Resolution 202/2025/QH15: 34 provinces; communes and wards renumbered by Decision
 * 19/2025/QĐ-TTg), so an address is a province, then a commune (5-digit code, the schema's
 * `administrative-unit` format). By default the form asks its server (`apiAddressProvider`: the catalogue
 * is some 3,300 communes, too many to carry in every page); a portal may pass its own provider, and
 * `fixtureAddressProvider` serves a few real units for demos and tests.
 */
import type { AdministrativeUnit } from '@motcua/core';

export type { AdministrativeUnit };

/** Source of provinces and of the communes of a province. */
export interface AddressProvider {
  provinces(): Promise<readonly AdministrativeUnit[]>;
  communes(provinceCode: string): Promise<readonly AdministrativeUnit[]>;
}

/**
 * The units a motcua server serves: `GET {endpoint}/administrative-units` (provinces) and
 * `?province=<code>` (its communes). A failed request rejects; the form then offers no units.
 * @example apiAddressProvider('/api', fetch).communes('01') // resolves to [{ code: '00004', name: 'Phường Ba Đình' }, …]
 */
export function apiAddressProvider(endpoint: string, fetch: typeof globalThis.fetch): AddressProvider {
  const get = async (query: string, list: string): Promise<readonly AdministrativeUnit[]> => {
    const response = await fetch(`${endpoint.replace(/\/+$/, '')}/administrative-units${query}`, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return ((await response.json()) as Record<string, readonly AdministrativeUnit[] | undefined>)[list] ?? [];
  };
  return { provinces: () => get('', 'provinces'), communes: (province) => get(`?province=${encodeURIComponent(province)}`, 'communes') };
}
