/**
 * Administrative units (đơn vị hành chính) as an address is picked from them: since 01/07/2025 there is no
 * district level (Resolution 202/2025/QH15: 34 provinces; communes and wards renumbered by Decision
 * 19/2025/QĐ-TTg), so a unit is a province (2-digit code) or a commune (5-digit code, the procedure
 * schema's `administrative-unit` format). `ADMINISTRATIVE_UNITS_FIXTURE` is a handful of real units for
 * demos and tests — NOT the national catalogue, which a deployment loads from the official source.
 */

/** An administrative unit: its code and its name. */
export interface AdministrativeUnit {
  readonly code: string;
  readonly name: string;
}

// FIXTURE, not the catalogue: a handful of post-2025 units. The Hà Nội codes match the scenarios in
// examples/scenarios; check all codes against Decision 19/2025/QĐ-TTg before relying on them.
const PROVINCES: readonly AdministrativeUnit[] = [
  { code: '01', name: 'Thành phố Hà Nội' },
  { code: '48', name: 'Thành phố Đà Nẵng' },
  { code: '79', name: 'Thành phố Hồ Chí Minh' },
];
const COMMUNES: Readonly<Record<string, readonly AdministrativeUnit[]>> = {
  '01': [
    { code: '00004', name: 'Phường Ba Đình' },
    { code: '00008', name: 'Phường Ngọc Hà' },
    { code: '00025', name: 'Phường Giảng Võ' },
    { code: '00070', name: 'Phường Hoàn Kiếm' },
    { code: '00082', name: 'Phường Cửa Nam' },
    // UNCONFIRMED: the codes below are those the example scenarios use, named after the ward their address
    // line gives; they have not been checked against Decision 19/2025/QĐ-TTg.
    { code: '00166', name: 'Phường Cầu Giấy' },
    { code: '00226', name: 'Phường Văn Miếu - Quốc Tử Giám' },
    { code: '00229', name: 'Phường Kim Liên' },
    { code: '00256', name: 'Phường Hai Bà Trưng' },
    { code: '00367', name: 'Phường Thanh Xuân' },
    { code: '00619', name: 'Xã Bát Tràng' },
  ],
  '48': [
    { code: '20194', name: 'Phường Hải Châu' },
    { code: '20258', name: 'Phường Hòa Cường' },
  ],
  '79': [
    { code: '26734', name: 'Phường Tân Định' },
    { code: '26740', name: 'Phường Sài Gòn' },
    { code: '26743', name: 'Phường Bến Thành' },
  ],
};

/** The demo units: the provinces, and the communes of each by province code. */
export const ADMINISTRATIVE_UNITS_FIXTURE: {
  readonly provinces: readonly AdministrativeUnit[];
  readonly communes: Readonly<Record<string, readonly AdministrativeUnit[]>>;
} = { provinces: PROVINCES, communes: COMMUNES };
