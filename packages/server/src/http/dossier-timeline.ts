/**
 * `toTimeline` and `toHistory`: a dossier's event log as the citizen and the officer read it, oldest
 * first. The citizen's timeline never carries officer ids (only the role that acted); the officer's
 * history adds `actorId` for the audit trail (Decree 61/2018 Art. 26: the handling of each step is recorded).
 */
import type { Message } from '@motcua/core';
import type { EventRecord } from '../store/hash-chain.js';
import { toVietnamIso } from '../store/dossier-code.js';
import type { CatalogueEntry } from './procedure-catalogue.js';

/** One event as the citizen sees it. */
export interface TimelineEntry {
  /** When it happened (ISO 8601, +07:00). */
  readonly at: string;
  readonly type: string;
  /** The action's title from the procedure (built-in events have the engine's), null for an unknown type. */
  readonly title: Message | null;
  readonly actorRole: string | null;
  readonly state: string;
  readonly status: number | null;
  readonly reason: string | null;
  /** The due date after the event (+07:00), null before reception. */
  readonly dueAt: string | null;
  /** Whether the event started, paused, moved or re-set the legal clock. */
  readonly dueChanged: boolean;
}

/** One event as the officer sees it: the timeline entry plus who acted. */
export interface HistoryEntry extends TimelineEntry {
  readonly actorId: string;
}

/** The citizen's timeline of `events` (in `seq` order). */
export function toTimeline(events: readonly EventRecord[], entry: CatalogueEntry): TimelineEntry[] {
  return events.map((event) => toTimelineEntry(event, entry));
}

/** The officer's history of `events` (in `seq` order). */
export function toHistory(events: readonly EventRecord[], entry: CatalogueEntry): HistoryEntry[] {
  return events.map((event) => ({ ...toTimelineEntry(event, entry), actorId: event.actorId }));
}

function toTimelineEntry(event: EventRecord, entry: CatalogueEntry): TimelineEntry {
  const payload = (event.payload ?? {}) as { reason?: unknown };
  return {
    at: toVietnamIso(new Date(event.at)),
    type: event.type,
    title: entry.events.get(event.type)?.title ?? null,
    actorRole: event.role === '' ? null : event.role,
    state: event.state,
    status: event.status,
    reason: typeof payload.reason === 'string' ? payload.reason : null,
    dueAt: event.dueAt === null ? null : toVietnamIso(new Date(event.dueAt)),
    dueChanged: event.dueChange !== null && event.dueChange !== undefined,
  };
}
