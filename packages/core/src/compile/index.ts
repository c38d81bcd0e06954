/**
 * Compile a procedure into an XState v5 machine: built-in dossier states, one event per officer
 * action, guards from roles, requirements and the procedure's conditions, and the legal clock as data.
 */
export { compileProcedure, serializeDossierState, ProcedureCompileError, type CompileOptions, type CompiledProcedure } from './compile-procedure.js';
export { createDossierMachine, initialContext, type DossierMachine } from './create-dossier-machine.js';
export { buildMachineConfig, MACHINE_ID, BRANCH_DONE, RESUME, type StateNodeData, type TransitionData } from './build-machine-config.js';
export { statusOf, isEventOpen, type DossierStatus, type StatusSource } from './status-of.js';
export { checkCommand, isExtensionTooLate, resolveNewDueDate } from './check-command.js';
export { createRejection, type RejectionDetails } from './create-rejection.js';
export { listEventDescriptors, listSteps } from './list-event-descriptors.js';
export { listMissingComponents, type ComponentReport } from './list-missing-components.js';
export { createProcedureRules, type ProcedureRules } from './procedure-rules.js';
export { dossierEnvironment, resolveCase, type DossierFacts } from './dossier-environment.js';
export { validateFormData } from './validate-form-data.js';
export { selectTerm, clockPolicy, termDueMs, describeTerm, type TermSelection, type ClockPolicy } from './select-term.js';
export { applyEffect, EFFECT_NAMES, type EffectName } from './apply-effect.js';
export {
  APPLICANT_ROLE,
  type BuiltInEventType,
  type BuiltInStateName,
  type ChannelKind,
  type DataIssue,
  type DossierActor,
  type DossierClock,
  type DossierCommand,
  type DossierContext,
  type DossierEvent,
  type DossierInput,
  type DossierDueChange,
  type EventActorKind,
  type EventDescriptor,
  type EventKind,
  type LastAction,
  type MissingComponent,
  type OfficerEventType,
  type OpenRequest,
  type Rejection,
  type RejectionCode,
  type Requirement,
  type StatusCode,
  type TermSource,
  type WaivedComponent,
} from './types.js';
