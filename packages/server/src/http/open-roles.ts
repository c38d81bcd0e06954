/**
 * `openRolesOf`: the roles of a procedure that can act on a dossier now, stored with each write
 * (`dossiers.open_roles`) so the officer inbox filters by role in SQL instead of restoring every open
 * dossier. Judged like the inbox judges it — `availableActions` at the dossier's last event — so the
 * stored answer is the one the inbox would compute.
 */
import type { DossierState } from '@motcua/core';
import type { CatalogueEntry } from './procedure-catalogue.js';

/** The role ids of `entry`'s procedure with at least one available action on `state`. */
export function openRolesOf(entry: CatalogueEntry, state: DossierState): string[] {
  return entry.procedure.roles.map((role) => role.id).filter((role) => entry.runtime.availableActions(state, role).length > 0);
}
