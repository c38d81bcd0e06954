import { createPgliteStore } from './create-pglite-store.js';
import { describeStoreContract } from './store-contract.js';

describeStoreContract('createPgliteStore', () => createPgliteStore());
