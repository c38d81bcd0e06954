/** Registers `<motcua-dossier-status>` (side effect); safe to run twice, e.g. from two portal bundles. */
import { defineElement } from '../../internal/define-element.js';
import { MotcuaDossierStatus } from './dossier-status.js';

/** The tag name. */
export const DOSSIER_STATUS_TAG = 'motcua-dossier-status';

/** Defines the tag unless some bundle already has (see {@link defineElement}). */
export function defineDossierStatus(): void {
  defineElement(DOSSIER_STATUS_TAG, MotcuaDossierStatus);
}

defineDossierStatus();

declare global {
  interface HTMLElementTagNameMap {
    'motcua-dossier-status': MotcuaDossierStatus;
  }
}
