/**
 * `sendFeedback`: `POST {endpoint}/dossiers/{code}/feedback` with the citizen's access token and
 * `{ rating, comment? }`, and what the answer means (201 recorded; 409 `feedback-already-given`; 409/422
 * when the dossier has no result yet).
 */

/** The three levels of satisfaction citizens rate on (Decree 61/2018 Art. 27–29: online rating). */
export const RATINGS = ['very-satisfied', 'satisfied', 'dissatisfied'] as const;

/** One of {@link RATINGS}. */
export type Rating = (typeof RATINGS)[number];

/** Why sending failed. */
export type FeedbackFailure = 'already-given' | 'no-result-yet' | 'not-found' | 'network' | 'server-error';

/** The outcome of {@link sendFeedback}. */
export type FeedbackOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: FeedbackFailure; readonly status: number | null };

/** What {@link sendFeedback} sends. */
export interface FeedbackRequest {
  readonly fetch: typeof globalThis.fetch;
  readonly endpoint: string;
  readonly code: string;
  readonly token: string;
  readonly rating: Rating;
  /** Sent only when not blank. */
  readonly comment: string;
}

/** Whether `value` is a rating. */
export function isRating(value: unknown): value is Rating {
  return (RATINGS as readonly unknown[]).includes(value);
}

/** Sends the rating. Never throws: a network failure is an outcome. */
export async function sendFeedback(request: FeedbackRequest): Promise<FeedbackOutcome> {
  const url = `${request.endpoint.replace(/\/+$/, '')}/dossiers/${encodeURIComponent(request.code)}/feedback`;
  const comment = request.comment.trim();
  let response: Response;
  try {
    const { fetch: fetcher } = request; // detached: a native fetch must not be called on `request`
    response = await fetcher(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${request.token}` },
      body: JSON.stringify(comment ? { rating: request.rating, comment } : { rating: request.rating }),
    });
  } catch {
    return { ok: false, reason: 'network', status: null };
  }
  if (response.ok) return { ok: true };
  const code = ((await response.json().catch(() => null)) as { error?: { code?: unknown } } | null)?.error?.code;
  return { ok: false, reason: toReason(response.status, code), status: response.status };
}

function toReason(status: number, code: unknown): FeedbackFailure {
  if (status === 409 && code === 'feedback-already-given') return 'already-given';
  if (status === 409 || status === 422) return 'no-result-yet';
  // 401/403 read like 404, as for the lookup: codes are not enumerable.
  if ([401, 403, 404].includes(status)) return 'not-found';
  return 'server-error';
}
