/** Registers `<motcua-workbench>` (and the `<motcua-official-form>` it prints with); safe to run twice. */
import { MotcuaWorkbench } from './workbench.js';

/** The tag name. */
export const WORKBENCH_TAG = 'motcua-workbench';

/** Defines the tag unless some bundle already has. */
export function defineWorkbench(): void {
  if (!customElements.get(WORKBENCH_TAG)) customElements.define(WORKBENCH_TAG, MotcuaWorkbench);
}

defineWorkbench();

declare global {
  interface HTMLElementTagNameMap {
    'motcua-workbench': MotcuaWorkbench;
  }
}
