/**
 * `ServiceContext`: what every route of the dossier API works with — the procedures, the store, the clock
 * and the optional parts (calendar, uploads, citizen sign-in, population registry). Its own module so the
 * routes and `createDossierService`, which wires them, do not import each other.
 */
import type { WorkingCalendar } from '@motcua/core';
import type { PopulationRegistry } from '../adapters/population-registry.js';
import type { AuthenticateCitizen } from '../auth/citizen-token.js';
import type { DocumentUploadOptions } from '../documents/document-upload-options.js';
import type { DossierStore } from '../store/dossier-store.js';
import type { SqlClient } from '../store/sql-client.js';
import type { ProcedureCatalogue } from './procedure-catalogue.js';
import type { DossierCache } from './dossier-cache.js';

/** Services the command handlers share. */
export interface ServiceContext {
  readonly catalogue: ProcedureCatalogue;
  readonly store: DossierStore;
  readonly agencies: ReadonlySet<string> | null;
  readonly now: () => Date;
  readonly sql?: SqlClient | undefined;
  /** The dossiers this process wrote last, so the next action skips the lookup and the restore. */
  readonly cache?: DossierCache;
  /** The configured working calendar (`GET /api/calendar`), when there is one. */
  readonly calendar?: WorkingCalendar | undefined;
  readonly documents?: DocumentUploadOptions | undefined;
  readonly authenticateCitizen?: AuthenticateCitizen | undefined;
  readonly population?: PopulationRegistry | undefined;
}
