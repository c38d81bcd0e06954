/**
 * The shared part of the message catalogue (`common.*`) and the catalogue type. Every component keeps its
 * own strings beside it (`components/<name>/<name>.messages.ts`, Vietnamese first, English alongside) so a
 * page that imports one component carries only that component's words.
 */

/** The languages the components speak. */
export type Lang = 'vi' | 'en';

/** A catalogue: the same keys in every language; placeholders are `{name}`. */
export type Catalogue<TKey extends string> = Readonly<Record<Lang, Readonly<Record<TKey, string>>>>;

/**
 * Defines a catalogue from its Vietnamese table (the source of the keys) and an English table that must
 * have exactly the same keys — the compiler says which one is missing.
 */
export function defineCatalogue<const TVi extends Readonly<Record<string, string>>>(vi: TVi, en: Readonly<Record<keyof TVi & string, string>>): Catalogue<keyof TVi & string> {
  return { vi, en };
}

/** Strings every component uses. */
export const common = defineCatalogue({
  'error-prefix': 'Lỗi:',
  'error-summary-title': 'Có vấn đề cần sửa',
  'not-set': 'Chưa xác định',
}, {
  'error-prefix': 'Error:',
  'error-summary-title': 'There is a problem',
  'not-set': 'Not set yet',
});

/** Keys of the shared strings. */
export type CommonKey = keyof (typeof common)['vi'];
