/**
 * Errors the dossier store throws. The HTTP layer maps them to statuses in one place
 * (`http/to-error-response.ts`).
 */

/**
 * Thrown by `appendEvents` when the dossier moved on since it was read (its version is not the expected
 * one): another action won the race. The caller reloads and answers 409 with the current state.
 */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  readonly dossierId: string;
  readonly expectedVersion: number;

  constructor(dossierId: string, expectedVersion: number) {
    super(`Dossier ${dossierId} is no longer at version ${expectedVersion}; reload it and try again`);
    this.dossierId = dossierId;
    this.expectedVersion = expectedVersion;
  }
}
