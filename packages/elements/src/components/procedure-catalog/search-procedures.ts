/**
 * `searchProcedures` and `foldVietnamese`: the catalogue's search and filters. Citizens often type
 * without diacritics ("dang ky khai sinh"), so text is compared with the marks folded away and đ read as d.
 */
import type { OnlineLevel, ProcedureLevel, ProcedureSummary } from './procedure-summary.js';

/** The filter form's answers; empty means "any". */
export interface ProcedureFilters {
  readonly query: string;
  readonly sector: string;
  readonly levels: readonly ProcedureLevel[];
  /** `none`: not online at all. */
  readonly online: OnlineLevel | 'none' | '';
  readonly boundaryFreeOnly: boolean;
}

/** No filter at all. */
export const NO_FILTERS: ProcedureFilters = { query: '', sector: '', levels: [], online: '', boundaryFreeOnly: false };

/**
 * `text` in lower case without diacritics, `đ` as `d`, runs of spaces and punctuation as one space.
 * @example foldVietnamese('Đăng ký khai sinh') // 'dang ky khai sinh'
 */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^\p{L}\p{N}.]+/gu, ' ').trim();
}

/**
 * The procedures that pass every filter, in their order. The query matches when each of its words is in
 * the title, the code or the summary (Vietnamese or English), diacritics ignored.
 * @example searchProcedures(all, { ...NO_FILTERS, query: 'dang ky khai sinh' })
 */
export function searchProcedures(procedures: readonly ProcedureSummary[], filters: ProcedureFilters): ProcedureSummary[] {
  const words = foldVietnamese(filters.query).split(' ').filter((word) => word !== '');
  return procedures.filter((procedure) =>
    (filters.sector === '' || procedure.sector?.code === filters.sector) &&
    (filters.levels.length === 0 || procedure.levels.some((level) => filters.levels.includes(level))) &&
    matchesOnline(procedure, filters.online) &&
    (!filters.boundaryFreeOnly || procedure.boundaryFree) &&
    (words.length === 0 || matchesWords(procedure, words)));
}

function matchesOnline(procedure: ProcedureSummary, online: ProcedureFilters['online']): boolean {
  if (online === '') return true;
  if (online === 'none') return procedure.online === false;
  return procedure.onlineLevel === online;
}

function matchesWords(procedure: ProcedureSummary, words: readonly string[]): boolean {
  const texts = [procedure.title.vi, procedure.title.en, procedure.code, procedure.summary?.vi, procedure.summary?.en];
  const haystack = ` ${foldVietnamese(texts.filter((text) => text !== undefined).join(' '))} `;
  return words.every((word) => haystack.includes(word));
}
