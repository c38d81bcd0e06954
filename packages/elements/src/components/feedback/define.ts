/** Registers `<motcua-feedback>` (side effect); safe to run twice, e.g. from two portal bundles. */
import { defineElement } from '../../internal/define-element.js';
import { MotcuaFeedback } from './feedback.js';

/** The tag name. */
export const FEEDBACK_TAG = 'motcua-feedback';

/** Defines the tag unless some bundle already has (see {@link defineElement}). */
export function defineFeedback(): void {
  defineElement(FEEDBACK_TAG, MotcuaFeedback);
}

defineFeedback();

declare global {
  interface HTMLElementTagNameMap {
    'motcua-feedback': MotcuaFeedback;
  }
}
