/**
 * The message catalogue: every visible string of @motcua/elements, Vietnamese first, English alongside.
 * Placeholders are `{name}`. Keys are namespaced by component (`dossier-status.*`) or shared (`common.*`).
 * Long because it is one table; it grows with every component.
 */

/** The languages the components speak. */
export type Lang = 'vi' | 'en';

const vi = {
  'common.error-prefix': 'Lỗi:',
  'common.error-summary-title': 'Có vấn đề cần sửa',
  'common.not-set': 'Chưa xác định',
  'dossier-status.form-title': 'Tra cứu hồ sơ',
  'dossier-status.code-label': 'Mã hồ sơ',
  'dossier-status.code-hint': 'In trên giấy tiếp nhận, ví dụ 000.00.00.H00-260223-0001',
  'dossier-status.code-missing': 'Nhập mã hồ sơ',
  'dossier-status.token-label': 'Mã tra cứu',
  'dossier-status.token-hint': 'Gửi cho bạn khi nộp hồ sơ',
  'dossier-status.token-missing': 'Nhập mã tra cứu',
  'dossier-status.submit': 'Tra cứu',
  'dossier-status.loading': 'Đang tra cứu hồ sơ…',
  'dossier-status.result-title': 'Hồ sơ {code}',
  'dossier-status.state': 'Tình trạng',
  'dossier-status.status-code': 'Mã trạng thái',
  'dossier-status.due': 'Hạn trả kết quả',
  'dossier-status.overdue': 'Quá hạn',
  'dossier-status.due-soon': 'Sắp đến hạn',
  'dossier-status.on-time': 'Còn trong hạn',
  'dossier-status.supplement-title': 'Cần bổ sung giấy tờ',
  'dossier-status.supplement-intro': 'Cơ quan giải quyết đề nghị bạn bổ sung:',
  'dossier-status.supplement-reason': 'Lý do: {reason}',
  'dossier-status.not-found': 'Không tìm thấy hồ sơ, hoặc mã tra cứu không đúng. Kiểm tra lại mã hồ sơ và mã tra cứu trên giấy tiếp nhận.',
  'dossier-status.network': 'Không kết nối được với hệ thống. Kiểm tra kết nối mạng rồi thử lại.',
  'dossier-status.server-error': 'Hệ thống đang gặp sự cố (mã {status}). Vui lòng thử lại sau.',
  'dossier-status.invalid-response': 'Hệ thống trả về dữ liệu không đọc được. Vui lòng thử lại sau.',
  'dossier-status.state.1': 'Mới nộp, chờ tiếp nhận',
  'dossier-status.state.2': 'Đã tiếp nhận',
  'dossier-status.state.3': 'Không được tiếp nhận',
  'dossier-status.state.4': 'Đang xử lý',
  'dossier-status.state.5': 'Chờ bổ sung giấy tờ',
  'dossier-status.state.6': 'Chờ thực hiện nghĩa vụ tài chính',
  'dossier-status.state.7': 'Đã rút hồ sơ',
  'dossier-status.state.8': 'Dừng xử lý',
  'dossier-status.state.9': 'Đã có kết quả',
  'dossier-status.state.10': 'Đã trả kết quả',
  'dossier-status.state.refused': 'Bị từ chối, đã trả lại hồ sơ',
  'dossier-status.state.draft': 'Bản nháp, chưa nộp',
} as const;

/** Message keys. */
export type MessageKey = keyof typeof vi;

const en: Record<MessageKey, string> = {
  'common.error-prefix': 'Error:',
  'common.error-summary-title': 'There is a problem',
  'common.not-set': 'Not set yet',
  'dossier-status.form-title': 'Track a dossier',
  'dossier-status.code-label': 'Dossier code',
  'dossier-status.code-hint': 'Printed on the receipt, for example 000.00.00.H00-260223-0001',
  'dossier-status.code-missing': 'Enter the dossier code',
  'dossier-status.token-label': 'Access code',
  'dossier-status.token-hint': 'Sent to you when you submitted the dossier',
  'dossier-status.token-missing': 'Enter the access code',
  'dossier-status.submit': 'Look up',
  'dossier-status.loading': 'Looking up the dossier…',
  'dossier-status.result-title': 'Dossier {code}',
  'dossier-status.state': 'Status',
  'dossier-status.status-code': 'Status code',
  'dossier-status.due': 'Result due',
  'dossier-status.overdue': 'Overdue',
  'dossier-status.due-soon': 'Due soon',
  'dossier-status.on-time': 'On time',
  'dossier-status.supplement-title': 'Documents requested',
  'dossier-status.supplement-intro': 'The agency asks you to supply:',
  'dossier-status.supplement-reason': 'Reason: {reason}',
  'dossier-status.not-found': 'No dossier was found, or the access code is wrong. Check the dossier code and the access code on your receipt.',
  'dossier-status.network': 'Could not reach the service. Check your connection and try again.',
  'dossier-status.server-error': 'The service has a problem (code {status}). Please try again later.',
  'dossier-status.invalid-response': 'The service sent an answer that could not be read. Please try again later.',
  'dossier-status.state.1': 'Submitted, awaiting reception',
  'dossier-status.state.2': 'Received',
  'dossier-status.state.3': 'Not accepted',
  'dossier-status.state.4': 'Being processed',
  'dossier-status.state.5': 'Waiting for more documents',
  'dossier-status.state.6': 'Waiting for fees to be paid',
  'dossier-status.state.7': 'Withdrawn',
  'dossier-status.state.8': 'Processing stopped',
  'dossier-status.state.9': 'Result ready',
  'dossier-status.state.10': 'Result returned',
  'dossier-status.state.refused': 'Refused, dossier returned',
  'dossier-status.state.draft': 'Draft, not submitted',
};

/** The catalogue, by language. */
export const messages: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { vi, en };
