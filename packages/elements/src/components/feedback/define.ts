/** Registers `<motcua-feedback>` (side effect); safe to run twice, e.g. from two portal bundles. */
import { MotcuaFeedback } from './feedback.js';

/** The tag name. */
export const FEEDBACK_TAG = 'motcua-feedback';

/** Defines the tag unless some bundle already has. */
export function defineFeedback(): void {
  if (!customElements.get(FEEDBACK_TAG)) customElements.define(FEEDBACK_TAG, MotcuaFeedback);
}

defineFeedback();

declare global {
  interface HTMLElementTagNameMap {
    'motcua-feedback': MotcuaFeedback;
  }
}
