/**
 * `persistMachineSnapshot`: XState's persisted snapshot of a dossier machine, for `JSON.stringify`,
 * without the copy of the context that `machine.getPersistedSnapshot` makes first (`persistContext`
 * showed as ~5% of the server's self time under load). The text it stringifies to is byte for byte
 * XState's own (same members, same order), so a snapshot written either way restores the same.
 */
import type { DossierMachine } from '../compile/index.js';
import type { DossierMachineSnapshot } from './types.js';

/** XState's persisted snapshot: its members, the context among them, for JSON.stringify. */
export interface PersistedMachineSnapshot {
  readonly context: object;
  readonly [member: string]: unknown;
}

/**
 * The members of `machine.getPersistedSnapshot(snapshot)` (xstate 5), with the live context: JSON.stringify
 * walks it once. `persistContext` only swaps actor refs for `{ xstate$$type, id }`, which is what an actor
 * ref's own `toJSON` gives; a dossier with child actors takes XState's path all the same.
 */
export function persistMachineSnapshot(machine: DossierMachine, snapshot: DossierMachineSnapshot): PersistedMachineSnapshot {
  if (Object.keys(snapshot.children).length > 0) return machine.getPersistedSnapshot(snapshot) as unknown as PersistedMachineSnapshot;
  const { status, output, error, value, historyValue, context } = snapshot;
  return { status, output, error, value, historyValue: persistHistory(historyValue), context, children: {} };
}

/** A history value as XState persists it: each remembered state node by its id. */
function persistHistory(historyValue: DossierMachineSnapshot['historyValue']): Record<string, { id: string }[]> {
  const persisted: Record<string, { id: string }[]> = {};
  for (const key in historyValue) {
    const nodes = historyValue[key];
    if (Array.isArray(nodes)) persisted[key] = nodes.map((node) => ({ id: node.id }));
  }
  return persisted;
}
