// GENERATED from schemas/procedure.schema.json by packages/core/scripts/gen-types.mjs — do not edit.
// Run `npm run gen` after changing the schema.

import type { Expression as ExpressionLanguage } from './expression.types.js';

/**
 * Chữ thường, số và gạch nối, bắt đầu bằng chữ (ví dụ to-khai-khai-sinh). / Lower-case letters, digits and hyphens, starting with a letter (e.g. birth-form).
 */
export type Id = string;
/**
 * Điều khoản quy định phần tử này. / The articles that require this element.
 *
 * Items: Một trích dẫn tới văn bản trong legalDocuments. / A citation of a document in legalDocuments.
 */
export type LegalBasis = {
  document: Id;
  /**
   * Điều, khoản, điểm, ví dụ 'Điều 16 khoản 1'. / Article, clause, point, e.g. 'Art. 16(1)'.
   */
  article?: string;
}[];
/**
 * Biểu thức điều kiện dạng JSON (kiểu JSON Logic), không phải mã lệnh. / A condition written as JSON (JSON Logic style), never as code.
 */
export type Expression = ExpressionLanguage;
/**
 * Một trường trong lược đồ tờ khai. / One field of the form schema.
 */
export type FormField = FormString | FormNumber | FormBoolean | FormObject | FormArray;
/**
 * Cách nhập một câu trả lời; mặc định theo kiểu dữ liệu. / How an answer is entered; defaults from the data type.
 */
export type Widget =
  | 'text'
  | 'textarea'
  | 'number'
  | 'date'
  | 'select'
  | 'radio'
  | 'checkbox'
  | 'citizen-id'
  | 'tax-code'
  | 'phone'
  | 'email'
  | 'address';
/**
 * Nhãn song ngữ cho từng giá trị enum. / Bilingual labels for each enum value.
 *
 * Items: Một giá trị và nhãn của nó. / A value and its label.
 */
export type OptionLabels = {
  /**
   * Giá trị trong enum. / The enum value.
   */
  value: string | number;
  label: Text;
}[];
/**
 * Một bước, hoặc một nhóm nhánh song song. / A step, or a group of parallel branches.
 */
export type StepOrParallel = Step | Parallel;

/**
 * Một phiên bản của một thủ tục hành chính: biểu mẫu, thành phần hồ sơ, phí, thời hạn và quy trình giải quyết. / One version of an administrative procedure: its form, dossier components, fees, deadline and handling workflow.
 */
export interface Procedure {
  /**
   * Đường dẫn tới procedure.schema.json để trình soạn thảo gợi ý và kiểm tra khi gõ. / Path to procedure.schema.json so that editors autocomplete and check while you type.
   */
  $schema?: string;
  /**
   * Mã thủ tục trên Cơ sở dữ liệu quốc gia về TTHC, dạng N.NNNNNN, có thể kèm hậu tố địa phương (.H38). Dùng tiền tố 'local.' cho thủ tục chưa có mã quốc gia. / National procedure code (N.NNNNNN), optionally with a province suffix (.H38). Use the 'local.' prefix for a procedure without a national code.
   */
  code: string;
  /**
   * Phiên bản của định nghĩa thủ tục (MAJOR.MINOR.PATCH). Hồ sơ luôn giữ phiên bản được tiếp nhận. / Version of this definition (MAJOR.MINOR.PATCH). A dossier always keeps the version it was received under.
   */
  version: string;
  /**
   * Ngày phiên bản này bắt đầu có hiệu lực (YYYY-MM-DD). / The date this version takes effect (YYYY-MM-DD).
   */
  effectiveFrom: string;
  /**
   * Ngày cuối cùng phiên bản này còn hiệu lực; bỏ trống nếu chưa bị thay thế. / The last day this version is in force; omit while it has not been replaced.
   */
  effectiveTo?: string;
  /**
   * Quyết định công bố thủ tục hành chính. / The decision that published the procedure.
   */
  publication?: {
    /**
     * Số hiệu quyết định, ví dụ 1085/QĐ-BTP. / Decision number, e.g. 1085/QĐ-BTP.
     */
    number: string;
    /**
     * Ngày ban hành quyết định. / Date the decision was issued.
     */
    date?: string;
    /**
     * Địa chỉ văn bản. / Address of the document.
     */
    url?: string;
  };
  title: Text;
  summary?: Text;
  /**
   * Lĩnh vực thực hiện (ví dụ Hộ tịch). / The sector (e.g. civil status).
   */
  sector: {
    /**
     * Mã lĩnh vực trong danh mục quốc gia, hoặc mã nội bộ. / Sector code in the national catalogue, or a local code.
     */
    code: string;
    title: Text;
  };
  /**
   * Cấp chính quyền thực hiện. Cấp huyện chỉ dùng cho dữ liệu lịch sử (bãi bỏ từ 01/7/2025). / Levels of government that handle it. 'district' only for historical data (abolished 01/07/2025).
   *
   * @minItems 1
   */
  level: [
    'central' | 'province' | 'district' | 'commune',
    ...('central' | 'province' | 'district' | 'commune')[]
  ];
  /**
   * Ai được nộp hồ sơ. / Who may file.
   */
  applicantTypes?: ('citizen' | 'foreigner' | 'enterprise' | 'organization')[];
  /**
   * Hồ sơ được tiếp nhận tại bất kỳ điểm nào trong tỉnh (Nghị định 118/2025). Nơi tiếp nhận tách khỏi cơ quan có thẩm quyền. / Dossiers are received at any point in the province (Decree 118/2025). The place of receipt is separate from the competent authority.
   */
  boundaryFree?: boolean;
  /**
   * Thủ tục liên thông giữa nhiều cơ quan. / An inter-agency procedure.
   */
  interAgency?: boolean;
  /**
   * Các văn bản mà phần tử trong thủ tục trích dẫn qua legalBasis. / The legal instruments that elements cite through legalBasis.
   */
  legalDocuments?: LegalDocument[];
  legalBasis?: LegalBasis;
  /**
   * Các cơ quan tham gia tiếp nhận và giải quyết. / The agencies that receive and handle dossiers.
   *
   * @minItems 1
   */
  agencies: [Agency, ...Agency[]];
  competentAuthority: Id;
  implementingAgency: Id;
  receivingAgency?: Id;
  /**
   * Các cách nộp hồ sơ, mỗi cách có thể có thời hạn riêng (Nghị định 61/2018 Điều 16; Nghị định 42/2022). / The ways to file, each with its own deadline where it differs (Decree 61/2018 Art. 16; Decree 42/2022).
   *
   * @minItems 1
   */
  channels: [Channel, ...Channel[]];
  deadline: Deadline;
  /**
   * Các trường hợp của thủ tục; mỗi trường hợp có thành phần hồ sơ riêng. / The procedure's cases; each has its own dossier components.
   */
  cases?: Case[];
  form: Form;
  /**
   * Trường được lấy từ cơ sở dữ liệu quốc gia qua bộ chuyển đổi. / Fields filled from national databases through an adapter.
   */
  prefill?: Prefill[];
  /**
   * Giấy tờ người dân phải nộp hoặc xuất trình. / The documents a citizen must submit or show.
   */
  components: Component[];
  /**
   * Các khoản phí, lệ phí bằng đồng Việt Nam, có điều kiện miễn giảm. / Fees and charges in VND, with conditional exemptions.
   */
  fees?: Fee[];
  /**
   * Các vai trò cán bộ tham gia quy trình. / The officer roles in the workflow.
   *
   * @minItems 1
   */
  roles: [Role, ...Role[]];
  workflow: Workflow;
  /**
   * Giấy tờ kết quả và cách trả cho người dân. / The result documents and how they reach the citizen.
   *
   * @minItems 1
   */
  results: [Result, ...Result[]];
}
/**
 * Nội dung tiếng Việt (bắt buộc) và tiếng Anh. / Vietnamese text (required) and English.
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
 * Một văn bản quy phạm pháp luật được trích dẫn. / A legal instrument that is cited.
 */
export interface LegalDocument {
  id: Id;
  /**
   * Số hiệu văn bản, ví dụ 61/2018/NĐ-CP. / The instrument's number, e.g. 61/2018/NĐ-CP.
   */
  number: string;
  title: Text;
  /**
   * Ngày ban hành. / Date of issue.
   */
  issuedOn?: string;
  /**
   * Địa chỉ văn bản. / Address of the text.
   */
  url?: string;
}
/**
 * Một cơ quan tham gia giải quyết. / An agency that takes part.
 */
export interface Agency {
  id: Id;
  title: Text;
  /**
   * Cấp của cơ quan. / The agency's level.
   */
  level: 'central' | 'province' | 'district' | 'commune';
  /**
   * Loại cơ quan, ví dụ UBND, công an, bảo hiểm xã hội, trung tâm phục vụ hành chính công. / Kind of agency, e.g. people's committee, police, social insurance, service centre.
   */
  kind?:
    | 'people-committee'
    | 'service-center'
    | 'justice'
    | 'police'
    | 'social-insurance'
    | 'finance'
    | 'construction'
    | 'tax'
    | 'other';
  /**
   * Mã cơ quan trong danh mục (agency.schema.json), dùng để sinh mã hồ sơ. / The agency's code in the catalogue (agency.schema.json), used for dossier codes.
   */
  catalogueCode?: string;
  legalBasis?: LegalBasis;
}
/**
 * Một cách nộp hồ sơ. / One way to file.
 */
export interface Channel {
  /**
   * Trực tiếp, trực tuyến hoặc bưu chính công ích (Nghị định 61/2018 Điều 16). / In person, online or public postal service (Decree 61/2018 Art. 16).
   */
  kind: 'in-person' | 'online' | 'postal';
  /**
   * Toàn trình hoặc một phần (Nghị định 42/2022); chỉ dùng cho kênh trực tuyến. / Full-process or partial (Decree 42/2022); online channel only.
   */
  onlineLevel?: 'full' | 'partial';
  deadline?: Deadline;
  note?: Text;
  legalBasis?: LegalBasis;
}
/**
 * Thời hạn luật định và chính sách đồng hồ. / The legal term and the clock policy.
 */
export interface Deadline {
  term: Term;
  /**
   * Thời hạn khác khi điều kiện đúng, ví dụ cần xác minh. / Another term when a condition holds, e.g. verification needed.
   *
   * Items: Một thời hạn áp dụng khi điều kiện đúng. / A term that applies when its condition holds.
   */
  overrides?: {
    when: Expression;
    term: Term;
    reason: Text;
    legalBasis?: LegalBasis;
  }[];
  /**
   * restart: tính lại từ đầu khi nhận đủ hồ sơ (Nghị định 61/2018 Điều 19 khoản 4); pause: tạm dừng đồng hồ. / restart: recount from zero once complete (Decree 61/2018 Art. 19(4)); pause: stop the clock.
   */
  onSupplement?: 'restart' | 'pause';
  /**
   * Gia hạn một lần kèm văn bản xin lỗi (Nghị định 61/2018 Điều 19 khoản 9). / One extension with an apology letter (Decree 61/2018 Art. 19(9)).
   */
  extension?: {
    /**
     * Có được gia hạn hay không. / Whether an extension is allowed.
     */
    allowed: boolean;
    max?: Term;
  };
  legalBasis?: LegalBasis;
}
/**
 * Một khoảng thời gian theo đơn vị luật định. / A span of time in a legal unit.
 */
export interface Term {
  /**
   * Ngày làm việc, giờ làm việc, ngày (lịch) hoặc trong ngày. / Working days, working hours, calendar days or same day.
   */
  unit: 'working-days' | 'working-hours' | 'calendar-days' | 'same-day';
  /**
   * Số ngày hoặc giờ; bỏ trống khi đơn vị là trong ngày. / Number of days or hours; omit for same-day.
   */
  value?: number;
  /**
   * Nhận sau giờ này thì tính từ ngày làm việc tiếp theo (thường 15:00). / Received after this time counts from the next working day (usually 15:00).
   */
  cutOff?: string;
}
/**
 * Một trường hợp của thủ tục. / One case of the procedure.
 */
export interface Case {
  id: Id;
  title: Text;
  when?: Expression;
  legalBasis?: LegalBasis;
}
/**
 * Dữ liệu người nộp khai (lược đồ) và cách trình bày (bố cục). / The applicant's data (schema) and how it is presented (layout).
 */
export interface Form {
  data: FormObject;
  /**
   * Các trang câu hỏi theo thứ tự. / Question pages in order.
   */
  layout: {
    /**
     * Các trang câu hỏi. / The question pages.
     *
     * @minItems 1
     */
    pages: [Page, ...Page[]];
  };
}
/**
 * Một nhóm trường; format vn-address là địa chỉ theo đơn vị hành chính. / A group of fields; format vn-address is an address by administrative unit.
 */
export interface FormObject {
  /**
   * Luôn là object. / Always object.
   */
  type: 'object';
  /**
   * Nhãn mặc định. / Default label.
   */
  title?: string;
  /**
   * vn-address: địa chỉ gồm đơn vị hành chính (unitCode) và số nhà, đường (line). / vn-address: an address of an administrative unit (unitCode) and a street line (line).
   */
  format?: 'vn-address';
  /**
   * Các trường con, theo tên. / The child fields, by name.
   */
  properties?: {
    [k: string]: FormField;
  };
  /**
   * Tên các trường bắt buộc. / Names of the required fields.
   */
  required?: string[];
}
/**
 * Trường kiểu chuỗi; format chọn kiểu Việt Nam. / A string field; format picks a Vietnamese type.
 */
export interface FormString {
  /**
   * Luôn là string. / Always string.
   */
  type: 'string';
  /**
   * Nhãn mặc định (tiếng Việt); nhãn song ngữ đặt trong bố cục. / Default label (Vietnamese); bilingual labels live in the layout.
   */
  title?: string;
  /**
   * citizen-id: số định danh 12 chữ số; tax-code: mã số thuế có chữ số kiểm tra; phone: số điện thoại; administrative-unit: mã đơn vị hành chính; email; date; date-time. / citizen-id: 12-digit personal id; tax-code: tax code with check digit; phone; administrative-unit: unit code; email; date; date-time.
   */
  format?: 'citizen-id' | 'tax-code' | 'phone' | 'email' | 'date' | 'date-time' | 'administrative-unit';
  /**
   * Danh sách giá trị được chọn. / The values to choose from.
   *
   * @minItems 1
   */
  enum?: [string, ...string[]];
  /**
   * Số ký tự tối thiểu. / Fewest characters.
   */
  minLength?: number;
  /**
   * Số ký tự tối đa. / Most characters.
   */
  maxLength?: number;
  /**
   * Biểu thức chính quy mà giá trị phải khớp. / A regular expression the value must match.
   */
  pattern?: string;
  /**
   * Giá trị mặc định. / The default value.
   */
  default?: string;
}
/**
 * Trường kiểu số. / A numeric field.
 */
export interface FormNumber {
  /**
   * number hoặc integer. / number or integer.
   */
  type: 'number' | 'integer';
  /**
   * Nhãn mặc định. / Default label.
   */
  title?: string;
  /**
   * Giá trị nhỏ nhất. / Smallest value.
   */
  minimum?: number;
  /**
   * Giá trị lớn nhất. / Largest value.
   */
  maximum?: number;
  /**
   * Danh sách giá trị được chọn. / The values to choose from.
   *
   * @minItems 1
   */
  enum?: [number, ...number[]];
  /**
   * Giá trị mặc định. / The default value.
   */
  default?: number;
}
/**
 * Trường đúng/sai. / A true/false field.
 */
export interface FormBoolean {
  /**
   * Luôn là boolean. / Always boolean.
   */
  type: 'boolean';
  /**
   * Nhãn mặc định. / Default label.
   */
  title?: string;
  /**
   * Giá trị mặc định. / The default value.
   */
  default?: boolean;
}
/**
 * Một danh sách các mục cùng kiểu. / A list of items of one kind.
 */
export interface FormArray {
  /**
   * Luôn là array. / Always array.
   */
  type: 'array';
  /**
   * Nhãn mặc định. / Default label.
   */
  title?: string;
  items: FormField;
  /**
   * Số mục tối thiểu. / Fewest items.
   */
  minItems?: number;
  /**
   * Số mục tối đa. / Most items.
   */
  maxItems?: number;
}
/**
 * Một trang của tờ khai điện tử. / One page of the e-form.
 */
export interface Page {
  id: Id;
  title: Text;
  description?: Text;
  visibleWhen?: Expression;
  /**
   * Các trường trên trang, theo thứ tự. / The fields on the page, in order.
   *
   * @minItems 1
   */
  fields: [LayoutField, ...LayoutField[]];
  legalBasis?: LegalBasis;
}
/**
 * Cách trình bày một trường dữ liệu. / How one data field is presented.
 */
export interface LayoutField {
  /**
   * Đường dẫn tới trường trong form.data, nối bằng dấu chấm (ví dụ child.fullName). / Dot path of the field in form.data (e.g. child.fullName).
   */
  field: string;
  label: Text;
  help?: Text;
  widget?: Widget;
  visibleWhen?: Expression;
  requiredWhen?: Expression;
  options?: OptionLabels;
  itemLabel?: Text;
  /**
   * Chỉ dùng cho trường là danh sách (mảng các đối tượng): nhãn, gợi ý, kiểu nhập và nhãn lựa chọn cho các câu hỏi trong mỗi phần tử. Biểu mẫu hỏi theo thứ tự này, rồi tới các thuộc tính của phần tử không được liệt kê (theo thứ tự trong form.data, nhãn lấy từ title). / Only on a field that is a list (an array of objects): labels, hints, widgets and option labels for the questions inside each item. The form asks them in this order, then any item properties not listed (in form.data order, labelled by their title).
   *
   * @minItems 1
   */
  itemFields?: [ItemField, ...ItemField[]];
  legalBasis?: LegalBasis;
}
/**
 * Cách trình bày một thuộc tính của mỗi phần tử danh sách. Điều kiện visibleWhen/requiredWhen được đánh giá riêng cho từng phần tử: {"var": "$item.<thuộc tính>"} đọc phần tử đó, các biến khác đọc dữ liệu của hồ sơ như mọi nơi. / How one property of each list item is presented. Its visibleWhen/requiredWhen are evaluated for each item on its own: {"var": "$item.<property>"} reads that item, other variables read the dossier's data as everywhere else.
 */
export interface ItemField {
  /**
   * Tên (khoá) một thuộc tính của đối tượng phần tử, không có dấu chấm (ví dụ fullName). / The key of a property of the item object, without dots (e.g. fullName).
   */
  field: string;
  label: Text;
  help?: Text;
  widget?: Widget;
  visibleWhen?: Expression;
  requiredWhen?: Expression;
  options?: OptionLabels;
  legalBasis?: LegalBasis;
}
/**
 * Một trường lấy từ cơ sở dữ liệu quốc gia. / One field taken from a national database.
 */
export interface Prefill {
  /**
   * Đường dẫn trường trong form.data. / Dot path of the field in form.data.
   */
  field: string;
  /**
   * Cơ sở dữ liệu nguồn. / The source database.
   */
  source: 'population' | 'civil-status' | 'business-registry' | 'residence' | 'vneid';
  /**
   * Tên thuộc tính trong nguồn, ví dụ fullName, dateOfBirth, permanentAddress. / The attribute in the source, e.g. fullName, dateOfBirth, permanentAddress.
   */
  attribute: string;
  /**
   * Tra cứu theo ai: người nộp, hoặc số định danh trong một trường. / Whose record: the applicant's, or the personal id held in a field.
   */
  subject?: string;
  /**
   * Người nộp có được sửa giá trị điền sẵn. / Whether the applicant may change the prefilled value.
   */
  editable?: boolean;
  legalBasis?: LegalBasis;
}
/**
 * Một giấy tờ trong hồ sơ. / One document of the dossier.
 */
export interface Component {
  id: Id;
  title: Text;
  description?: Text;
  /**
   * Chỉ áp dụng cho các trường hợp này; bỏ trống là mọi trường hợp. / Applies only to these cases; omit for every case.
   *
   * @minItems 1
   */
  cases?: [Id, ...Id[]];
  /**
   * Số bản chính. / Number of originals.
   */
  originals: number;
  /**
   * Số bản sao. / Number of copies.
   */
  copies: number;
  /**
   * Chỉ xuất trình để đối chiếu, không nộp lại. / Shown for checking only, not kept.
   */
  presentOnly?: boolean;
  /**
   * Kiểu tệp được nhận khi nộp trực tuyến (media type). Bỏ trống: PDF, JPEG, PNG, DOCX, XLSX, ODT, ODS (DEFAULT_ACCEPTED_MEDIA_TYPES của @motcua/core, dùng chung cho trình duyệt và máy chủ). / Media types accepted online. When absent: PDF, JPEG, PNG, DOCX, XLSX, ODT, ODS (@motcua/core's DEFAULT_ACCEPTED_MEDIA_TYPES, the same in the browser and on the server).
   *
   * @minItems 1
   */
  accept?: [string, ...string[]];
  /**
   * Dung lượng tối đa mỗi tệp. / Largest file size.
   */
  maxSizeMB?: number;
  /**
   * true: luôn bắt buộc; false: không bắt buộc trừ khi requiredWhen đúng. / true: always required; false: optional unless requiredWhen holds.
   */
  required: boolean;
  requiredWhen?: Expression;
  alternativeGroup?: Id;
  /**
   * Không yêu cầu vì đã có trong cơ sở dữ liệu quốc gia (Nghị định 104/2022). / Not asked for because a national database holds it (Decree 104/2022).
   */
  waived?: {
    /**
     * Cơ sở dữ liệu khai thác. / The database it is taken from.
     */
    source: 'population' | 'civil-status' | 'business-registry' | 'residence' | 'vneid';
    /**
     * Mã giấy tờ trong kho dữ liệu quốc gia. / The document's code in the national data store.
     */
    nationalDocumentCode?: string;
    when?: Expression;
    reason: Text;
    legalBasis?: LegalBasis;
  };
  /**
   * Mẫu để tải về. / The template to download.
   */
  template?: {
    /**
     * Tên và số hiệu mẫu, ví dụ Mẫu CT01. / The template's name and number, e.g. form CT01.
     */
    title: string;
    /**
     * Địa chỉ tải mẫu. / Where to download it.
     */
    url?: string;
  };
  legalBasis?: LegalBasis;
}
/**
 * Một khoản phí hoặc lệ phí bằng đồng (VND). / One fee or charge in đồng (VND).
 */
export interface Fee {
  id: Id;
  /**
   * fee: phí; charge: lệ phí. / fee: phí; charge: lệ phí.
   */
  kind: 'fee' | 'charge';
  title: Text;
  /**
   * Số tiền cho mỗi đơn vị, đồng nguyên. / The amount per unit, whole đồng.
   */
  amount: number;
  /**
   * dossier: mỗi hồ sơ; copy: mỗi bản; page: mỗi trang. / dossier: per dossier; copy: per copy; page: per page.
   */
  per?: 'dossier' | 'copy' | 'page';
  /**
   * Trường chứa số bản hoặc số trang khi tính theo đơn vị. / The field holding the number of copies or pages.
   */
  quantityField?: string;
  /**
   * Giá theo bậc, ví dụ trang 1-2 giá khác từ trang 3. / Tiered prices, e.g. pages 1-2 priced differently from page 3 on.
   *
   * @minItems 1
   *
   * Items: Giá cho một khoảng đơn vị. / The price for a range of units.
   */
  tiers?: [
    {
      /**
       * Đơn vị đầu tiên của bậc (từ 1). / First unit of the tier (from 1).
       */
      from: number;
      /**
       * Đơn vị cuối của bậc; bỏ trống là không giới hạn. / Last unit of the tier; omit for no end.
       */
      to?: number;
      /**
       * Giá mỗi đơn vị trong bậc. / The price of each unit in the tier.
       */
      amount: number;
    },
    ...{
      /**
       * Đơn vị đầu tiên của bậc (từ 1). / First unit of the tier (from 1).
       */
      from: number;
      /**
       * Đơn vị cuối của bậc; bỏ trống là không giới hạn. / Last unit of the tier; omit for no end.
       */
      to?: number;
      /**
       * Giá mỗi đơn vị trong bậc. / The price of each unit in the tier.
       */
      amount: number;
    }[]
  ];
  /**
   * Tổng tối đa của khoản này. / Most this fee can total.
   */
  maxAmount?: number;
  /**
   * Chỉ áp dụng cho các kênh này. / Applies only on these channels.
   *
   * @minItems 1
   */
  channels?: ['in-person' | 'online' | 'postal', ...('in-person' | 'online' | 'postal')[]];
  when?: Expression;
  exemptWhen?: Expression;
  /**
   * on-submit: khi nộp hồ sơ; on-result: khi nhận kết quả. / on-submit: when filing; on-result: when collecting the result.
   */
  payable?: 'on-submit' | 'on-result';
  legalBasis?: LegalBasis;
}
/**
 * Một vai trò cán bộ. / An officer role.
 */
export interface Role {
  id: Id;
  title: Text;
  agency?: Id;
  legalBasis?: LegalBasis;
}
/**
 * Các bước giải quyết, tuần tự hoặc song song giữa các cơ quan (Nghị định 61/2018 Điều 19). / The handling steps, in sequence or in parallel across agencies (Decree 61/2018 Art. 19).
 */
export interface Workflow {
  start: Id;
  /**
   * Các bước giải quyết. / The handling steps.
   *
   * @minItems 1
   */
  steps: [StepOrParallel, ...StepOrParallel[]];
  legalBasis?: LegalBasis;
}
/**
 * Một bước do một vai trò của một cơ quan thực hiện. / A step done by one role of one agency.
 */
export interface Step {
  id: Id;
  /**
   * reception: tiếp nhận; appraisal: thẩm định; verification: xác minh; consultation: lấy ý kiến; approval: phê duyệt; signing: ký; result: trả kết quả. / reception, appraisal, verification, consultation, approval, signing, result return.
   */
  kind: 'reception' | 'appraisal' | 'verification' | 'consultation' | 'approval' | 'signing' | 'result';
  title: Text;
  role: Id;
  agency: Id;
  allowance: Term;
  /**
   * Các thao tác được phép tại bước này. / The actions allowed at this step.
   *
   * @minItems 1
   */
  actions: [Action, ...Action[]];
  legalBasis?: LegalBasis;
}
/**
 * Một thao tác cán bộ có thể làm ở bước. / An action an officer may take at a step.
 */
export interface Action {
  id: Id;
  /**
   * Loại thao tác (tiếp nhận, chuyển, phê duyệt, yêu cầu bổ sung, từ chối, trả lại, dừng, yêu cầu nộp phí, hoàn thành). / The kind of action (accept, forward, approve, request supplement, refuse, send back, stop, request payment, complete).
   */
  kind:
    | 'accept'
    | 'forward'
    | 'approve'
    | 'sign'
    | 'request-supplement'
    | 'refuse'
    | 'send-back'
    | 'stop'
    | 'request-payment'
    | 'complete';
  title: Text;
  /**
   * Mã bước tiếp theo, hoặc trạng thái chung: awaiting-supplement, awaiting-payment, result-ready, refused, stopped, join (kết thúc nhánh song song). / The next step's id, or a built-in state: awaiting-supplement, awaiting-payment, result-ready, refused, stopped, join (ends a parallel branch).
   */
  target: string;
  /**
   * Vai trò được làm thao tác này thay cho vai trò của bước. / Roles allowed to take this action instead of the step's role.
   *
   * @minItems 1
   */
  roles?: [Id, ...Id[]];
  /**
   * Những gì cán bộ phải cung cấp khi làm thao tác. / What the officer must provide to take the action.
   */
  requires?: ('reason' | 'missing-components' | 'attachment' | 'new-due-date')[];
  guard?: Expression;
  /**
   * Mẫu phiếu in kèm, số theo Thông tư 03/2025/TT-VPCP: 01 tiếp nhận, 02 yêu cầu bổ sung, 03 từ chối, 04 xin lỗi và đề nghị gia hạn, 05 thông báo dừng giải quyết, 06 phiếu kiểm soát quá trình (01–04 trùng số với Thông tư 01/2018/TT-VPCP đã bị thay thế; ở đó 05 là phiếu kiểm soát). / The official form printed with it, numbered as in Circular 03/2025/TT-VPCP: 01 receipt, 02 supplement request, 03 refusal, 04 apology and request to extend, 05 notice of stopping, 06 process-control slip (01–04 keep their numbers from the replaced Circular 01/2018/TT-VPCP, where 05 was the process-control slip).
   */
  officialForm?: '01' | '02' | '03' | '04' | '05' | '06';
  legalBasis?: LegalBasis;
}
/**
 * Các nhánh do nhiều cơ quan xử lý đồng thời; tiếp tục khi mọi nhánh xong (Nghị định 61/2018 Điều 19 khoản 6). / Branches handled by several agencies at once; continues when all are done (Decree 61/2018 Art. 19(6)).
 */
export interface Parallel {
  id: Id;
  /**
   * Luôn là parallel. / Always parallel.
   */
  kind: 'parallel';
  title: Text;
  /**
   * Mỗi nhánh là một chuỗi bước của một cơ quan. / Each branch is a sequence of steps of one agency.
   *
   * @minItems 2
   *
   * Items: Một chuỗi bước; thao tác đích 'join' kết thúc nhánh. / A sequence of steps; an action targeting 'join' ends the branch.
   */
  branches: [
    {
      id: Id;
      title: Text;
      start: Id;
      /**
       * Các bước của nhánh. / The branch's steps.
       *
       * @minItems 1
       */
      steps: [Step, ...Step[]];
    },
    {
      id: Id;
      title: Text;
      start: Id;
      /**
       * Các bước của nhánh. / The branch's steps.
       *
       * @minItems 1
       */
      steps: [Step, ...Step[]];
    },
    ...{
      id: Id;
      title: Text;
      start: Id;
      /**
       * Các bước của nhánh. / The branch's steps.
       *
       * @minItems 1
       */
      steps: [Step, ...Step[]];
    }[]
  ];
  /**
   * Bước sau khi mọi nhánh xong, hoặc result-ready. / The step after all branches finish, or result-ready.
   */
  next: string;
  legalBasis?: LegalBasis;
}
/**
 * Một giấy tờ kết quả. / A result document.
 */
export interface Result {
  id: Id;
  title: Text;
  /**
   * Có cấp bản điện tử. / An electronic copy is issued.
   */
  electronic?: boolean;
  /**
   * Có cấp bản giấy. / A paper copy is issued.
   */
  paper?: boolean;
  /**
   * Cách người dân nhận kết quả. / How the citizen receives it.
   *
   * @minItems 1
   */
  delivery: ['in-person' | 'online' | 'postal', ...('in-person' | 'online' | 'postal')[]];
  agency?: Id;
  legalBasis?: LegalBasis;
}
