/**
 * `createActorPool`: keeps the live XState actor behind each dossier state, so sending the next event is
 * one `actor.send` instead of restoring an actor (or building an actor scope, as the pure `transition()`
 * does) every time. stack.md §5: a long-lived actor ran ~3–10× faster than `transition()`.
 *
 * The actor rides on the state object itself, in a non-enumerable symbol slot (a WeakMap from states
 * to actors cost a third of every send in profiles: its ephemeron table churned with short-lived keys).
 * A state whose actor has moved on — the caller sent from an older state — gets a fresh actor restored
 * from its snapshot, so every state stays usable any number of times.
 */
import { createActor, type Actor } from 'xstate';
import type { DossierInput, DossierMachine } from '../compile/index.js';
import type { DossierMachineSnapshot } from './types.js';

/** A live dossier actor. */
export type DossierActorRef = Actor<DossierMachine>;

const ACTOR = Symbol('motcua.actor');

/** Anything that holds a snapshot and may carry its actor. */
export interface ActorHolder {
  readonly snapshot: DossierMachineSnapshot;
}

/** The pool of live actors of one machine. */
export interface ActorPool {
  /** Starts an actor for a new dossier. */
  create(input: DossierInput): DossierActorRef;
  /** An actor standing exactly where `holder.snapshot` stands. */
  acquire(holder: ActorHolder): DossierActorRef;
  /** Starts an actor from a persisted snapshot (throws when it does not fit the machine). */
  restore(persisted: unknown): DossierActorRef;
  /** Attaches `actor` to the state object that holds its current snapshot. */
  attach<T extends object>(holder: T, actor: DossierActorRef): T;
}

// An actor whose action throws reports the error to its observers and, without one, rethrows it later
// from a timer, outside any try/catch. Every actor gets an observer; the runtime reads the status.
const IGNORE_ERRORS = { error: () => undefined };

/** Creates a pool for `machine`. */
export function createActorPool(machine: DossierMachine): ActorPool {
  const start = (actor: DossierActorRef) => {
    actor.subscribe(IGNORE_ERRORS);
    actor.start();
    return actor;
  };
  // XState's types ask for `input` on every actor of a machine with input; it is unused when a
  // snapshot is given (the actor restores instead of initialising).
  const fromSnapshot = (snapshot: unknown) =>
    start(createActor(machine, { snapshot: snapshot as DossierMachineSnapshot, input: undefined as unknown as DossierInput }));
  return {
    create: (input) => start(createActor(machine, { input })),
    acquire(holder) {
      const actor = (holder as { [ACTOR]?: DossierActorRef })[ACTOR];
      if (actor !== undefined) {
        const current = actor.getSnapshot();
        // Every accepted event builds a new context, so the same context means the same dossier
        // state (a refused event may leave an equal snapshot under a new identity).
        if (current.status === 'active' && current.context === holder.snapshot.context) return actor;
      }
      return fromSnapshot(holder.snapshot);
    },
    restore: fromSnapshot,
    attach(holder, actor) {
      Object.defineProperty(holder, ACTOR, { value: actor, enumerable: false });
      return holder;
    },
  };
}
