/**
 * The one source of truth for the official one-stop forms: per edition, each form's number, title, legal
 * basis, paper and renderer. Two editions:
 *
 * - `2025` (the default, the law in force): Circular 03/2025/TT-VPCP (15/09/2025), Phụ lục I, guiding
 *   Decree 118/2025/NĐ-CP, which replaced Decree 61/2018 from 01/07/2025. The seven titles and their order
 *   are as the annex lists them in
 *   https://thuviennhadat.vn/phap-luat/tai-file-word-bieu-mau-thong-tu-03-2025-tt-vpcp-ve-giai-quyet-thu-tuc-hanh-chinh-tai-bo-phan-mot-cua-708489.html
 *   (and in domain.md §1.4). The annex's paper sizes were not found: each 2025 form prints on the paper of
 *   the 2018 form it continues, and the new Mẫu 05 on A4, the size of administrative documents in Decree
 *   30/2020/NĐ-CP Appendix I — all marked `paperConfirmed: false` (UNCONFIRMED).
 * - `2018`: Circular 01/2018/TT-VPCP Art. 9–10 (replaced), for dossiers received before 01/07/2025 or
 *   agencies still on it: A5 for 01–05, A4 for 06 (codified in `diepxuan/diepxuan.github.io`
 *   `van-ban/buu-chinh-vien-thong/cong-nghe-thong-tin.md`; domain.md §1.4).
 */
import type { TemplateResult } from 'lit';
import type { BilingualText } from '../../internal/localized-text.js';
import { renderApology, renderReceipt, renderRefusal, renderSupplementRequest } from './forms-01-04.js';
import { renderProcessControl, renderTrackingBook } from './forms-05-06.js';
import { renderStopNotice } from './form-stop.js';
import type { OfficialFormInput, OfficialFormNumber } from './official-form-parts.js';

/** The set of forms: Circular 03/2025/TT-VPCP (in force) or Circular 01/2018/TT-VPCP (replaced). */
export type OfficialFormEdition = '2025' | '2018';

/** The editions, the one in force first. */
export const OFFICIAL_FORM_EDITIONS: readonly OfficialFormEdition[] = ['2025', '2018'];

/** The edition used when none is given: the law in force. */
export const DEFAULT_OFFICIAL_FORM_EDITION: OfficialFormEdition = '2025';

/** What a form is for, whatever its number in an edition. */
export type OfficialFormKind = 'receipt' | 'supplement' | 'refusal' | 'apology' | 'stop' | 'process-control' | 'tracking-book';

/** Paper sizes the forms print on. */
export type OfficialFormPaper = 'A4' | 'A5';

/** One form of one edition. */
export interface OfficialFormDefinition {
  readonly edition: OfficialFormEdition;
  readonly number: OfficialFormNumber;
  readonly kind: OfficialFormKind;
  /** The title as the annex names it (Vietnamese), with an English gloss. */
  readonly title: BilingualText & { readonly en: string };
  /** The article that drives the form's use, and the annex that sets it out. */
  readonly basis: string;
  readonly paper: OfficialFormPaper;
  readonly orientation: 'portrait' | 'landscape';
  /** False where the paper is our assumption, not read in the source (UNCONFIRMED). */
  readonly paperConfirmed: boolean;
  /** Printed for one dossier (all but the tracking book, which lists many). */
  readonly perDossier: boolean;
  /** The sheet's body. `input.dossier` is set whenever `perDossier` is. */
  readonly render: (input: OfficialFormInput) => TemplateResult;
}

type Row = Omit<OfficialFormDefinition, 'edition' | 'perDossier' | 'orientation'>;

const C2018 = 'Circular 01/2018/TT-VPCP Art. 9';
const C2025 = 'Circular 03/2025/TT-VPCP Phụ lục I';

const receipt = (input: OfficialFormInput) => renderReceipt(input.dossier!, input);
const supplement = (input: OfficialFormInput) => renderSupplementRequest(input.dossier!, input);
const refusal = (input: OfficialFormInput) => renderRefusal(input.dossier!, input);
const control = (input: OfficialFormInput) => renderProcessControl(input.dossier!, input);
const book = (input: OfficialFormInput) => renderTrackingBook(input.dossiers, input);

const TITLES = {
  receipt: { vi: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả', en: 'Receipt of the dossier and appointment for the result' },
  supplement: { vi: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ', en: 'Request to supplement and complete the dossier' },
  refusal: { vi: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ', en: 'Refusal to receive and handle the dossier' },
  control: { vi: 'Phiếu kiểm soát quá trình giải quyết hồ sơ', en: 'Process-control slip of the dossier' },
  book: { vi: 'Sổ theo dõi hồ sơ', en: 'Dossier tracking book' },
} as const;

const ROWS: Readonly<Record<OfficialFormEdition, readonly Row[]>> = {
  '2025': [
    { number: '01', kind: 'receipt', title: TITLES.receipt, basis: `${C2025}, Mẫu 01; Decree 118/2025/NĐ-CP`, paper: 'A5', paperConfirmed: false, render: receipt },
    { number: '02', kind: 'supplement', title: TITLES.supplement, basis: `${C2025}, Mẫu 02`, paper: 'A5', paperConfirmed: false, render: supplement },
    { number: '03', kind: 'refusal', title: TITLES.refusal, basis: `${C2025}, Mẫu 03`, paper: 'A5', paperConfirmed: false, render: refusal },
    {
      number: '04', kind: 'apology', basis: `${C2025}, Mẫu 04 (renamed)`, paper: 'A5', paperConfirmed: false,
      title: { vi: 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết', en: 'Apology and request to extend the time to handle the dossier' },
      render: (input) => renderApology(input.dossier!, input, '2025'),
    },
    {
      number: '05', kind: 'stop', basis: `${C2025}, Mẫu 05 (new)`, paper: 'A4', paperConfirmed: false,
      title: { vi: 'Thông báo dừng giải quyết hồ sơ', en: 'Notice that the handling of the dossier stops' },
      render: (input) => renderStopNotice(input.dossier!, input),
    },
    { number: '06', kind: 'process-control', title: TITLES.control, basis: `${C2025}, Mẫu 06`, paper: 'A5', paperConfirmed: false, render: control },
    { number: '07', kind: 'tracking-book', title: TITLES.book, basis: `${C2025}, Mẫu 07`, paper: 'A4', paperConfirmed: false, render: book },
  ],
  '2018': [
    { number: '01', kind: 'receipt', title: TITLES.receipt, basis: `${C2018}, Mẫu 01; Decree 61/2018/NĐ-CP Art. 17`, paper: 'A5', paperConfirmed: true, render: receipt },
    { number: '02', kind: 'supplement', title: TITLES.supplement, basis: `${C2018}, Mẫu 02; Decree 61/2018 Art. 15(3), 19(4)`, paper: 'A5', paperConfirmed: true, render: supplement },
    { number: '03', kind: 'refusal', title: TITLES.refusal, basis: `${C2018}, Mẫu 03; Decree 61/2018 Art. 17(1), 19(8)`, paper: 'A5', paperConfirmed: true, render: refusal },
    {
      number: '04', kind: 'apology', basis: `${C2018}, Mẫu 04; Decree 61/2018 Art. 19(9)`, paper: 'A5', paperConfirmed: true,
      title: { vi: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả', en: 'Apology and new date for the result' },
      render: (input) => renderApology(input.dossier!, input, '2018'),
    },
    { number: '05', kind: 'process-control', title: TITLES.control, basis: `${C2018}, Mẫu 05; Decree 61/2018 Art. 19(5)`, paper: 'A5', paperConfirmed: true, render: control },
    { number: '06', kind: 'tracking-book', title: TITLES.book, basis: `${C2018}, Mẫu 06; Art. 10`, paper: 'A4', paperConfirmed: true, render: book },
  ],
};

/** Every form of every edition, in the order of its edition's annex. */
export const OFFICIAL_FORMS: Readonly<Record<OfficialFormEdition, readonly OfficialFormDefinition[]>> = {
  '2025': ROWS['2025'].map((row) => complete('2025', row)),
  '2018': ROWS['2018'].map((row) => complete('2018', row)),
};

function complete(edition: OfficialFormEdition, row: Row): OfficialFormDefinition {
  const tracking = row.kind === 'tracking-book';
  return { ...row, edition, perDossier: !tracking, orientation: tracking ? 'landscape' : 'portrait' };
}

/** Whether `value` names an edition. */
export function isOfficialFormEdition(value: unknown): value is OfficialFormEdition {
  return OFFICIAL_FORM_EDITIONS.some((edition) => edition === value);
}

/** Form `number` of `edition`, if the edition has it. */
export function findOfficialForm(edition: OfficialFormEdition, number: string): OfficialFormDefinition | undefined {
  return OFFICIAL_FORMS[edition].find((definition) => definition.number === number);
}

/** The form of `edition` that serves `kind`, if the edition has one (the 2018 set has no stop notice). */
export function officialFormOfKind(edition: OfficialFormEdition, kind: OfficialFormKind): OfficialFormDefinition | undefined {
  return OFFICIAL_FORMS[edition].find((definition) => definition.kind === kind);
}

/** The form numbers of `edition`, in order. */
export function officialFormNumbers(edition: OfficialFormEdition): OfficialFormNumber[] {
  return OFFICIAL_FORMS[edition].map((definition) => definition.number);
}
