/**
 * `t` and `hasMessage`: the dossier-status catalogue in a language. States and due dates in words are
 * shared with the workbench (internal/status-words.ts).
 */
import { translate, type Lang } from '../../internal/localize.js';
import { dossierStatusMessages, type DossierStatusKey } from './dossier-status.messages.js';

/** The message `key` of the dossier-status catalogue in `lang`. */
export function t(key: DossierStatusKey, lang: Lang, params?: Readonly<Record<string, string | number>>): string {
  return translate(dossierStatusMessages, key, lang, params);
}

/** Whether `key` is in the dossier-status catalogue (for keys built from server data). */
export function hasMessage(key: string): key is DossierStatusKey {
  return Object.hasOwn(dossierStatusMessages.vi, key);
}
