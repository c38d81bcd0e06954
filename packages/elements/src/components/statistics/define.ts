/** Registers `<motcua-statistics>` (side effect); safe to run twice, e.g. from two portal bundles. */
import { defineElement } from '../../internal/define-element.js';
import { MotcuaStatistics } from './statistics.js';

/** The tag name. */
export const STATISTICS_TAG = 'motcua-statistics';

/** Defines the tag unless some bundle already has (see {@link defineElement}). */
export function defineStatistics(): void {
  defineElement(STATISTICS_TAG, MotcuaStatistics);
}

defineStatistics();

declare global {
  interface HTMLElementTagNameMap {
    'motcua-statistics': MotcuaStatistics;
  }
}
