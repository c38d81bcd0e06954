/**
 * Shared types of @motcua/core. The procedure, calendar and agency types are generated from
 * the JSON Schemas in `schemas/` (see `scripts/gen-types.mjs`); this module re-exports them
 * under stable names together with the few hand-written types every module shares.
 */
export type { Procedure, Text as LocalizedText } from './generated/procedure.types.js';
export type { AgencyCatalogue } from './generated/agency.types.js';

/** A message or a label in Vietnamese (always) and English. */
export interface Message {
  vi: string;
  en: string;
}

/** The languages user-facing text is written in. Vietnamese comes first. */
export type Locale = 'vi' | 'en';
