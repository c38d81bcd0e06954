/**
 * The dossier runtime: create dossiers of a compiled procedure, send commands (time injected), ask
 * where a dossier stands (actions, missing components, fees, due date), persist and restore.
 */
export { createDossierRuntime } from './create-dossier-runtime.js';
export { computeFees, type FeeLine, type FeesDue } from './compute-fees.js';
export { SnapshotError, SNAPSHOT_FORMAT, SNAPSHOT_FORMAT_DATA_APART, type SnapshotErrorCode } from './snapshot-error.js';
export { toAuditRecord, toDossierEvent } from './to-audit-record.js';
export type {
  AuditRecord,
  AvailableAction,
  CreateDossierInput,
  DossierDueness,
  DossierMachineSnapshot,
  DossierRuntime,
  DossierRuntimeOptions,
  DossierSnapshot,
  DossierState,
  RestoreOptions,
  SendResult,
  SnapshotJsonOptions,
} from './types.js';
