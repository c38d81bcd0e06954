/**
 * `msg` and `resolveLang`: localized strings from the catalogue, in the language of the nearest `lang`
 * attribute (as govuk-frontend does), Vietnamese by default.
 */
import { messages, type Lang, type MessageKey } from './messages.js';

export type { Lang, MessageKey };

/**
 * The message `key` in `lang`, with `{name}` placeholders filled from `params`.
 * @example msg('dossier-status.result-title', 'en', { code: 'H00-1' }) // 'Dossier H00-1'
 */
export function msg(key: MessageKey, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string {
  const text = messages[lang][key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** `en` for any English tag (`en`, `en-GB`), otherwise `vi`. */
export function toLang(tag: string | null | undefined): Lang {
  return tag && /^en(-|$)/i.test(tag.trim()) ? 'en' : 'vi';
}

/** The language of `element`: its own or its nearest ancestor's `lang` attribute, `vi` when there is none. */
export function resolveLang(element: Element): Lang {
  return toLang(element.closest('[lang]')?.getAttribute('lang'));
}
