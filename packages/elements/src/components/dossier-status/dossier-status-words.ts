/** `t` and `stateWords`: the dossier-status catalogue in a language, and a dossier state in words. */
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

/** A state in words: by status code 1–10, or the named states without a code; else the raw state name. */
export function stateWords(state: string, status: number | null, lang: Lang): string {
  if (state === 'refused') return t('state.refused', lang);
  if (state === 'draft') return t('state.draft', lang);
  return status !== null && status >= 1 && status <= 10 ? t(`state.${status}` as DossierStatusKey, lang) : state;
}
