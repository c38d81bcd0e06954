/**
 * `hashEventRecord` and `canonicalJson`: the tamper-evident chain of a dossier's event log. Each row's
 * hash is sha-256 over the previous row's hash and the canonical JSON of the row, so changing, removing
 * or reordering any row breaks every hash after it.
 */
import { createHash } from 'node:crypto';

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
 * text, whatever order `jsonb` hands the keys back in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/** sha-256 (hex) over `prevHash` and the canonical JSON of `record`. */
export function hashEventRecord(prevHash: string, record: EventRecord): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(record)).digest('hex');
}

/** An instant (ISO text or Date) in UTC ISO form with milliseconds; null stays null. */
export function toUtcIso(value: string | Date | null): string | null {
  if (value === null) return null;
  return (value instanceof Date ? value : new Date(value)).toISOString();
}
