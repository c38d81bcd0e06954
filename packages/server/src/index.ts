/**
 * @motcua/server — the reference dossier server: the HTTP API over web-standard Request/Response,
 * signed-token authentication for officers, and the dossier stores (embedded PGlite; PostgreSQL next).
 */
export const SERVER_VERSION = '0.1.0';

export { createDossierService, type DossierService, type DossierServiceOptions } from './http/create-dossier-service.js';
export { toDossierView, type DossierView } from './http/dossier-view.js';
export {
  ApiError, BadRequestError, NotFoundError, ForbiddenError, StaleDossierError, RejectedCommandError, ProcedureUnavailableError,
  toErrorResponse, jsonResponse,
} from './http/http-errors.js';
export { createProcedureCatalogue, type ProcedureCatalogue, type CatalogueEntry } from './http/procedure-catalogue.js';
export { createTokenAuthenticator, mintToken, AuthenticationError, type Authenticate, type Identity, type TokenOptions } from './auth/create-token-authenticator.js';
export { createPgliteStore, type PgliteStore, type PgliteStoreOptions } from './store/create-pglite-store.js';
export { createSqlStore } from './store/create-sql-store.js';
export { runMigrations, MIGRATIONS, type Migration } from './store/migrations.js';
export { ConflictError } from './store/store-errors.js';
export { formatDossierCode, receiptDay, isAgencyCode } from './store/dossier-code.js';
export { canonicalJson, hashEventRecord, GENESIS_HASH, type EventRecord } from './store/hash-chain.js';
export type { SqlClient, SqlQueryable, SqlResult } from './store/sql-client.js';
export type {
  DossierStore, StoredDossier, DossierPosition, NewDossier, InsertOutcome, ChainVerification, InboxQuery,
} from './store/dossier-store.js';
