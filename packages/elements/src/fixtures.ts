/**
 * Entry for `import { fixtureAddressProvider } from '@motcua/elements/fixtures'`: stand-ins for demos,
 * stories and tests that run without a motcua server. Registers no element, and is left out of the
 * browser bundles: production pages get their data from the server or the portal's own providers.
 */
export { fixtureAddressProvider } from './components/procedure-form/fixture-address-provider.js';
