/**
 * `createProcedureCatalogue`: the procedures a server runs, compiled once, each version kept so that a
 * dossier always runs under the exact `code@version` it was received under.
 */
import { compileProcedure, createDossierRuntime, type DossierRuntime, type EventDescriptor, type Procedure, type WorkingCalendar } from '@motcua/core';

/** One loaded procedure version. */
export interface CatalogueEntry {
  readonly key: string;
  readonly procedure: Procedure;
  readonly runtime: DossierRuntime;
  /** Every event the procedure's machine accepts, with its title (for timelines). */
  readonly events: ReadonlyMap<string, EventDescriptor>;
}

/** The loaded procedures. */
export interface ProcedureCatalogue {
  readonly entries: readonly CatalogueEntry[];
  /** The exact version, or undefined. */
  byKey(key: string): CatalogueEntry | undefined;
  /** `code@version`, or the last loaded version of a bare `code`. */
  resolve(reference: string): CatalogueEntry | undefined;
}

/** Compiles every procedure. @throws ProcedureCompileError for an invalid one (a programmer mistake at start-up). */
export function createProcedureCatalogue(procedures: readonly Procedure[], calendar?: WorkingCalendar): ProcedureCatalogue {
  const entries = procedures.map((procedure): CatalogueEntry => {
    const compiled = compileProcedure(procedure, calendar ? { calendar } : {});
    const events = new Map(compiled.events.map((event) => [event.type, event]));
    return { key: compiled.key, procedure, runtime: createDossierRuntime(compiled, calendar ? { calendar } : {}), events };
  });
  const byKey = new Map(entries.map((entry) => [entry.key, entry]));
  const latest = new Map(entries.map((entry) => [entry.procedure.code, entry]));
  return {
    entries,
    byKey: (key) => byKey.get(key),
    resolve: (reference) => (reference.includes('@') ? byKey.get(reference) : latest.get(reference)),
  };
}
