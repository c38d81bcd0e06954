/**
 * `DocumentRecords` and `createSqlDocumentRecords`: which document was uploaded for which component of
 * which dossier, by whom and when (table `dossier_documents`, migration 3). The bytes live in a
 * `DocumentStorage`; a row only points at them by sha-256.
 */
import type { SqlQueryable } from '../store/sql-client.js';

/** One uploaded document of a dossier. */
export interface DocumentRecord {
  readonly dossierId: string;
  readonly componentId: string;
  readonly sha256: string;
  readonly size: number;
  readonly mediaType: string;
  readonly uploadedAt: Date;
  /** `applicant:<code>` for the citizen, the officer's `sub` otherwise. */
  readonly uploadedBy: string;
}

/** The uploaded-documents table. */
export interface DocumentRecords {
  /** Records an upload. @returns false when the same bytes were already recorded for this component (nothing changes). */
  record(document: DocumentRecord): Promise<boolean>;
  /** A dossier's documents, in upload order. */
  list(dossierId: string): Promise<DocumentRecord[]>;
  /** Whether any record (of any dossier) points at `sha256`. */
  isReferenced(sha256: string): Promise<boolean>;
}

/** `DocumentRecords` over a migrated database (PGlite or PostgreSQL). */
export function createSqlDocumentRecords(client: SqlQueryable): DocumentRecords {
  return {
    async record(document) {
      const { rows } = await client.query(
        `INSERT INTO dossier_documents (dossier_id, component_id, sha256, size, media_type, uploaded_at, uploaded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (dossier_id, component_id, sha256) DO NOTHING RETURNING sha256`,
        [document.dossierId, document.componentId, document.sha256, document.size, document.mediaType, document.uploadedAt.toISOString(), document.uploadedBy],
      );
      return rows.length === 1;
    },
    async list(dossierId) {
      const { rows } = await client.query<Record<string, unknown>>(
        `SELECT dossier_id, component_id, sha256, size, media_type, uploaded_at, uploaded_by FROM dossier_documents
         WHERE dossier_id = $1 ORDER BY uploaded_at, component_id, sha256`,
        [dossierId],
      );
      return rows.map((row) => ({
        dossierId: String(row['dossier_id']), componentId: String(row['component_id']), sha256: String(row['sha256']),
        size: Number(row['size']), mediaType: String(row['media_type']),
        uploadedAt: new Date(row['uploaded_at'] as string | Date), uploadedBy: String(row['uploaded_by']),
      }));
    },
    async isReferenced(sha256) {
      const { rows } = await client.query('SELECT 1 FROM dossier_documents WHERE sha256 = $1 LIMIT 1', [sha256]);
      return rows.length > 0;
    },
  };
}
