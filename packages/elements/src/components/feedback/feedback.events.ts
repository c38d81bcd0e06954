/** The detail of `<motcua-feedback>`'s event, apart from the class so the event map needs no component code. */
import type { Rating } from './send-feedback.js';

/** `motcua-feedback-sent`: the server recorded the rating. */
export interface FeedbackSentDetail {
  readonly code: string;
  readonly rating: Rating;
  /** The comment as sent; absent when blank. */
  readonly comment?: string;
}
