/**
 * `createDossierMachine`: the XState v5 machine of one procedure. The configuration is data
 * (`buildMachineConfig`); behaviour lives in `setup`: one named guard, `allowed`, which asks
 * `checkCommand` (role, requirements, data, the procedure's condition), and one named `assign` action,
 * `apply`, whose params list the effects (see `applyEffect`). No delayed transitions: legal deadlines
 * are timestamps in the context (stack.md G7).
 */
import { assign, setup } from 'xstate';
import { applyEffect, type EffectName } from './apply-effect.js';
import { buildMachineConfig } from './build-machine-config.js';
import { checkCommand } from './check-command.js';
import { unionSorted, mergeData } from './merge-facts.js';
import type { ProcedureRules } from './procedure-rules.js';
import type { DossierContext, DossierEvent, DossierInput, StatusCode } from './types.js';

/** The context of a new dossier, in `draft`. */
export function initialContext(input: DossierInput): DossierContext {
  return {
    dossierId: input.dossierId,
    procedure: input.procedure,
    channel: input.channel,
    case: input.case ?? null,
    data: input.data === undefined ? {} : mergeData({}, input.data),
    documents: unionSorted([], input.documents),
    prefilled: unionSorted([], input.prefilled),
    createdAt: input.at,
    submittedAt: null,
    receivedAt: null,
    finishedAt: null,
    returnedAt: null,
    updatedAt: input.at,
    clock: null,
    request: null,
    supplementRounds: 0,
    justReceived: false,
    lastAction: null,
  };
}

function defineSetup(rules: ProcedureRules) {
  return setup({
    types: {} as {
      context: DossierContext;
      events: DossierEvent;
      input: DossierInput;
      meta: { status: StatusCode | null; step?: string };
    },
    guards: {
      /** The event may be taken: see `checkCommand`. */
      allowed: ({ context, event }, params: { event: string }) => {
        const descriptor = rules.eventsByType.get(params.event);
        return descriptor !== undefined && checkCommand(rules, context, event, descriptor, '') === null;
      },
    },
    actions: {
      /**
       * Applies the transition's effects in order. One `assign` per transition, not one per effect:
       * each `assign` copies the snapshot, and that copy dominated the cost of a transition.
       */
      apply: assign(({ context, event }, params: { effects: readonly EffectName[] }) => {
        let next = context;
        for (const effect of params.effects) next = applyEffect(rules, effect, next, event);
        return next;
      }),
    },
  });
}

function machineFor(rules: ProcedureRules) {
  const machineSetup = defineSetup(rules);
  const config = buildMachineConfig(rules);
  // The configuration is data built at run time, so TypeScript cannot check it against the typed
  // setup; `buildMachineConfig` uses only the guard and action names declared above.
  type Config = Parameters<typeof machineSetup.createMachine>[0];
  return machineSetup.createMachine({
    ...(config as unknown as Config),
    context: ({ input }) => initialContext(input),
  });
}

/** The machine type of a compiled procedure (typed context, events and input). */
export type DossierMachine = ReturnType<typeof machineFor>;

/**
 * Builds the machine for a procedure's rules. Create dossiers with `createActor(machine, { input })`,
 * where `input` is a {@link DossierInput}.
 */
export function createDossierMachine(rules: ProcedureRules): DossierMachine {
  return machineFor(rules);
}
