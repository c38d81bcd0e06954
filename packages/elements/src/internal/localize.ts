/**
 * `translate`, `resolveLang`: localized strings from a catalogue, in the language of the nearest `lang`
 * attribute (as govuk-frontend does), Vietnamese by default.
 */
import { common, type Catalogue, type CommonKey, type Lang } from './messages.js';

export type { Catalogue, CommonKey, Lang };

/**
 * The message `key` of `catalogue` in `lang`, with `{name}` placeholders filled from `params`.
 * @example translate(dossierStatusMessages, 'result-title', 'en', { code: 'H00-1' }) // 'Dossier H00-1'
 */
export function translate<TKey extends string>(catalogue: Catalogue<TKey>, key: TKey, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string {
  const text = catalogue[lang][key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A shared (`common.*`) message. */
export function commonMsg(key: CommonKey, lang: Lang): string {
  return common[lang][key];
}

/** `en` for any English tag (`en`, `en-GB`), otherwise `vi`. */
export function toLang(tag: string | null | undefined): Lang {
  return tag && /^en(-|$)/i.test(tag.trim()) ? 'en' : 'vi';
}

/** The language of `element`: its own or its nearest ancestor's `lang` attribute, `vi` when there is none. */
export function resolveLang(element: Element): Lang {
  return toLang(element.closest('[lang]')?.getAttribute('lang'));
}
