/** Resolves the field paths an expression reads against the form's declared field types. */

import { suggestClosest } from './suggest.js';
import type { CheckEnvironment, FieldType, FieldTypeName } from './types.js';
import { isIndexSegment } from './variable-path.js';

/** A declared field: its type and, when the form restricts it, the allowed values. */
export interface ResolvedField {
  readonly type: FieldTypeName;
  readonly enum?: readonly unknown[];
}

/** Field lookups for one checking run. */
export interface FieldLookup {
  /** The field at `path`, or `undefined` when the form has no such field. */
  resolve(path: string): ResolvedField | undefined;
  /** The closest declared path to a path that did not resolve, written with the author's indices. */
  suggest(path: string): string | undefined;
  /** The property names declared for the items of the list at `list` (`members.*.<name>`), in declared order. */
  itemKeys(list: string): string[];
}

const OPAQUE: ResolvedField = { type: 'unknown' };

/** The keys of the item object of the list at `list` among declared `paths` (`members.*.fullName` → `fullName`), in their order. */
export function listItemKeys(paths: Iterable<string>, list: string): string[] {
  const prefix = `${list}.*.`;
  return [...paths].filter((key) => key.startsWith(prefix) && !key.slice(prefix.length).includes('.')).map((key) => key.slice(prefix.length));
}

function toResolved(type: FieldType): ResolvedField {
  return typeof type === 'string' ? { type } : type;
}

/** `applicants.0.name` → `applicants.*.name`: how array items are declared. */
function toPattern(segments: readonly string[]): string[] {
  return segments.map((segment) => (isIndexSegment(segment) ? '*' : segment));
}

/**
 * Builds the lookups for `env.fields`. A path resolves when it is declared as written or with
 * `*` for its indices; below a declared `unknown` field, or an `object`/`array` field with nothing
 * declared under it, any path resolves with type `unknown` (the form leaves that part open).
 */
export function createFieldLookup(fields: CheckEnvironment['fields']): FieldLookup {
  const declared = new Map<string, ResolvedField>();
  const entries: Iterable<[string, FieldType]> = fields instanceof Map ? fields : Object.entries(fields);
  for (const [path, type] of entries) declared.set(path, toResolved(type));
  const containers = new Set<string>();
  for (const path of declared.keys()) {
    const segments = path.split('.');
    for (let i = 1; i < segments.length; i++) containers.add(segments.slice(0, i).join('.'));
  }

  function resolve(path: string): ResolvedField | undefined {
    const exact = declared.get(path);
    if (exact !== undefined) return exact;
    const segments = path.split('.');
    const pattern = toPattern(segments);
    const byPattern = declared.get(pattern.join('.'));
    if (byPattern !== undefined) return byPattern;
    for (let length = segments.length - 1; length >= 1; length--) {
      for (const prefix of new Set([segments.slice(0, length).join('.'), pattern.slice(0, length).join('.')])) {
        const ancestor = declared.get(prefix);
        if (ancestor === undefined) continue;
        if (ancestor.type === 'unknown') return OPAQUE;
        if ((ancestor.type === 'object' || ancestor.type === 'array') && !containers.has(prefix)) return OPAQUE;
        return undefined;
      }
    }
    return undefined;
  }

  function suggest(path: string): string | undefined {
    const segments = path.split('.');
    const candidates = [...declared.keys()].map((key) =>
      key.split('.').map((segment, i) => (segment === '*' ? (isIndexSegment(segments[i] ?? '') ? segments[i] : '0') : segment)).join('.'),
    );
    const close = suggestClosest(path, candidates);
    if (close !== undefined) return close;
    // `birthDate` for `child.birthDate`: the author left out the parent.
    const last = (segments[segments.length - 1] ?? '').toLowerCase();
    const byLastSegment = candidates.filter((candidate) => candidate.split('.').pop()?.toLowerCase() === last);
    return byLastSegment.length === 1 ? byLastSegment[0] : undefined;
  }

  return { resolve, suggest, itemKeys: (list) => listItemKeys(declared.keys(), list) };
}
