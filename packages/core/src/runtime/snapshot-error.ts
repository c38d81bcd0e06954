/**
 * `SnapshotError` and `parseDossierSnapshot`: reading a stored dossier back, refusing what does not fit.
 */
import type { DossierSnapshot } from './types.js';

/** Why a snapshot cannot be restored. */
export type SnapshotErrorCode = 'invalid-snapshot' | 'procedure-mismatch';

/**
 * Thrown by `restore` for a snapshot that is malformed (`invalid-snapshot`) or was made under another
 * procedure version (`procedure-mismatch`): a dossier always keeps the rules it was received under, so
 * it must be restored with the machine of that exact `code@version`.
 */
export class SnapshotError extends Error {
  override readonly name = 'SnapshotError';
  readonly code: SnapshotErrorCode;
  /** For `procedure-mismatch`: the snapshot's procedure and the runtime's. */
  readonly found?: string;
  readonly expected?: string;

  constructor(code: SnapshotErrorCode, message: string, details: { found?: string; expected?: string } = {}) {
    super(message);
    this.code = code;
    if (details.found !== undefined) this.found = details.found;
    if (details.expected !== undefined) this.expected = details.expected;
  }
}

/** The format tag of dossier snapshots. */
export const SNAPSHOT_FORMAT = 'motcua.dossier/1';

/**
 * The format tag of a snapshot without its application data (`toSnapshotJson(state, { data: false })`),
 * which the store keeps apart and `restore` takes back as `options.data`. A tag of its own, so that a
 * runtime that predates it refuses such a snapshot (`invalid-snapshot`) instead of restoring a dossier
 * with no answers.
 */
export const SNAPSHOT_FORMAT_DATA_APART = 'motcua.dossier/1-data-apart';

/**
 * Parses and checks a stored snapshot (text or object) against the runtime's procedure key. Returns a
 * private deep copy, so the caller's object can never reach into a running dossier.
 *
 * @throws SnapshotError
 */
export function parseDossierSnapshot(json: unknown, expectedKey: string): DossierSnapshot {
  let value: unknown;
  try {
    value = JSON.parse(typeof json === 'string' ? json : JSON.stringify(json));
  } catch (error) {
    throw new SnapshotError('invalid-snapshot', `Not a JSON dossier snapshot: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SnapshotError('invalid-snapshot', 'A dossier snapshot is a JSON object');
  }
  const snapshot = value as Partial<DossierSnapshot>;
  if (snapshot.format !== SNAPSHOT_FORMAT && snapshot.format !== SNAPSHOT_FORMAT_DATA_APART) {
    throw new SnapshotError('invalid-snapshot', `Unknown snapshot format ${JSON.stringify(snapshot.format)}; expected "${SNAPSHOT_FORMAT}"`);
  }
  if (snapshot.procedure !== expectedKey) {
    throw new SnapshotError('procedure-mismatch',
      `The snapshot was made under procedure ${JSON.stringify(snapshot.procedure)}, not ${expectedKey}; restore it with the runtime of that exact version`,
      { found: String(snapshot.procedure), expected: expectedKey });
  }
  if (typeof snapshot.id !== 'string' || typeof snapshot.machine !== 'object' || snapshot.machine === null) {
    throw new SnapshotError('invalid-snapshot', 'A dossier snapshot needs "id" (string) and "machine" (object)');
  }
  return snapshot as DossierSnapshot;
}
