/**
 * `@motcua/core/verify` — static verification of a procedure before it is published: reachability,
 * termination, roles and agencies, approval before a result, and step allowances against the legal
 * term, checked on the compiled machine's state space (explored with `@xstate/graph`).
 */
export { verifyProcedure } from './verify-procedure.js';
export { exploreDossierMachine, isDataDependent, stateKey, FINAL_STATES, DEFAULT_AT, type ExploreOptions } from './explore-dossier-machine.js';
export { formatWitness } from './create-finding.js';
export type { DossierSnapshot, ExploredState, StateEdge, StateGraph } from './state-graph.js';
export type { Finding, FindingCode, FindingSeverity, VerifyOptions, VerifyResult } from './types.js';
