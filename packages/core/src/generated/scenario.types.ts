// GENERATED from schemas/scenario.schema.json by packages/core/scripts/gen-types.mjs — do not edit.
// Run `npm run gen` after changing the schema.

/**
 * Ngày giờ ISO 8601 có múi giờ, ví dụ 2026-02-13T16:00:00+07:00. / ISO 8601 date-time with an offset, e.g. 2026-02-13T16:00:00+07:00.
 */
export type Instant = string;
/**
 * Mã các thành phần hồ sơ đã có. / Ids of the dossier components provided.
 */
export type Documents = string[];

/**
 * Một hồ sơ đi qua thủ tục: các thao tác theo thời gian, của từng vai trò, và điều mong đợi sau mỗi bước. Viết được mà không cần lập trình. / One dossier going through a procedure: timed actions by roles, and what is expected after each. Written without code.
 */
export interface Scenario {
  /**
   * Đường dẫn tới scenario.schema.json. / Path to scenario.schema.json.
   */
  $schema?: string;
  title: Text;
  /**
   * Đường dẫn tới tệp thủ tục, tính từ tệp kịch bản. / Path to the procedure file, relative to this scenario.
   */
  procedure: string;
  /**
   * Đường dẫn tới tệp lịch; bỏ trống để dùng lịch Việt Nam có sẵn. / Path to a calendar file; omit for the built-in Vietnamese calendar.
   */
  calendar?: string;
  /**
   * Hồ sơ nháp ban đầu. / The draft dossier the scenario starts from.
   */
  dossier?: {
    /**
     * Cách nộp. / How it is filed.
     */
    channel: 'in-person' | 'online' | 'postal';
    at: Instant;
    /**
     * Mã trường hợp của thủ tục. / The procedure's case id.
     */
    case?: string;
    /**
     * Dữ liệu người nộp khai. / What the applicant entered.
     */
    data?: {};
    documents?: Documents;
    /**
     * Đường dẫn các trường được điền từ cơ sở dữ liệu quốc gia (kích hoạt miễn nộp giấy tờ theo Nghị định 104/2022). / Paths of the fields filled from a national database (this triggers Decree 104/2022 waivers).
     */
    prefilled?: string[];
  };
  /**
   * Thao tác và điều mong đợi, theo thứ tự thời gian. / Actions and expectations, in time order.
   *
   * @minItems 1
   */
  steps: [Step, ...Step[]];
}
/**
 * Tiếng Việt và tiếng Anh. / Vietnamese and English.
 */
export interface Text {
  /**
   * Nội dung tiếng Việt. / The Vietnamese text.
   */
  vi: string;
  /**
   * Nội dung tiếng Anh. / The English text.
   */
  en: string;
}
/**
 * Một thao tác của một vai trò tại một thời điểm, và/hoặc điều mong đợi sau đó. / One action by one role at one time, and/or what is expected afterwards.
 */
export interface Step {
  /**
   * Bước này làm gì, để người đọc hiểu. / What this step does, for readers.
   */
  note?: string;
  at?: Instant;
  /**
   * Ai làm: vai trò (applicant cho người dân) và mã người dùng. / Who acts: the role (applicant for the citizen) and a user id.
   */
  as?: {
    /**
     * Mã vai trò của thủ tục, hoặc applicant. / A role id of the procedure, or applicant.
     */
    role: string;
    /**
     * Mã người dùng (mặc định theo vai trò). / The user's id (defaults to the role).
     */
    id?: string;
    /**
     * Cơ quan của người thực hiện. / The actor's agency.
     */
    agency?: string;
  };
  /**
   * SUBMIT, SUPPLEMENT, PAY, WITHDRAW, HANDOVER, EXTEND, hoặc bước.thao-tác (ví dụ reception.accept). / SUBMIT, SUPPLEMENT, PAY, WITHDRAW, HANDOVER, EXTEND, or step.action (e.g. reception.accept).
   */
  do?: string;
  /**
   * Lý do kèm thao tác. / The reason given with the action.
   */
  reason?: string;
  /**
   * Mã các giấy tờ yêu cầu bổ sung. / Ids of the components asked for.
   */
  missingComponents?: string[];
  /**
   * Tên các tệp đính kèm. / Names of the attached files.
   */
  attachments?: string[];
  /**
   * Dữ liệu tờ khai gửi kèm (thay thế từng trường). / Form data sent with the action (merged field by field).
   */
  data?: {};
  documents?: Documents;
  /**
   * Ngày làm việc YYYY-MM-DD (hết giờ làm việc ngày đó) hoặc thời điểm có múi giờ. / A working day YYYY-MM-DD (the close of office hours that day) or an instant with an offset.
   */
  newDueDate?: string | Instant;
  expect?: Expectation;
  /**
   * Đường dẫn các trường được điền từ cơ sở dữ liệu quốc gia (kích hoạt miễn nộp giấy tờ theo Nghị định 104/2022). / Paths of the fields filled from a national database (this triggers Decree 104/2022 waivers).
   */
  prefilled?: string[];
}
/**
 * Điều phải đúng sau bước này; chỉ kiểm những gì được ghi. / What must hold after this step; only what is written is checked.
 */
export interface Expectation {
  /**
   * Tên trạng thái (ví dụ appraisal, awaitingSupplement, returned). / The state name (e.g. appraisal, awaitingSupplement, returned).
   */
  state?: string;
  /**
   * Mã 1–10 theo thực tiễn (1 mới đăng ký … 10 đã trả kết quả). / Status code 1–10 (1 submitted … 10 result handed over).
   */
  status?: number;
  /**
   * Ngày giờ hẹn trả kết quả, hoặc null khi chưa tiếp nhận. / The due date and time, or null before reception.
   */
  dueAt?: Instant | null;
  /**
   * Còn hạn, sắp đến hạn, quá hạn, hoặc tạm dừng (chờ bổ sung, chờ nộp phí) tại thời điểm của bước. / On track, due soon, overdue, or paused (awaiting a supplement or payment) at the step's time.
   */
  dueness?: 'on-track' | 'due-soon' | 'overdue' | 'paused';
  /**
   * Tổng phí và các khoản phải nộp. / The total and the fees due.
   */
  fees?: {
    /**
     * Tổng số tiền. / The total amount.
     */
    total?: number;
    /**
     * Mã khoản phí và số tiền. / Fee ids and amounts.
     */
    items?: {
      [k: string]: number;
    };
  };
  /**
   * Đúng danh sách mã giấy tờ còn thiếu (thứ tự không quan trọng). / Exactly the ids of the components still missing (any order).
   */
  missing?: string[];
  /**
   * Đúng danh sách mã giấy tờ được miễn nộp. / Exactly the ids of the waived components.
   */
  waived?: string[];
  /**
   * Các thao tác một vai trò có thể làm lúc này. / The actions a role may take now.
   */
  actions?: {
    /**
     * Vai trò được hỏi. / The role asked about.
     */
    role: string;
    /**
     * Đúng danh sách thao tác. / Exactly these actions.
     */
    exactly?: string[];
    /**
     * Các thao tác phải có. / Actions that must be available.
     */
    include?: string[];
    /**
     * Các thao tác không được có. / Actions that must not be available.
     */
    exclude?: string[];
  };
  /**
   * Thao tác của bước này phải bị từ chối, với mã lý do này. / This step's action must be rejected, with this reason code.
   */
  rejected?: {
    /**
     * wrong-role, not-allowed-in-state, missing-requirement, guard-false, missing-components, extension-used, dossier-closed… / The rejection code.
     */
    code: string;
    /**
     * Một đoạn phải có trong thông báo (tiếng Việt hoặc tiếng Anh). / Text the message must contain (Vietnamese or English).
     */
    messageIncludes?: string;
  };
}
