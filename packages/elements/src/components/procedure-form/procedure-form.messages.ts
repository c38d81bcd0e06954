/**
 * The words of `<motcua-procedure-form>`: each message its `[Vietnamese, English]` pair, side by side.
 * Long because a guided form says a lot: questions come from the procedure, everything around them from
 * here. Unlike the other components' `defineCatalogue` tables, every message is its own export, used as
 * `msg(m.loadFailed, lang)`: the bundler then names each one in a letter or two, where a catalogue's
 * string keys cost some 300 bytes of the standalone bundle's 40 kB budget.
 */
import type { Lang } from '../../internal/messages.js';

/** A message: Vietnamese, then English; `{name}` placeholders are filled by `msg`. */
export type Message = readonly [vi: string, en: string];

export const loading: Message = ['Đang tải thủ tục…', 'Loading the procedure…'];
export const loadFailed: Message = ['Không tải được thủ tục ({reason}). Tải lại trang để thử lại.', 'The procedure could not be loaded ({reason}). Reload the page to try again.'];
export const continueLabel: Message = ['Tiếp tục', 'Continue'];
export const back: Message = ['Quay lại', 'Back'];
export const pageOf: Message = ['Phần {n} trên {total}', 'Section {n} of {total}'];
export const tasksIntro: Message = ['Khai lần lượt từng phần; bạn có thể sửa bất kỳ phần nào trước khi nộp.', 'Complete each section; you can change any of them before you submit.'];
export const optional: Message = ['(không bắt buộc)', '(optional)'];
export const choose: Message = ['Chọn…', 'Choose…'];
export const yes: Message = ['Có', 'Yes'];
export const no: Message = ['Không', 'No'];
export const notAnswered: Message = ['Chưa khai', 'Not answered'];
export const listAdd: Message = ['Thêm mục mới', 'Add another'];
export const listRemove: Message = ['Xoá', 'Remove'];
export const listRemoved: Message = ['Đã xoá {item}.', 'Removed {item}.'];
export const addressProvince: Message = ['Tỉnh, thành phố', 'Province or city'];
export const addressCommune: Message = ['Xã, phường, đặc khu', 'Commune or ward'];
export const addressLine: Message = ['Số nhà, đường, thôn, tổ dân phố', 'House number, street, village'];
export const addressProvinceFirst: Message = ['Chọn tỉnh, thành phố trước', 'Choose the province first'];
export const hintCitizenId: Message = ['Gồm 12 chữ số.', '12 digits.'];
export const hintTaxCode: Message = ['Ví dụ 0100109106, hoặc 0100109106-001 với chi nhánh.', 'For example 0100109106, or 0100109106-001 for a branch.'];
export const hintPhone: Message = ['Ví dụ 0912345678 hoặc +84912345678.', 'For example 0912345678 or +84912345678.'];
export const hintEmail: Message = ['Ví dụ ten@vidu.vn.', 'For example name@example.vn.'];
export const prefilledReadonly: Message = ['Không sửa được thông tin này tại đây.', 'This cannot be changed here.'];
export const requiredEnter: Message = ['Nhập {label}', 'Enter {label}'];
export const requiredChoose: Message = ['Chọn {label}', 'Choose {label}'];
export const requiredAddress: Message = ['Chọn tỉnh, thành phố và xã, phường cho mục {label}', 'Choose the province and the commune for {label}'];
export const citizenIdFormat: Message = ['{label} phải gồm đúng 12 chữ số, không có dấu cách hay chữ cái', '{label} must be exactly 12 digits, with no spaces or letters'];
export const citizenIdProvince: Message = ['{label}: 3 chữ số đầu ({digits}) là mã tỉnh nơi đăng ký khai sinh, phải từ 001 đến 096', '{label}: the first 3 digits ({digits}) are the province of birth registration and must be 001 to 096'];
export const citizenIdCentury: Message = ['{label}: chữ số thứ 4 ({digits}) chỉ thế kỷ sinh và giới tính, không khớp năm sinh {year}', '{label}: the 4th digit ({digits}) gives the century of birth and sex and does not match {year}'];
export const citizenIdBirthYear: Message = ['{label}: chữ số thứ 5 và 6 ({digits}) là hai số cuối của năm sinh, không khớp năm sinh {year}', '{label}: the 5th and 6th digits ({digits}) are the last two digits of the birth year and do not match {year}'];
export const taxCodeFormat: Message = ['{label} phải gồm 10 chữ số, có thể thêm gạch ngang và 3 chữ số mã chi nhánh', '{label} must be 10 digits, optionally with a hyphen and a 3-digit branch number'];
export const taxCodeCheck: Message = ['{label}: chữ số cuối (chữ số kiểm tra) không khớp với 9 chữ số đầu', '{label}: the last digit (the check digit) does not match the first 9'];
export const phone: Message = ['{label} phải là số điện thoại Việt Nam: 0 hoặc +84 rồi 9 hoặc 10 chữ số', '{label} must be a Vietnamese phone number: 0 or +84 then 9 or 10 digits'];
export const email: Message = ['{label} phải có dạng ten@vidu.vn', '{label} must look like name@example.vn'];
export const date: Message = ['{label} phải là một ngày có thật', '{label} must be a real date'];
export const componentsTitle: Message = ['Thành phần hồ sơ', 'Documents'];
export const componentsIntro: Message = ['Tải lên bản quét hoặc ảnh chụp rõ nét của từng giấy tờ.', 'Upload a clear scan or photo of each document.'];
export const componentRequired: Message = ['Bắt buộc', 'Required'];
export const componentOptional: Message = ['Không bắt buộc', 'Optional'];
export const componentOneOf: Message = ['Nộp một trong các giấy tờ sau', 'Provide one of the following'];
export const componentOriginals: Message = ['Bản chính ({originals} bản).', 'The original ({originals}).'];
export const componentCopies: Message = ['Bản sao ({copies} bản): bản sao có chứng thực, hoặc bản chụp kèm bản chính để đối chiếu.', 'A copy ({copies}): a certified copy, or a photocopy with the original to compare.'];
export const componentBoth: Message = ['Bản chính ({originals} bản) và bản sao ({copies} bản).', 'The original ({originals}) and a copy ({copies}).'];
export const presentOnly: Message = ['Mang bản chính đến để xuất trình, đối chiếu; không phải nộp lại, không cần tải lên.', 'Bring the original to show for checking; it is not kept and nothing is uploaded.'];
export const template: Message = ['Mẫu: {title}', 'Template: {title}'];
export const templateDownload: Message = ['Tải mẫu {title}', 'Download the template {title}'];
export const accept: Message = ['Nhận tệp {types}, tối đa {size} MB.', 'Accepts {types}, up to {size} MB.'];
export const chooseFile: Message = ['Chọn tệp', 'Choose a file'];
export const fileChosen: Message = ['Đã chọn: {name} ({size})', 'Chosen: {name} ({size})'];
export const removeFile: Message = ['Bỏ tệp {name}', 'Remove {name}'];
export const waivedTitle: Message = ['Không phải nộp', 'Not needed'];
export const requiredFile: Message = ['Tải lên {title}', 'Upload {title}'];
export const requiredOneOf: Message = ['Tải lên một trong các giấy tờ: {titles}', 'Upload one of: {titles}'];
export const fileTooLarge: Message = ['{file}: tệp nặng {size} MB, quá mức {max} MB cho {title}; hãy nén hoặc quét lại ở độ phân giải thấp hơn', '{file}: the file is {size} MB, more than the {max} MB allowed for {title}; compress it or scan at a lower resolution'];
export const fileWrongType: Message = ['{file}: nội dung tệp là {found}, không phải loại được nhận cho {title}; hãy chọn tệp {accepted}', '{file}: the file contains {found}, which is not accepted for {title}; choose a {accepted} file'];
export const fileEmpty: Message = ['{file}: tệp rỗng, hãy chọn lại tệp', '{file}: the file is empty; choose it again'];
export const fileUnknown: Message = ['định dạng không xác định', 'an unknown format'];
export const feesTitle: Message = ['Lệ phí và ngày hẹn trả kết quả', 'Fees and expected result date'];
export const feesNone: Message = ['Thủ tục này không thu phí, lệ phí.', 'This procedure has no fees or charges.'];
export const feeItem: Message = ['Khoản', 'Item'];
export const feeAmount: Message = ['Số tiền', 'Amount'];
export const feeExempt: Message = ['Được miễn (mức thường là {gross})', 'Exempt (normally {gross})'];
export const feeQuantity: Message = ['{quantity} bản', '{quantity} copies'];
export const feesTotal: Message = ['Tổng cộng', 'Total'];
export const feeOnSubmit: Message = ['Nộp khi nộp hồ sơ.', 'Paid when you submit.'];
export const feeOnResult: Message = ['Nộp khi nhận kết quả.', 'Paid when you collect the result.'];
export const dueTitle: Message = ['Ngày hẹn trả kết quả dự kiến', 'Expected result date'];
export const dueExplain: Message = ['Đây là ngày dự kiến nếu hồ sơ được tiếp nhận ngay bây giờ, tính theo thời hạn {term} (không kể thứ Bảy, Chủ nhật và ngày nghỉ lễ). Hồ sơ nhận sau 15:00 được tính từ ngày làm việc tiếp theo. Ngày hẹn chính thức ghi trên giấy tiếp nhận.', 'This is an estimate if the dossier were received now, counting {term} (Saturdays, Sundays and public holidays do not count). A dossier received after 15:00 counts from the next working day. The official date is on the receipt.'];
export const dueUnknown: Message = ['Chưa tính được ngày hẹn trả kết quả.', 'The result date could not be estimated.'];
export const checkTitle: Message = ['Kiểm tra lại thông tin trước khi nộp', 'Check your answers before submitting'];
export const change: Message = ['Thay đổi', 'Change'];
export const documentsTitle: Message = ['Giấy tờ đính kèm', 'Attached documents'];
export const noDocuments: Message = ['Chưa chọn tệp nào', 'No files chosen'];
export const declaration: Message = ['Khi nộp hồ sơ, tôi cam đoan những thông tin đã khai là đúng sự thật và chịu trách nhiệm trước pháp luật về lời khai của mình.', 'By submitting this dossier I declare that the information given is true and that I am responsible for it before the law.'];
export const submit: Message = ['Nộp hồ sơ', 'Submit the dossier'];
export const submitting: Message = ['Đang nộp hồ sơ…', 'Submitting the dossier…'];
export const errorNetwork: Message = ['Không kết nối được với hệ thống; thông tin bạn đã khai vẫn còn. Kiểm tra mạng rồi bấm “Nộp hồ sơ” lần nữa.', 'Could not reach the service; your answers are kept. Check your connection and press “Submit the dossier” again.'];
export const errorServer: Message = ['Hệ thống chưa nhận hồ sơ (mã {status}): {message}', 'The service did not accept the dossier (code {status}): {message}'];
export const errorUpload: Message = ['Hồ sơ {code} đã được tạo nhưng chưa tải lên được {title}: {message} Bấm “Nộp hồ sơ” để tải lên lại.', 'Dossier {code} was created but {title} could not be uploaded: {message} Press “Submit the dossier” to upload it again.'];
export const errorResponse: Message = ['hệ thống trả về dữ liệu không đọc được.', 'the service sent an answer that could not be read.'];
export const draftTitle: Message = ['Bạn có một bản nháp chưa nộp', 'You have a draft that was not submitted'];
export const draftSavedAt: Message = ['Bản nháp được lưu trên máy này lúc {time}.', 'The draft was saved on this device at {time}.'];
export const draftResume: Message = ['Tiếp tục bản nháp', 'Resume your draft'];
export const draftRestart: Message = ['Khai lại từ đầu', 'Start again'];
export const draftFiles: Message = ['Tệp đính kèm không được lưu trong bản nháp; bạn sẽ cần chọn lại tệp.', 'Attached files are not kept in drafts; you will need to choose them again.'];
export const draftOtherVersion: Message = ['Bản nháp trước được khai theo phiên bản {version} của thủ tục; thủ tục đã thay đổi nên không dùng lại được. Vui lòng khai lại.', 'Your earlier draft was for version {version} of this procedure, which has changed, so it cannot be used. Please fill in the form again.'];
export const receiptTitle: Message = ['Giấy tiếp nhận hồ sơ và hẹn trả kết quả', 'Dossier receipt and result appointment'];
export const receiptIntro: Message = ['Hồ sơ của bạn đã được gửi tới cơ quan tiếp nhận.', 'Your dossier has been sent to the receiving agency.'];
export const receiptProcedure: Message = ['Thủ tục', 'Procedure'];
export const receiptCode: Message = ['Mã hồ sơ', 'Dossier code'];
export const receiptToken: Message = ['Mã tra cứu', 'Access code'];
export const receiptTokenNote: Message = ['Giữ kín mã tra cứu: cùng mã hồ sơ, mã này dùng để theo dõi hồ sơ và không được cấp lại.', 'Keep the access code private: with the dossier code it lets you follow the dossier; it is not issued again.'];
export const receiptComponents: Message = ['Giấy tờ đã nộp', 'Documents submitted'];
export const receiptDue: Message = ['Ngày hẹn trả kết quả', 'Result due'];
export const receiptDueEstimate: Message = ['Dự kiến {date}, nếu hồ sơ được tiếp nhận ngay; ngày hẹn chính thức do cơ quan tiếp nhận ghi khi tiếp nhận hồ sơ.', 'Expected {date} if the dossier is received now; the receiving agency sets the official date when it receives the dossier.'];
export const receiptFees: Message = ['Lệ phí', 'Fees'];
export const print: Message = ['In giấy tiếp nhận', 'Print the receipt'];

/** Where a prefilled answer came from, by the prefill rule's `source`. */
export const prefilledFrom = {
  'population': ['Lấy từ Cơ sở dữ liệu quốc gia về dân cư', 'From the national population database'],
  'civil-status': ['Lấy từ Cơ sở dữ liệu hộ tịch điện tử', 'From the electronic civil-status database'],
  'business-registry': ['Lấy từ Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp', 'From the national business registration database'],
  'residence': ['Lấy từ Cơ sở dữ liệu về cư trú', 'From the residence database'],
  'vneid': ['Lấy từ tài khoản định danh điện tử VNeID', 'From your VNeID electronic identification account'],
} as const satisfies Readonly<Record<string, Message>>;

/** A task list section's status. */
export const taskStatus = {
  'not-started': ['Chưa bắt đầu', 'Not started'],
  'in-progress': ['Đang khai', 'In progress'],
  'completed': ['Đã xong', 'Completed'],
} as const satisfies Readonly<Record<string, Message>>;

/** `message` in `lang`, with `{name}` placeholders filled from `params`. */
export function msg(message: Message, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string {
  return message[lang === 'en' ? 1 : 0].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
