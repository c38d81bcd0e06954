/**
 * `fixtureAddressProvider`: `@motcua/core`'s few real post-2025 administrative units as an address
 * provider, for demos, stories and tests — not the national list. A portal without a motcua server passes
 * a provider backed by the official catalogue instead.
 */
import { ADMINISTRATIVE_UNITS_FIXTURE } from '@motcua/core';
import type { AddressProvider } from './address-provider.js';

/** The fixture provider (see the module comment: a demo list, not the national catalogue). */
export const fixtureAddressProvider: AddressProvider = {
  provinces: async () => ADMINISTRATIVE_UNITS_FIXTURE.provinces,
  communes: async (provinceCode) => (Object.hasOwn(ADMINISTRATIVE_UNITS_FIXTURE.communes, provinceCode) ? ADMINISTRATIVE_UNITS_FIXTURE.communes[provinceCode]! : []),
};
