/** `DocumentUploadOptions`: where uploads go and the server-wide size cap (a type shared by the service and its upload route). */
import type { DocumentRecords } from './document-records.js';
import type { DocumentStorage } from './document-storage.js';

/** Where uploads go, and the server-wide size cap. */
export interface DocumentUploadOptions {
  readonly storage: DocumentStorage;
  readonly records: DocumentRecords;
  /**
   * The largest upload in bytes, whatever a component allows (uploads are held in memory while checked);
   * 50 MiB by default, the largest `maxSizeMB` of the example procedures.
   */
  readonly maxUploadBytes?: number;
}
