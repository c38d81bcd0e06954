/**
 * `stateInWords` and `dueInWords`: a dossier's state and how its due date stands, in the same words in
 * every component that shows them (the citizen's `<motcua-dossier-status>`, the officer's
 * `<motcua-workbench>`). States are the status codes 1–10 of domain.md §3.1 (the codes exchanged with the
 * National Public Service Portal), plus the states that have none.
 */
import type { DueState } from './format-due-date.js';
import { translate } from './localize.js';
import { defineCatalogue, type Lang } from './messages.js';

export const statusWords = defineCatalogue({
  'state.1': 'Mới nộp, chờ tiếp nhận',
  'state.2': 'Đã tiếp nhận',
  'state.3': 'Không được tiếp nhận',
  'state.4': 'Đang xử lý',
  'state.5': 'Chờ bổ sung giấy tờ',
  'state.6': 'Chờ thực hiện nghĩa vụ tài chính',
  'state.7': 'Đã rút hồ sơ',
  'state.8': 'Dừng xử lý',
  'state.9': 'Đã có kết quả',
  'state.10': 'Đã trả kết quả',
  'state.refused': 'Bị từ chối, đã trả lại hồ sơ',
  'state.draft': 'Bản nháp, chưa nộp',
  'overdue': 'Quá hạn',
  'due-soon': 'Sắp đến hạn',
  'on-time': 'Còn trong hạn',
}, {
  'state.1': 'Submitted, awaiting reception',
  'state.2': 'Received',
  'state.3': 'Not accepted',
  'state.4': 'Being processed',
  'state.5': 'Awaiting documents',
  'state.6': 'Awaiting payment of fees',
  'state.7': 'Withdrawn',
  'state.8': 'Processing stopped',
  'state.9': 'Result ready',
  'state.10': 'Result handed over',
  'state.refused': 'Refused, dossier returned',
  'state.draft': 'Draft, not submitted',
  'overdue': 'Overdue',
  'due-soon': 'Due soon',
  'on-time': 'On time',
});

/** A key of {@link statusWords}. */
export type StatusWordKey = keyof (typeof statusWords)['vi'];

/**
 * A state in words: `refused` and `draft` by name, else by status code 1–10; the raw state name otherwise.
 * @example stateInWords('processing', 4, 'en') // 'Being processed'
 */
export function stateInWords(state: string, status: number | null, lang: Lang): string {
  if (state === 'refused' || state === 'draft') return translate(statusWords, `state.${state}`, lang);
  return status !== null && status >= 1 && status <= 10 ? translate(statusWords, `state.${status}` as StatusWordKey, lang) : state;
}

/** Overdue, due soon or on time, in words (never colour alone). */
export function dueInWords(due: DueState, lang: Lang): string {
  return translate(statusWords, due, lang);
}
