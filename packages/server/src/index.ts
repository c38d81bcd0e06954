/**
 * @motcua/server — the reference dossier server: the HTTP API over web-standard Request/Response (and,
 * for plain Node, over lighter values: `createDossierHandler` with `toNodeListener`),
 * signed-token authentication for officers (and, in the demo, citizens), and the dossier stores (embedded PGlite and PostgreSQL).
 */
export const SERVER_VERSION = '0.1.0';

export { createDossierService, createDossierHandler, type DossierService, type DossierServiceOptions } from './http/create-dossier-service.js';
export { jsonAnswer, toWebResponse, toFetchHandler, type HttpRequest, type HttpHeaders, type HttpAnswer, type HttpHandler } from './http/http-exchange.js';
export { toNodeListener } from './node/to-node-listener.js';
export { toDossierView, toCitizenView, type DossierView, type CitizenDossierView, type RequestedComponent } from './http/dossier-view.js';
export { toTimeline, toHistory, type TimelineEntry, type HistoryEntry } from './http/dossier-timeline.js';
export { toProcedureSummary, type ProcedureSummary } from './http/procedure-routes.js';
export type { OfficerDossierView, DossierDocument } from './http/officer-detail.js';
export { FEEDBACK_RATINGS, type FeedbackRating } from './http/feedback-route.js';
export {
  ApiError, BadRequestError, NotFoundError, PayloadTooLargeError, UnsupportedMediaTypeError, ForbiddenError, StaleDossierError, RejectedCommandError, ProcedureUnavailableError,
  RequestConflictError, UnprocessableRequestError, toErrorAnswer, toErrorResponse, jsonResponse,
} from './http/http-errors.js';
export { createProcedureCatalogue, type ProcedureCatalogue, type CatalogueEntry } from './http/procedure-catalogue.js';
export { createTokenAuthenticator, mintToken, AuthenticationError, type Authenticate, type CredentialRequest, type Identity, type TokenOptions } from './auth/create-token-authenticator.js';
export { createCitizenAuthenticator, mintCitizenToken, type AuthenticateCitizen, type CitizenIdentity } from './auth/citizen-token.js';
export { resolvePrefill, applyPrefill, type PrefillQuery, type ResolvedPrefill } from './prefill/resolve-prefill.js';
export { createPgliteStore, type PgliteStore, type PgliteStoreOptions } from './store/create-pglite-store.js';
export { createPostgresStore, MIGRATION_LOCK_KEY, type PostgresStore, type PostgresStoreOptions } from './store/create-postgres-store.js';
export { createSqlStore, type SqlStoreOptions } from './store/create-sql-store.js';
export { runMigrations, MIGRATIONS, type Migration } from './store/migrations.js';
export { ConflictError } from './store/store-errors.js';
export { formatDossierCode, receiptDay, isAgencyCode } from './store/dossier-code.js';
export { canonicalJson, hashEventRecord, GENESIS_HASH, type EventRecord } from './store/hash-chain.js';
export type { SqlClient, SqlQueryable, SqlResult, QueryOptions } from './store/sql-client.js';
export type {
  DossierStore, StoredDossier, DossierRow, DossierPosition, NewDossier, InsertOutcome, ChainVerification, InboxQuery, ChainHead, OutboxRow, AppendOptions, IdempotentResponse,
} from './store/dossier-store.js';
export { sniffMediaType, SNIFFED_MEDIA_TYPES, type SniffedMediaType } from './documents/sniff-media-type.js';
export { acceptsMediaType, componentAccept, DEFAULT_ACCEPT } from './documents/accepts-media-type.js';
export { createDiskStorage, InvalidDigestError, type DocumentStorage, type DiskStorageOptions, type StoredDocument } from './documents/document-storage.js';
export { createSqlDocumentRecords, type DocumentRecords, type DocumentRecord } from './documents/document-records.js';
export { createUploadHandler, type UploadedDocument } from './http/create-upload-handler.js';
export type { DocumentUploadOptions } from './documents/document-upload-options.js';
export { readClaimedDigest } from './http/read-claimed-digest.js';
export { runDeadlineScan, type DeadlineFlag, type RaisedFlag, type DeadlineScanOptions, type SqlBacked } from './jobs/run-deadline-scan.js';
export { createFakePortal, type NationalPortalAdapter, type PortalStatusPush, type FakePortal } from './adapters/national-portal-adapter.js';
export { enqueueStatusChange, enqueueStatusChanges, statusChangeRow, statusChangeRows, sweepOutbox, STATUS_CHANGE, type OutboxDossier } from './adapters/enqueue-status-change.js';
export { runOutbox, type OutboxOptions, type OutboxRun } from './adapters/run-outbox.js';
export {
  createFixtureAdministrativeUnits, type AdministrativeUnit, type AdministrativeUnits,
} from './adapters/administrative-units.js';
export {
  createFixturePopulationRegistry, DEMO_POPULATION, type PopulationRegistry, type RegistryPerson, type RegistryAddress,
} from './adapters/population-registry.js';
export { computeStatistics, type StatisticsQuery, type Statistics, type GroupStatistics, type StepTime, type Satisfaction } from './statistics/compute-statistics.js';
export { scheduleJobs, type JobSchedule, type JobScheduleOptions } from './node/schedule-jobs.js';
