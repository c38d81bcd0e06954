/** Registers `<motcua-workbench>` (and the `<motcua-official-form>` it prints with); safe to run twice. */
import { defineElement } from '../../internal/define-element.js';
import { MotcuaWorkbench } from './workbench.js';

/** The tag name. */
export const WORKBENCH_TAG = 'motcua-workbench';

/** Defines the tag unless some bundle already has (see {@link defineElement}). */
export function defineWorkbench(): void {
  defineElement(WORKBENCH_TAG, MotcuaWorkbench);
}

defineWorkbench();

declare global {
  interface HTMLElementTagNameMap {
    'motcua-workbench': MotcuaWorkbench;
  }
}
