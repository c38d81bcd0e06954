/**
 * A form field path: dot-separated, non-empty segments, not starting with `$` (context variables
 * do). Numeric segments index arrays: `applicants.0.name`. Mirrors `$defs.fieldPath` in
 * `schemas/expression.schema.json`.
 */
export const FIELD_PATH_PATTERN = /^[^$.][^.]*(?:\.[^.]+)*$/u;

/** The context variables an expression may read; mirrors `$defs.contextVariable` in the schema. */
export const CONTEXT_VARIABLES = ['$channel', '$case', '$role', '$today', '$documents.<componentId>', '$prefilled.<fieldPath>', '$item.<property>'] as const;

/** The allowed values of `$channel`. */
export const CHANNELS = ['in-person', 'online', 'postal'] as const;

/** A variable path, classified. */
export type VariablePath =
  | { readonly kind: 'field'; readonly path: string; readonly segments: readonly string[] }
  | { readonly kind: 'channel' | 'case' | 'role' | 'today' }
  | { readonly kind: 'document'; readonly id: string }
  | { readonly kind: 'prefilled'; readonly field: string }
  /** `$item.<path>`: a property of the list item whose question holds the condition (`itemFields`). */
  | { readonly kind: 'item'; readonly path: string; readonly segments: readonly string[] }
  /** Starts with `$` but names no context variable. */
  | { readonly kind: 'unknown-context'; readonly name: string }
  /** Not a path: empty, or with an empty segment. */
  | { readonly kind: 'invalid' };

const SIMPLE_CONTEXT: Readonly<Record<string, VariablePath>> = {
  $channel: { kind: 'channel' },
  $case: { kind: 'case' },
  $role: { kind: 'role' },
  $today: { kind: 'today' },
};

const DOCUMENTS_PREFIX = '$documents.';
const PREFILLED_PREFIX = '$prefilled.';
const ITEM_PREFIX = '$item.';

/**
 * Classifies the path of `{"var": path}`.
 *
 * @example
 * parseVariablePath('applicants.0.name') // { kind: 'field', path: 'applicants.0.name', segments: ['applicants', '0', 'name'] }
 * parseVariablePath('$documents.cccd')   // { kind: 'document', id: 'cccd' }
 * parseVariablePath('$item.relationship') // { kind: 'item', path: 'relationship', segments: ['relationship'] }
 */
export function parseVariablePath(path: string): VariablePath {
  if (!path.startsWith('$')) {
    return FIELD_PATH_PATTERN.test(path) ? { kind: 'field', path, segments: path.split('.') } : { kind: 'invalid' };
  }
  if (Object.hasOwn(SIMPLE_CONTEXT, path)) return SIMPLE_CONTEXT[path] as VariablePath;
  if (path.startsWith(DOCUMENTS_PREFIX)) {
    const id = path.slice(DOCUMENTS_PREFIX.length);
    if (id !== '' && !id.includes('.')) return { kind: 'document', id };
  }
  if (path.startsWith(PREFILLED_PREFIX)) {
    const field = path.slice(PREFILLED_PREFIX.length);
    if (FIELD_PATH_PATTERN.test(field)) return { kind: 'prefilled', field };
  }
  if (path.startsWith(ITEM_PREFIX)) {
    const property = path.slice(ITEM_PREFIX.length);
    if (FIELD_PATH_PATTERN.test(property)) return { kind: 'item', path: property, segments: property.split('.') };
  }
  return { kind: 'unknown-context', name: path };
}

/** True when `segment` is a canonical array index (`0`, `12`; not `01`, `-1` or `1.5`). */
export function isIndexSegment(segment: string): boolean {
  return /^(?:0|[1-9]\d*)$/.test(segment);
}
