/** `emit`: fire a typed `motcua-*` CustomEvent that bubbles and crosses shadow roots. */
import type { MotcuaEventMap } from './motcua-events.js';

/**
 * Dispatches `type` with `detail` from `element`, `bubbles` and `composed` so a page listening on any
 * ancestor hears it. Returns false when a listener called `preventDefault()`.
 * @example emit(this, 'motcua-dossier-error', { code, reason: 'network', status: null });
 */
export function emit<TType extends keyof MotcuaEventMap>(element: HTMLElement, type: TType, detail: MotcuaEventMap[TType]): boolean {
  return element.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: true }));
}
