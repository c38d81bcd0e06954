/**
 * `createRejection`: the one place rejected commands get their bilingual messages, so every caller
 * (machine guards, the runtime, the server) says the same thing for the same refusal.
 */
import type { Message } from '../types.js';
import type { DataIssue, MissingComponent, Rejection, RejectionCode, Requirement } from './types.js';

/** The facts behind a rejection; which apply depends on the code. */
export interface RejectionDetails {
  readonly state?: string;
  readonly requirement?: Requirement;
  readonly allowedRoles?: readonly string[];
  readonly role?: string;
  readonly condition?: unknown;
  /** A short name of the condition for the message (e.g. the action guard's site). */
  readonly conditionName?: string;
  readonly components?: readonly MissingComponent[];
  readonly issues?: readonly DataIssue[];
  /** The current due date, for rejections about the deadline. */
  readonly dueAt?: string;
  /** Overrides the default message. */
  readonly message?: Message;
}

const REQUIREMENT_TEXT: Readonly<Record<Requirement, Message>> = {
  reason: { vi: 'lý do (không được để trống)', en: 'a reason (not blank)' },
  'missing-components': { vi: 'danh sách giấy tờ còn thiếu (ít nhất một thành phần hồ sơ có trong thủ tục)', en: 'the list of missing components (at least one component of the procedure)' },
  attachment: { vi: 'ít nhất một tệp đính kèm', en: 'at least one attachment' },
  'new-due-date': { vi: 'ngày hẹn trả mới (YYYY-MM-DD hoặc thời điểm ISO 8601 có múi giờ)', en: 'the new due date (YYYY-MM-DD or an ISO 8601 instant with offset)' },
};

function list(items: readonly string[]): string {
  return items.join(', ');
}

function defaultMessage(code: RejectionCode, event: string, d: RejectionDetails): Message {
  switch (code) {
    case 'unknown-action':
      return { vi: `Thủ tục không có thao tác "${event}".`, en: `The procedure has no action "${event}".` };
    case 'not-allowed-in-state':
      return { vi: `Không thể thực hiện "${event}" khi hồ sơ đang ở trạng thái "${d.state ?? '?'}".`, en: `"${event}" is not allowed while the dossier is in "${d.state ?? '?'}".` };
    case 'wrong-role':
      return {
        vi: `Vai trò "${d.role ?? ''}" không được thực hiện "${event}"; chỉ: ${list(d.allowedRoles ?? [])}.`,
        en: `Role "${d.role ?? ''}" may not do "${event}"; only: ${list(d.allowedRoles ?? [])}.`,
      };
    case 'missing-requirement': {
      const text = d.requirement ? REQUIREMENT_TEXT[d.requirement] : { vi: '?', en: '?' };
      const extra = d.issues?.length ? ` (${d.issues.map((i) => i.message.vi).join('; ')})` : '';
      const extraEn = d.issues?.length ? ` (${d.issues.map((i) => i.message.en).join('; ')})` : '';
      return { vi: `"${event}" cần ${text.vi}${extra}.`, en: `"${event}" needs ${text.en}${extraEn}.` };
    }
    case 'guard-false':
      return {
        vi: `Điều kiện của "${event}" không thỏa: ${d.conditionName ?? JSON.stringify(d.condition)}.`,
        en: `The condition of "${event}" does not hold: ${d.conditionName ?? JSON.stringify(d.condition)}.`,
      };
    case 'missing-components': {
      const items = d.components ?? [];
      return {
        vi: `Hồ sơ còn thiếu: ${list(items.map((c) => c.title.vi))}.`,
        en: `The dossier still lacks: ${list(items.map((c) => c.title.en))}.`,
      };
    }
    case 'invalid-data':
      return {
        vi: `Dữ liệu không hợp lệ: ${list((d.issues ?? []).map((i) => `${i.path || '(gốc)'}: ${i.message.vi}`))}.`,
        en: `Invalid data: ${list((d.issues ?? []).map((i) => `${i.path || '(root)'}: ${i.message.en}`))}.`,
      };
    case 'extension-used':
      return {
        vi: 'Ngày hẹn trả chỉ được gia hạn một lần (Nghị định 61/2018/NĐ-CP Điều 19 khoản 9); hồ sơ này đã được gia hạn.',
        en: 'The return date may be re-set only once (Decree 61/2018 Art. 19(9)); this dossier was already extended.',
      };
    case 'extension-too-late':
      return {
        vi: `Phải gửi văn bản xin lỗi và hẹn lại ngày trả trước hạn (${d.dueAt ?? '?'}), chậm nhất 01 ngày trước hạn với thời hạn tính theo ngày (Nghị định 61/2018/NĐ-CP Điều 19 khoản 9).`,
        en: `The apology with a new date must be sent before the due date (${d.dueAt ?? '?'}), at least one day before it for terms counted in days (Decree 61/2018 Art. 19(9)).`,
      };
    case 'dossier-closed':
      return { vi: `Hồ sơ đã kết thúc (${d.state ?? '?'}); không nhận thêm thao tác.`, en: `The dossier is closed (${d.state ?? '?'}); it takes no further actions.` };
  }
}

/**
 * Builds a rejection with its Vietnamese and English message.
 *
 * @example createRejection('wrong-role', 'reception.accept', { role: 'chair', allowedRoles: ['receiver'] })
 */
export function createRejection(code: RejectionCode, event: string, details: RejectionDetails = {}): Rejection {
  const rejection: { -readonly [K in keyof Rejection]: Rejection[K] } = {
    code,
    message: details.message ?? defaultMessage(code, event, details),
    event,
  };
  if (details.state !== undefined) rejection.state = details.state;
  if (details.requirement !== undefined) rejection.requirement = details.requirement;
  if (details.allowedRoles !== undefined) rejection.allowedRoles = details.allowedRoles;
  if (details.condition !== undefined) rejection.condition = details.condition;
  if (details.components !== undefined) rejection.components = details.components;
  if (details.issues !== undefined) rejection.issues = details.issues;
  return rejection;
}

/** A data issue with its message. */
export function dataIssue(path: string, vi: string, en: string): DataIssue {
  return { path, message: { vi, en } };
}
