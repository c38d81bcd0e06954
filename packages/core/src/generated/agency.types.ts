// GENERATED from schemas/agency.schema.json by packages/core/scripts/gen-types.mjs — do not edit.
// Run `npm run gen` after changing the schema.

/**
 * Các cơ quan, mã định danh dùng cho mã hồ sơ và đơn vị hành chính mà mỗi cơ quan phục vụ. / Agencies, the identifier codes used in dossier codes, and the administrative units each serves.
 */
export interface AgencyCatalogue {
  /**
   * Đường dẫn tới agency.schema.json. / Path to agency.schema.json.
   */
  $schema?: string;
  /**
   * Danh sách cơ quan. / The list of agencies.
   *
   * @minItems 1
   *
   * Items: Một cơ quan. / One agency.
   */
  agencies: [
    {
      /**
       * Mã định danh cơ quan theo chuẩn cấu trúc mã định danh (Thông tư 10/2016/TT-BTTTT), phần đầu của mã hồ sơ AGENCYCODE-YYMMDD-NNNN (Thông tư 01/2018/TT-VPCP Điều 19). / The agency's identifier under Circular 10/2016/TT-BTTTT, the first part of the dossier code AGENCYCODE-YYMMDD-NNNN (Circular 01/2018/TT-VPCP Art. 19).
       */
      code: string;
      /**
       * Tên cơ quan bằng tiếng Việt và tiếng Anh. / The agency's name in Vietnamese and English.
       */
      title: {
        /**
         * Tên tiếng Việt. / Vietnamese name.
         */
        vi: string;
        /**
         * Tên tiếng Anh. / English name.
         */
        en: string;
      };
      /**
       * Cấp của cơ quan; cấp huyện chỉ cho dữ liệu lịch sử. / The agency's level; district only for historical data.
       */
      level: 'central' | 'province' | 'district' | 'commune';
      /**
       * Loại cơ quan. / Kind of agency.
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
       * Mã định danh của cơ quan cấp trên. / Identifier code of the parent agency.
       */
      parent?: string;
      /**
       * Mã đơn vị hành chính (tỉnh 2 chữ số, xã 5 chữ số, Quyết định 19/2025/QĐ-TTg) mà cơ quan phục vụ. / Administrative unit codes (2-digit province, 5-digit commune, Decision 19/2025/QĐ-TTg) the agency serves.
       */
      serves?: string[];
      /**
       * Ngày bắt đầu (ví dụ sau sắp xếp đơn vị hành chính 01/7/2025). / Start date (e.g. after the 01/07/2025 restructuring).
       */
      effectiveFrom?: string;
      /**
       * Ngày kết thúc, nếu đã giải thể hoặc sáp nhập. / End date, if dissolved or merged.
       */
      effectiveTo?: string;
      /**
       * Mã cơ quan kế thừa sau sáp nhập. / Code of the successor after a merger.
       */
      successor?: string;
    },
    ...{
      /**
       * Mã định danh cơ quan theo chuẩn cấu trúc mã định danh (Thông tư 10/2016/TT-BTTTT), phần đầu của mã hồ sơ AGENCYCODE-YYMMDD-NNNN (Thông tư 01/2018/TT-VPCP Điều 19). / The agency's identifier under Circular 10/2016/TT-BTTTT, the first part of the dossier code AGENCYCODE-YYMMDD-NNNN (Circular 01/2018/TT-VPCP Art. 19).
       */
      code: string;
      /**
       * Tên cơ quan bằng tiếng Việt và tiếng Anh. / The agency's name in Vietnamese and English.
       */
      title: {
        /**
         * Tên tiếng Việt. / Vietnamese name.
         */
        vi: string;
        /**
         * Tên tiếng Anh. / English name.
         */
        en: string;
      };
      /**
       * Cấp của cơ quan; cấp huyện chỉ cho dữ liệu lịch sử. / The agency's level; district only for historical data.
       */
      level: 'central' | 'province' | 'district' | 'commune';
      /**
       * Loại cơ quan. / Kind of agency.
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
       * Mã định danh của cơ quan cấp trên. / Identifier code of the parent agency.
       */
      parent?: string;
      /**
       * Mã đơn vị hành chính (tỉnh 2 chữ số, xã 5 chữ số, Quyết định 19/2025/QĐ-TTg) mà cơ quan phục vụ. / Administrative unit codes (2-digit province, 5-digit commune, Decision 19/2025/QĐ-TTg) the agency serves.
       */
      serves?: string[];
      /**
       * Ngày bắt đầu (ví dụ sau sắp xếp đơn vị hành chính 01/7/2025). / Start date (e.g. after the 01/07/2025 restructuring).
       */
      effectiveFrom?: string;
      /**
       * Ngày kết thúc, nếu đã giải thể hoặc sáp nhập. / End date, if dissolved or merged.
       */
      effectiveTo?: string;
      /**
       * Mã cơ quan kế thừa sau sáp nhập. / Code of the successor after a merger.
       */
      successor?: string;
    }[]
  ];
}
