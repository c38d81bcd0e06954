/** Registers `<motcua-statistics>` (side effect); safe to run twice, e.g. from two portal bundles. */
import { MotcuaStatistics } from './statistics.js';

/** The tag name. */
export const STATISTICS_TAG = 'motcua-statistics';

/** Defines the tag unless some bundle already has. */
export function defineStatistics(): void {
  if (!customElements.get(STATISTICS_TAG)) customElements.define(STATISTICS_TAG, MotcuaStatistics);
}

defineStatistics();

declare global {
  interface HTMLElementTagNameMap {
    'motcua-statistics': MotcuaStatistics;
  }
}
