/**
 * `hashEventRecord` and `canonicalJson`: the tamper-evident chain of a dossier's event log. Each row's
 * hash is sha-256 over the previous row's hash and the canonical JSON of the row, so changing, removing
 * or reordering any row breaks every hash after it.
 */
import { hash } from 'node:crypto';
import { formatUtcIso } from './format-utc-iso.js';

/** The hash of "no previous event": the chain's anchor. */
export const GENESIS_HASH = '0'.repeat(64);

/** One event of the log, as hashed: instants in UTC ISO form so the database's round trip keeps them equal. */
export interface EventRecord {
  readonly dossierId: string;
  readonly seq: number;
  readonly at: string;
  readonly actorId: string;
  readonly actorAgency: string | null;
  readonly role: string;
  readonly type: string;
  readonly payload: unknown;
  readonly fromState: string;
  readonly state: string;
  readonly status: number | null;
  readonly dueAt: string | null;
  readonly dueChange: unknown;
}

/**
 * JSON with object keys sorted at every depth and no whitespace: the same value always gives the same
 * text, whatever order `jsonb` hands the keys back in. It follows `JSON.stringify` in all else (`toJSON`,
 * members that are `undefined` or functions left out, such items and non-finite numbers as `null`), so a
 * value gives the same text before and after a trip through JSON: the writer hashes what it has, and the
 * verifier what the database hands back.
 */
export function canonicalJson(value: unknown): string {
  return canonical(value) ?? 'null';
}

/** The canonical text of `value`, or undefined where `JSON.stringify` leaves a member out. */
function canonical(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function') value = (value as { toJSON(): unknown }).toJSON();
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return JSON.stringify(value); // throws, as JSON.stringify does
    case 'object': {
      if (value === null) return 'null';
      if (value instanceof Number || value instanceof String || value instanceof Boolean) return canonical(value.valueOf());
      if (Array.isArray(value)) {
        let text = '[';
        for (let i = 0; i < value.length; i++) text += `${i === 0 ? '' : ','}${canonical(value[i]) ?? 'null'}`;
        return `${text}]`;
      }
      const record = value as Record<string, unknown>;
      let text = '';
      for (const key of Object.keys(record).sort()) {
        const item = canonical(record[key]);
        if (item !== undefined) text += `${text === '' ? '' : ','}${JSON.stringify(key)}:${item}`;
      }
      return `{${text}}`;
    }
    default:
      return undefined; // undefined, a function, a symbol
  }
}

/** sha-256 (hex) over `prevHash` and the canonical JSON of `record`. */
export function hashEventRecord(prevHash: string, record: EventRecord): string {
  return hash('sha256', `${prevHash}\n${canonicalJson(record)}`, 'hex');
}

/** An instant (ISO text or Date) in UTC ISO form with milliseconds; null stays null. */
export function toUtcIso(value: string | Date | null): string | null {
  if (value === null) return null;
  return formatUtcIso(value instanceof Date ? value.getTime() : Date.parse(value));
}
