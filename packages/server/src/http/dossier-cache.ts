/**
 * `createDossierCache`: the last version of each dossier this process wrote, with its live runtime
 * state, so the next officer action on it neither reads the row back nor restores the snapshot it
 * just wrote (in the load profile an action spent a round trip and an actor restore on exactly that).
 *
 * It is only a shortcut, never the truth: an entry is used only when the request's `expectedVersion` is
 * the cached version, and the write still checks version and chain head in the database, so another
 * instance (or another request) that moved the dossier on makes the write fail as it would have anyway.
 */
import type { DossierState } from '@motcua/core';
import type { DossierRow } from '../store/dossier-store.js';

/** A dossier row with the runtime state its snapshot restores to. */
export interface CachedDossier {
  readonly stored: DossierRow;
  readonly state: DossierState;
}

/** The cache; keys are dossier codes. */
export interface DossierCache {
  /** The entry of `code` if it stands at `version`. */
  get(code: string, version: number): CachedDossier | undefined;
  set(entry: CachedDossier): void;
  delete(code: string): void;
}

/**
 * A cache of at most `limit` dossiers, the least recently used dropped first: about 13 KB of heap each
 * (the state keeps its live actor), so 1,000 by default. It pays off where one dossier gets several
 * actions in a row on one instance (the load benchmark's pattern); a dossier acted on days apart misses. Runtime states are
 * immutable (`send` returns a new one), so an entry can be handed to any number of requests.
 * @example const cache = createDossierCache(); cache.set({ stored: saved, state }); cache.get(saved.code, saved.version);
 */
export function createDossierCache(limit = 1_000): DossierCache {
  const entries = new Map<string, CachedDossier>();
  return {
    get(code, version) {
      const entry = entries.get(code);
      if (entry === undefined || entry.stored.version !== version) return undefined;
      entries.delete(code); // a Map keeps insertion order: re-inserting marks it recently used
      entries.set(code, entry);
      return entry;
    },
    set(entry) {
      entries.delete(entry.stored.code);
      entries.set(entry.stored.code, entry);
      if (entries.size > limit) entries.delete(entries.keys().next().value!);
    },
    delete: (code) => { entries.delete(code); },
  };
}
