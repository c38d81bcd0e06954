// GENERATED from schemas/calendar.schema.json by packages/core/scripts/gen-types.mjs — do not edit.
// Run `npm run gen` after changing the schema.

/**
 * Chữ thường, chữ số và dấu gạch nối, ví dụ "hung-kings". / Lower-case letters, digits and hyphens, e.g. "hung-kings".
 */
export type Identifier = string;
/**
 * Ngày theo giờ Việt Nam, dạng YYYY-MM-DD. / A Vietnam-local date, as YYYY-MM-DD.
 */
export type Date = string;
/**
 * Các văn bản và điều khoản làm căn cứ. / The instruments and articles relied on.
 */
export type LegalBasisList = LegalBasis[];
/**
 * Giờ địa phương dạng HH:MM (24 giờ). / Local time of day as HH:MM (24-hour).
 */
export type ClockTime = string;
/**
 * Giờ địa phương dạng HH:MM (24 giờ). / Local time of day as HH:MM (24-hour).
 */
export type TimeOfDay = string;

/**
 * Lịch làm việc của một cơ quan: giờ làm việc, giờ chốt, ngày nghỉ hằng tuần, ngày lễ dương lịch và âm lịch, nghỉ bù và lịch nghỉ chính thức hằng năm; mọi quy tắc có ngày hiệu lực. / An office's working calendar: office hours, cut-off, weekly rest days, fixed and lunar holidays, compensatory days and official yearly schedules; every rule carries effective dates.
 */
export interface CalendarData {
  /**
   * Đường dẫn tới schema này để trình soạn thảo kiểm tra và gợi ý. / Path to this schema, so editors validate and autocomplete.
   */
  $schema?: string;
  id: Identifier;
  title: LocalizedText;
  description?: LocalizedText;
  /**
   * "Asia/Ho_Chi_Minh" (tính theo UTC+07:00) hoặc một độ lệch UTC cố định như "+07:00". / "Asia/Ho_Chi_Minh" (computed as UTC+07:00) or a fixed UTC offset such as "+07:00".
   */
  timeZone: (
    | 'Asia/Ho_Chi_Minh'
    | {
        [k: string]: unknown;
      }
  ) &
    string;
  effectiveFrom: Date;
  effectiveTo?: Date;
  legalBasis?: LegalBasisList;
  /**
   * Giờ làm việc của cơ quan, theo từng phiên bản có hiệu lực; mặc định 07:00–11:30 và 13:30–17:00. / The office's working hours, as dated versions; default 07:00–11:30 and 13:30–17:00.
   *
   * @minItems 1
   */
  officeHours?: [OfficeHoursRule, ...OfficeHoursRule[]];
  /**
   * Giờ chốt tiếp nhận trong ngày, theo từng phiên bản; mặc định 15:00 (Nghị định 61/2018 Điều 18; Nghị định 23/2015 Điều 7). / The reception cut-off, as dated versions; default 15:00 (Decree 61/2018 Art. 18; Decree 23/2015 Art. 7).
   *
   * @minItems 1
   */
  cutOff?: [CutOffRule, ...CutOffRule[]];
  /**
   * Các ngày nghỉ hằng tuần, theo từng phiên bản; mặc định Thứ Bảy và Chủ nhật. / The weekly rest days, as dated versions; default Saturday and Sunday.
   *
   * @minItems 1
   */
  weeklyRestDays?: [WeeklyRestRule, ...WeeklyRestRule[]];
  /**
   * Quy tắc nghỉ bù khi ngày lễ trùng ngày nghỉ hằng tuần (Bộ luật Lao động 2019, Điều 111 khoản 3); không có phiên bản nào thì không nghỉ bù. / The make-up rule for holidays on weekly rest days (Labor Code 2019, Art. 111(3)); no version means no compensation.
   */
  compensatoryRule?: CompensatoryRule[];
  /**
   * Các ngày lễ theo ngày dương lịch (Bộ luật Lao động 2019, Điều 112 khoản 1). / Holidays on Gregorian dates (Labor Code 2019, Art. 112(1)).
   */
  fixedHolidays?: FixedHoliday[];
  /**
   * Các ngày lễ theo âm lịch Việt Nam, tính theo UTC+7 (Bộ luật Lao động 2019, Điều 112 khoản 1). / Holidays on Vietnamese lunar dates, computed at UTC+7 (Labor Code 2019, Art. 112(1)).
   */
  lunarHolidays?: LunarHoliday[];
  /**
   * Lịch nghỉ hằng năm được công bố (ngày nghỉ, ngày làm bù), ưu tiên hơn ngày tính toán. / The announced yearly schedules (days off, make-up working days), which override computed days.
   */
  schedules?: OfficialSchedule[];
}
/**
 * Văn bản tiếng Việt (mặc định) kèm tiếng Anh. / Text in Vietnamese (the default) with English alongside.
 */
export interface LocalizedText {
  /**
   * Văn bản tiếng Việt. / The Vietnamese text.
   */
  vi: string;
  /**
   * Văn bản tiếng Anh. / The English text.
   */
  en: string;
}
/**
 * Một văn bản pháp luật và điều khoản làm căn cứ. / One legal instrument and the article relied on.
 */
export interface LegalBasis {
  /**
   * Số hiệu và tên văn bản, ví dụ "Bộ luật Lao động 2019 (Luật 45/2019/QH14)". / Number and name of the instrument, e.g. "Bộ luật Lao động 2019 (Luật 45/2019/QH14)".
   */
  instrument: string;
  /**
   * Điều, khoản, điểm, ví dụ "Điều 112 khoản 1 điểm b"; bỏ trống với thông báo không chia điều. / Article, clause and point, e.g. "Điều 112 khoản 1 điểm b"; omit for notices without articles.
   */
  article?: string;
  /**
   * Nơi đọc được văn bản. / Where the text can be read.
   */
  url?: string;
}
/**
 * Giờ làm việc áp dụng trong một khoảng thời gian. / The office hours in force for a period.
 */
export interface OfficeHoursRule {
  effectiveFrom: Date;
  effectiveTo?: Date;
  /**
   * Các khoảng giờ mở cửa trong ngày làm việc, theo thứ tự, không chồng lấn. / The opening spans of a working day, in order, not overlapping.
   *
   * @minItems 1
   */
  intervals: [TimeInterval, ...TimeInterval[]];
  legalBasis?: LegalBasisList;
  /**
   * Ghi chú tự do, tiếng Việt trước rồi tiếng Anh: điều chưa xác minh, nguồn đã đọc. / Free text, Vietnamese first then English: what is unconfirmed, where it was read.
   */
  note?: string;
}
/**
 * Một khoảng giờ mở cửa trong ngày, từ giờ bắt đầu (tính) đến giờ kết thúc (không tính). / One opening span of the day, start inclusive, end exclusive.
 */
export interface TimeInterval {
  start: ClockTime;
  end: ClockTime;
}
/**
 * Giờ chốt tiếp nhận áp dụng trong một khoảng thời gian. / The reception cut-off in force for a period.
 */
export interface CutOffRule {
  effectiveFrom: Date;
  effectiveTo?: Date;
  time: TimeOfDay;
  legalBasis?: LegalBasisList;
  /**
   * Ghi chú tự do, tiếng Việt trước rồi tiếng Anh: điều chưa xác minh, nguồn đã đọc. / Free text, Vietnamese first then English: what is unconfirmed, where it was read.
   */
  note?: string;
}
/**
 * Các ngày nghỉ hằng tuần áp dụng trong một khoảng thời gian. / The weekly rest days in force for a period.
 */
export interface WeeklyRestRule {
  effectiveFrom: Date;
  effectiveTo?: Date;
  /**
   * Thứ trong tuần theo ISO: 1 = Thứ Hai … 7 = Chủ nhật. / ISO weekdays: 1 = Monday … 7 = Sunday.
   *
   * @maxItems 6
   *
   * Items: Một thứ trong tuần theo ISO (1–7). / One ISO weekday (1–7).
   */
  days:
    | []
    | [number]
    | [number, number]
    | [number, number, number]
    | [number, number, number, number]
    | [number, number, number, number, number]
    | [number, number, number, number, number, number];
  legalBasis?: LegalBasisList;
  /**
   * Ghi chú tự do, tiếng Việt trước rồi tiếng Anh: điều chưa xác minh, nguồn đã đọc. / Free text, Vietnamese first then English: what is unconfirmed, where it was read.
   */
  note?: string;
}
/**
 * Khi ngày lễ trùng ngày nghỉ hằng tuần thì được nghỉ bù (Bộ luật Lao động 2019, Điều 111 khoản 3). / When a holiday falls on a weekly rest day a day is given back (Labor Code 2019, Art. 111(3)).
 */
export interface CompensatoryRule {
  effectiveFrom: Date;
  effectiveTo?: Date;
  /**
   * "next-working-day": nghỉ bù vào ngày làm việc kế tiếp không phải ngày lễ. / "next-working-day": the next day that is neither a rest day nor a holiday is given off.
   */
  shift: 'next-working-day';
  legalBasis: LegalBasisList;
  /**
   * Ghi chú tự do, tiếng Việt trước rồi tiếng Anh: điều chưa xác minh, nguồn đã đọc. / Free text, Vietnamese first then English: what is unconfirmed, where it was read.
   */
  note?: string;
}
/**
 * Ngày lễ theo ngày dương lịch cố định, ví dụ 30/4. / A holiday on a fixed Gregorian date, e.g. 30 April.
 */
export interface FixedHoliday {
  id: Identifier;
  title: LocalizedText;
  /**
   * Tháng dương lịch (1–12) của ngày mốc. / Gregorian month (1–12) of the anchor date.
   */
  month: number;
  /**
   * Ngày dương lịch (1–31) của ngày mốc. / Gregorian day of month (1–31) of the anchor date.
   */
  day: number;
  /**
   * Số ngày nghỉ liên tiếp, tính từ ngày mốc cộng độ lệch. / Number of consecutive days off, from the anchor date plus the offset.
   */
  days?: number;
  /**
   * Số ngày từ ngày mốc đến ngày nghỉ đầu tiên; số âm là bắt đầu sớm hơn (Tết: -1 là ngày cuối năm âm lịch). / Days from the anchor date to the first day off; negative starts earlier (Tết: -1 is the last day of the lunar year).
   */
  offsetDays?: number;
  effectiveFrom: Date;
  effectiveTo?: Date;
  legalBasis: LegalBasisList;
  /**
   * Ghi chú tự do, tiếng Việt trước rồi tiếng Anh: điều chưa xác minh, nguồn đã đọc. / Free text, Vietnamese first then English: what is unconfirmed, where it was read.
   */
  note?: string;
}
/**
 * Ngày lễ theo âm lịch Việt Nam (tính theo UTC+7), ví dụ Tết 1/1, Giỗ Tổ 10/3. / A holiday on a Vietnamese lunar date (computed at UTC+7), e.g. Tết 1/1, Hùng Kings 10/3.
 */
export interface LunarHoliday {
  id: Identifier;
  title: LocalizedText;
  /**
   * Tháng âm lịch (1–12) của ngày mốc. / Lunar month (1–12) of the anchor date.
   */
  lunarMonth: number;
  /**
   * Ngày âm lịch (1–30) của ngày mốc; 30 ở tháng thiếu nghĩa là ngày cuối tháng. / Lunar day (1–30) of the anchor date; 30 in a 29-day month means its last day.
   */
  lunarDay: number;
  /**
   * Ngày mốc thuộc tháng nhuận; năm không có tháng nhuận đó thì không có ngày lễ. / The anchor is in the leap month; a year without that leap month has no such holiday.
   */
  isLeapMonth?: boolean;
  /**
   * Số ngày nghỉ liên tiếp, tính từ ngày mốc cộng độ lệch. / Number of consecutive days off, from the anchor date plus the offset.
   */
  days?: number;
  /**
   * Số ngày từ ngày mốc đến ngày nghỉ đầu tiên; số âm là bắt đầu sớm hơn (Tết: -1 là ngày cuối năm âm lịch). / Days from the anchor date to the first day off; negative starts earlier (Tết: -1 is the last day of the lunar year).
   */
  offsetDays?: number;
  effectiveFrom: Date;
  effectiveTo?: Date;
  legalBasis: LegalBasisList;
  /**
   * Ghi chú tự do, tiếng Việt trước rồi tiếng Anh: điều chưa xác minh, nguồn đã đọc. / Free text, Vietnamese first then English: what is unconfirmed, where it was read.
   */
  note?: string;
}
/**
 * Lịch nghỉ của một dịp trong một năm do cơ quan có thẩm quyền công bố; thay cho ngày tính toán của các ngày lễ được nêu. / The announced days of one break in one year; it overrides the computed days of the holidays it names.
 */
export interface OfficialSchedule {
  /**
   * Năm của dịp lễ (ngày có thể rơi sang năm kế bên). / The holiday year (dates may fall in a neighbouring year).
   */
  year: number;
  title: LocalizedText;
  /**
   * Mã các ngày lễ mà lịch này quyết định cho năm đó; ngày tính toán của chúng bị bỏ. / Ids of the holidays this schedule settles for that year; their computed days are dropped.
   */
  replaces?: Identifier[];
  /**
   * Các ngày được nghỉ theo lịch này. / The days off under this schedule.
   */
  daysOff: Date[];
  /**
   * Các ngày nghỉ hằng tuần phải đi làm bù, ví dụ Thứ Bảy 26/04/2025. / Rest days worked in exchange, e.g. Saturday 26/04/2025.
   */
  workingDays?: Date[];
  /**
   * true nếu đã tìm thấy thông báo chính thức; false nếu ngày được suy ra (ví dụ từ Điều 111 khoản 3). / true when the official notice was found; false when the dates are inferred (e.g. from Art. 111(3)).
   */
  confirmed: boolean;
  /**
   * Số hiệu và cơ quan ban hành thông báo, ví dụ "Thông báo 6150/TB-BLĐTBXH". / Number and issuer of the notice, e.g. "Thông báo 6150/TB-BLĐTBXH".
   */
  reference?: string;
  /**
   * Các trang đã đọc được lịch này. / The pages where these dates were read.
   *
   * @minItems 1
   *
   * Items: Đường dẫn tới nguồn. / The source's URL.
   */
  sources?: [string, ...string[]];
  legalBasis?: LegalBasisList;
  /**
   * Ghi chú tự do, tiếng Việt trước rồi tiếng Anh: điều chưa xác minh, nguồn đã đọc. / Free text, Vietnamese first then English: what is unconfirmed, where it was read.
   */
  note?: string;
}
