/**
 * `mergeFacts`: the dossier as it would be after an event — answers merged, components and prefilled
 * fields added — without touching the dossier itself. Guards judge this view; actions store it.
 */
import type { DossierFacts } from './dossier-environment.js';
import type { DossierContext, DossierEvent } from './types.js';

/** Deep depth limit of merged answers; deeper input is rejected by form validation first. */
const MAX_DEPTH = 32;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Merges answers: objects merge key by key, anything else replaces. Returns new objects only. */
export function mergeData(base: Readonly<Record<string, unknown>>, patch: Readonly<Record<string, unknown>>, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(patch)) {
    const value = patch[key];
    // `__proto__` as a key would set the prototype of the merged object instead of a field.
    if (value === undefined || key === '__proto__') continue;
    const current = out[key];
    out[key] = isPlainObject(value) && isPlainObject(current) && depth < MAX_DEPTH
      ? mergeData(current, value, depth + 1)
      : copyJson(value);
  }
  return out;
}

/** A private copy of a JSON value, so later changes by the caller cannot reach the dossier. */
function copyJson(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? JSON.parse(JSON.stringify(value)) as unknown : value;
}

/** The sorted union of two id lists (returns `base` itself when nothing is added). */
export function unionSorted(base: readonly string[], added: readonly string[] | undefined): readonly string[] {
  if (added === undefined || added.length === 0) return base;
  let grows = false;
  for (const id of added) if (!base.includes(id)) { grows = true; break; }
  if (!grows) return base;
  return [...new Set([...base, ...added])].sort();
}

/** The dossier's facts after `event` (the context's own objects when the event adds nothing). */
export function mergeFacts(context: DossierContext, event: DossierEvent): DossierFacts {
  if (event.data === undefined && event.documents === undefined && event.prefilled === undefined) return context;
  return {
    data: event.data === undefined ? context.data : mergeData(context.data, event.data),
    channel: context.channel,
    case: context.case,
    documents: unionSorted(context.documents, event.documents),
    prefilled: unionSorted(context.prefilled, event.prefilled),
  };
}
