/**
 * `toDossierStatusView`: the dossier as `GET /api/dossiers/:code` returns it, checked at the edge.
 * Elements never import server code (style.md), so the shape is restated here and read defensively:
 * members a server does not send yet (`procedureTitle`, `timeline`, `componentDetails`) are simply absent.
 */
import type { BilingualText } from '../../internal/localized-text.js';
import { isRecord } from '../../internal/is-record.js';

/** One component a supplement request asks for, as the server describes it. */
export interface SupplementComponentView {
  readonly id: string;
  /** Null when the server sent only the id. */
  readonly title: BilingualText | null;
  /** Media types the procedure accepts for it; empty when the server did not say. */
  readonly accept: readonly string[];
  readonly maxSizeMB: number | null;
}

/** The open request to the applicant. */
export interface DossierRequestView {
  readonly kind: 'supplement' | 'payment' | string;
  readonly reason: string | null;
  /** For supplements: the components asked for. */
  readonly components: readonly string[];
  /** For supplements: the same components with their titles and file rules, when the server sends them. */
  readonly componentDetails: readonly SupplementComponentView[];
}

/** One accepted event of the dossier's history, oldest first. */
export interface TimelineEntryView {
  readonly at: string;
  readonly type: string;
  /** The officer action's title; null for the built-in events (submit, supplement, extend…). */
  readonly title: BilingualText | null;
  readonly actorRole: string | null;
  readonly state: string;
  readonly status: number | null;
  readonly reason: string | null;
  readonly dueAt: string | null;
  /** The event moved or stopped the due date (an extension, a pause, a restart). */
  readonly dueChanged: boolean;
}

/** What the status view needs of a dossier. */
export interface DossierStatusView {
  readonly code: string;
  readonly procedure: string;
  readonly procedureTitle: BilingualText | null;
  readonly state: string;
  readonly status: number | null;
  readonly closed: boolean;
  readonly dueAt: string | null;
  /** The optimistic-concurrency version a supplement must name; null when the server did not send it. */
  readonly version: number | null;
  readonly request: DossierRequestView | null;
  readonly timeline: readonly TimelineEntryView[];
}

/** The view in `body`, or null when `body` is not a dossier. */
export function toDossierStatusView(body: unknown): DossierStatusView | null {
  if (!isRecord(body) || typeof body['code'] !== 'string' || typeof body['state'] !== 'string') return null;
  return {
    code: body['code'], procedure: stringOr(body['procedure'], ''), procedureTitle: toText(body['procedureTitle']), state: body['state'],
    status: numberOr(body['status']), closed: body['closed'] === true, dueAt: stringOr(body['dueAt'], null),
    version: numberOr(body['version']), request: toRequest(body['request']),
    timeline: Array.isArray(body['timeline']) ? body['timeline'].flatMap(toTimelineEntry) : [],
  };
}

function toRequest(value: unknown): DossierRequestView | null {
  if (!isRecord(value) || typeof value['kind'] !== 'string') return null;
  const components = Array.isArray(value['components']) ? value['components'].filter((item): item is string => typeof item === 'string') : [];
  const details = Array.isArray(value['componentDetails']) ? value['componentDetails'].flatMap(toComponent) : [];
  return { kind: value['kind'], reason: stringOr(value['reason'], null), components, componentDetails: details };
}

function toComponent(value: unknown): SupplementComponentView[] {
  if (!isRecord(value) || typeof value['id'] !== 'string') return [];
  const accept = Array.isArray(value['accept']) ? value['accept'].filter((item): item is string => typeof item === 'string') : [];
  return [{ id: value['id'], title: toText(value['title']), accept, maxSizeMB: numberOr(value['maxSizeMB']) }];
}

function toTimelineEntry(value: unknown): TimelineEntryView[] {
  if (!isRecord(value) || typeof value['at'] !== 'string' || typeof value['type'] !== 'string') return [];
  return [{
    at: value['at'], type: value['type'], title: toText(value['title']), actorRole: stringOr(value['actorRole'], null),
    state: stringOr(value['state'], ''), status: numberOr(value['status']), reason: stringOr(value['reason'], null),
    dueAt: stringOr(value['dueAt'], null), dueChanged: value['dueChanged'] === true,
  }];
}

function toText(value: unknown): BilingualText | null {
  if (typeof value === 'string') return { vi: value };
  if (!isRecord(value) || typeof value['vi'] !== 'string') return null;
  return typeof value['en'] === 'string' ? { vi: value['vi'], en: value['en'] } : { vi: value['vi'] };
}

function stringOr<TFallback>(value: unknown, fallback: TFallback): string | TFallback {
  return typeof value === 'string' ? value : fallback;
}

function numberOr(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
