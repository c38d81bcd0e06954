/** `localized`: a procedure's bilingual text (`{ vi, en }`) in the reader's language. */
import type { Lang } from './messages.js';

/** Bilingual text as procedures carry it; `en` may be missing in data from older tools. */
export interface BilingualText {
  readonly vi: string;
  readonly en?: string;
}

/** `text` in `lang`, falling back to Vietnamese (the legal text) when there is no English. */
export function localized(text: BilingualText | string | null | undefined, lang: Lang): string {
  if (text === null || text === undefined) return '';
  if (typeof text === 'string') return text;
  return (lang === 'en' ? text.en : undefined) ?? text.vi;
}
