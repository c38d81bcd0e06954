import { describe, expect, it } from 'vitest';
import type { ProcedureSummary } from './procedure-summary.js';
import { toProcedureSummaries } from './procedure-summary.js';
import { foldVietnamese, NO_FILTERS, searchProcedures } from './search-procedures.js';

const procedures = toProcedureSummaries({
  procedures: [
    { key: '1.001193@1.0.0', code: '1.001193', version: '1.0.0', title: { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
      summary: { vi: 'Đăng ký việc sinh của trẻ em.', en: 'Registers the birth of a child.' }, sector: { code: 'ho-tich', title: { vi: 'Hộ tịch', en: 'Civil status' } },
      level: ['commune'], onlineLevel: 'full', boundaryFree: true, channels: ['in-person', 'online'] },
    { key: '2.000815@1.0.0', code: '2.000815', version: '1.0.0', title: { vi: 'Chứng thực bản sao từ bản chính', en: 'Certifying copies' },
      sector: { code: 'chung-thuc', title: { vi: 'Chứng thực', en: 'Certification' } }, level: ['commune'], onlineLevel: null, boundaryFree: true, channels: ['in-person'] },
    { key: '1.004222@1.0.0', code: '1.004222', version: '1.0.0', title: { vi: 'Đăng ký thường trú', en: 'Permanent residence registration' },
      sector: { code: 'cu-tru', title: { vi: 'Cư trú', en: 'Residence' } }, level: ['commune', 'province'], onlineLevel: 'partial', boundaryFree: false, channels: ['online'] },
  ],
})!;
const codes = (found: readonly ProcedureSummary[]) => found.map((procedure) => procedure.code);

describe('searchProcedures', () => {
  it('folds Vietnamese diacritics and đ', () => {
    expect(foldVietnamese('  Đăng ký KHAI SINH, Hộ tịch ')).toBe('dang ky khai sinh ho tich');
    expect(foldVietnamese('Chứng thực bản sao')).toBe('chung thuc ban sao');
  });

  it('finds "dang ky khai sinh" without diacritics, and by code, summary or English title', () => {
    expect(codes(searchProcedures(procedures, { ...NO_FILTERS, query: 'dang ky khai sinh' }))).toEqual(['1.001193']);
    expect(codes(searchProcedures(procedures, { ...NO_FILTERS, query: 'Đăng ký' }))).toEqual(['1.001193', '1.004222']);
    expect(codes(searchProcedures(procedures, { ...NO_FILTERS, query: '1.004222' }))).toEqual(['1.004222']);
    expect(codes(searchProcedures(procedures, { ...NO_FILTERS, query: 'tre em' }))).toEqual(['1.001193']);
    expect(codes(searchProcedures(procedures, { ...NO_FILTERS, query: 'copies' }))).toEqual(['2.000815']);
    expect(codes(searchProcedures(procedures, { ...NO_FILTERS, query: 'ket hon' }))).toEqual([]);
  });

  it('filters by sector, level, online level and boundary-free, all together', () => {
    expect(codes(searchProcedures(procedures, { ...NO_FILTERS, sector: 'ho-tich' }))).toEqual(['1.001193']);
    expect(codes(searchProcedures(procedures, { ...NO_FILTERS, levels: ['province'] }))).toEqual(['1.004222']);
    expect(codes(searchProcedures(procedures, { ...NO_FILTERS, online: 'full' }))).toEqual(['1.001193']);
    expect(codes(searchProcedures(procedures, { ...NO_FILTERS, online: 'none' }))).toEqual(['2.000815']);
    expect(codes(searchProcedures(procedures, { ...NO_FILTERS, boundaryFreeOnly: true }))).toEqual(['1.001193', '2.000815']);
    expect(codes(searchProcedures(procedures, { ...NO_FILTERS, query: 'dang ky', boundaryFreeOnly: true, levels: ['commune'] }))).toEqual(['1.001193']);
  });

  it('reads an older server that sends no sector, levels or online level', () => {
    const [old] = toProcedureSummaries({ procedures: [{ key: 'x@1', code: 'x', version: '1', title: { vi: 'Thủ tục X' }, channels: ['online'] }] })!;
    expect(old).toEqual({
      key: 'x@1', code: 'x', version: '1', title: { vi: 'Thủ tục X' }, summary: null, sector: null, levels: [], onlineLevel: null, online: true, boundaryFree: false,
    });
    expect(toProcedureSummaries({ nothing: true })).toBeNull();
  });
});
