/**
 * `toDossierStatusView`: the dossier as `GET /api/dossiers/:code` returns it, checked at the edge.
 * Elements never import server code (style.md), so the shape is restated here and read defensively.
 */

/** The open request to the applicant. */
export interface DossierRequestView {
  readonly kind: 'supplement' | 'payment' | string;
  readonly reason: string | null;
  /** For supplements: the components asked for. */
  readonly components: readonly string[];
}

/** What the status view needs of a dossier. */
export interface DossierStatusView {
  readonly code: string;
  readonly procedure: string;
  readonly state: string;
  readonly status: number | null;
  readonly closed: boolean;
  readonly dueAt: string | null;
  readonly request: DossierRequestView | null;
}

/** The view in `body`, or null when `body` is not a dossier. */
export function toDossierStatusView(body: unknown): DossierStatusView | null {
  if (!isRecord(body) || typeof body['code'] !== 'string' || typeof body['state'] !== 'string') return null;
  const status = typeof body['status'] === 'number' ? body['status'] : null;
  const dueAt = typeof body['dueAt'] === 'string' ? body['dueAt'] : null;
  return {
    code: body['code'], procedure: typeof body['procedure'] === 'string' ? body['procedure'] : '', state: body['state'],
    status, closed: body['closed'] === true, dueAt, request: toRequest(body['request']),
  };
}

function toRequest(value: unknown): DossierRequestView | null {
  if (!isRecord(value) || typeof value['kind'] !== 'string') return null;
  const components = Array.isArray(value['components']) ? value['components'].filter((item): item is string => typeof item === 'string') : [];
  return { kind: value['kind'], reason: typeof value['reason'] === 'string' ? value['reason'] : null, components };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
