/**
 * The words a diagram prints besides the procedure's own titles: step kinds, built-in outcomes, terms
 * and the legend, in Vietnamese and English.
 */
import type { Step, Term } from '../generated/procedure.types.js';
import type { Locale, Message } from '../types.js';

/** A built-in dossier state an action may lead to (see `BUILT_IN_TARGETS`). */
export type OutcomeId = 'awaiting-supplement' | 'awaiting-payment' | 'result-ready' | 'refused' | 'stopped';

const STEP_KINDS: Record<Step['kind'], Message> = {
  reception: { vi: 'Tiếp nhận', en: 'Reception' },
  appraisal: { vi: 'Thẩm định', en: 'Appraisal' },
  verification: { vi: 'Xác minh', en: 'Verification' },
  consultation: { vi: 'Lấy ý kiến', en: 'Consultation' },
  approval: { vi: 'Phê duyệt', en: 'Approval' },
  signing: { vi: 'Ký', en: 'Signing' },
  result: { vi: 'Trả kết quả', en: 'Result return' },
};

const OUTCOMES: Record<OutcomeId, Message> = {
  'awaiting-supplement': { vi: 'Chờ bổ sung', en: 'Awaiting supplement' },
  'awaiting-payment': { vi: 'Chờ nộp phí', en: 'Awaiting payment' },
  'result-ready': { vi: 'Có kết quả', en: 'Result ready' },
  refused: { vi: 'Từ chối', en: 'Refused' },
  stopped: { vi: 'Dừng xử lý', en: 'Stopped' },
};

const WORDS = {
  start: { vi: 'Nộp hồ sơ', en: 'Dossier filed' },
  fork: { vi: 'Chia nhánh song song', en: 'Split into parallel branches' },
  join: { vi: 'Chờ mọi nhánh xong', en: 'All branches done' },
  conditional: { vi: 'có điều kiện', en: 'conditional' },
  roles: { vi: 'Vai trò', en: 'Roles' },
  agencies: { vi: 'Cơ quan', en: 'Agencies' },
  outcomes: { vi: 'Kết thúc / chờ', en: 'Outcomes' },
  lines: { vi: 'Đường nối', en: 'Lines' },
  forward: { vi: 'chuyển tiếp', en: 'moves on' },
  back: { vi: 'trả lại bước trước', en: 'sends back' },
  exit: { vi: 'kết thúc hoặc chờ', en: 'ends or waits' },
  deadline: { vi: 'Thời hạn giải quyết', en: 'Legal deadline' },
  steps: { vi: 'bước', en: 'steps' },
  parallel: { vi: 'song song', en: 'in parallel' },
} satisfies Record<string, Message>;

/** Every fixed word of a diagram, in one language. */
export interface DiagramLabels {
  readonly words: { readonly [K in keyof typeof WORDS]: string };
  stepKind(kind: Step['kind']): string;
  /** The outcome's name, or `undefined` for an id that is not a built-in outcome. */
  outcome(id: string): string | undefined;
  /** A term as people say it: `4 giờ làm việc`, `3 working days`, `trong ngày`. */
  term(term: Term): string;
}

/** Returns the fixed words of a diagram in `lang`. */
export function diagramLabels(lang: Locale): DiagramLabels {
  const words = Object.fromEntries(Object.entries(WORDS).map(([k, m]) => [k, m[lang]])) as DiagramLabels['words'];
  return {
    words,
    stepKind: (kind) => STEP_KINDS[kind]?.[lang] ?? kind,
    outcome: (id) => (Object.hasOwn(OUTCOMES, id) ? OUTCOMES[id as OutcomeId][lang] : undefined),
    term(term) {
      const n = term.value ?? 0;
      const plural = n === 1 ? '' : 's';
      switch (term.unit) {
        case 'working-days': return lang === 'vi' ? `${n} ngày làm việc` : `${n} working day${plural}`;
        case 'working-hours': return lang === 'vi' ? `${n} giờ làm việc` : `${n} working hour${plural}`;
        case 'calendar-days': return lang === 'vi' ? `${n} ngày` : `${n} calendar day${plural}`;
        default: return lang === 'vi' ? 'trong ngày' : 'same day';
      }
    },
  };
}

/** Whether `id` names a built-in outcome. */
export function isOutcomeId(id: string): id is OutcomeId {
  return Object.hasOwn(OUTCOMES, id);
}
