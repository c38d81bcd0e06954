/**
 * `GET /api/administrative-units` (the provinces) and `GET /api/administrative-units?province=01` (that
 * province's communes): what the procedure form's address question offers. Public, like the procedures,
 * and cacheable for a day: the catalogue changes by decision, not by the minute.
 */
import type { AdministrativeUnits } from '../adapters/administrative-units.js';
import { BadRequestError, NotFoundError } from './http-errors.js';
import { jsonAnswer, type HttpAnswer } from './http-exchange.js';

const PROVINCE_CODE = /^\d{2}$/;

/** Answers the units route from `units`; 404 when the server has no catalogue. */
export async function answerAdministrativeUnits(units: AdministrativeUnits | undefined, url: URL): Promise<HttpAnswer> {
  if (units === undefined) {
    throw new NotFoundError('administrative-units-not-configured', {
      vi: 'Máy chủ này không có danh mục đơn vị hành chính; trang cổng phải tự cung cấp addressProvider cho biểu mẫu.',
      en: 'This server has no administrative-unit catalogue; the portal must give the form its own addressProvider.',
    });
  }
  const province = url.searchParams.get('province');
  if (province !== null && !PROVINCE_CODE.test(province)) {
    throw new BadRequestError('invalid-province', {
      vi: `Mã tỉnh "${province}" không hợp lệ: mã tỉnh gồm 2 chữ số (ví dụ 01).`,
      en: `Province code "${province}" is not valid: a province code is 2 digits (e.g. 01).`,
    });
  }
  const body = province === null ? { provinces: await units.provinces() } : { province, communes: await units.communes(province) };
  return jsonAnswer(200, body, { 'cache-control': 'public, max-age=86400' });
}
