/**
 * Styles of `<motcua-official-form>`: a paper sheet on screen, and print-ready pages. Decree 30/2020/NĐ-CP
 * Appendix I sets administrative documents in Times New Roman, 13–14 pt, black; the heading block puts the
 * issuing agency left and the national motto right, both centred in their column.
 */
import { css } from 'lit';

export const officialFormStyles = css`
  :host { color: #000; }
  .sheet {
    box-sizing: border-box; max-width: 210mm; margin: 0 auto; padding: 15mm 15mm 15mm 25mm; background: #fff;
    border: 1px solid var(--_motcua-color-border); font-family: var(--motcua-official-font-family, 'Times New Roman', Times, serif);
    font-size: var(--motcua-official-font-size, 13pt); line-height: 1.4;
  }
  .sheet--tracking-book { max-width: 297mm; padding: 10mm; font-size: 11pt; }
  p { margin: 0 0 0.35em; }
  .form-number { text-align: right; font-style: italic; }
  .header { display: grid; grid-template-columns: 2fr 3fr; gap: 1rem; text-align: center; }
  .issuer-parent { text-transform: uppercase; }
  .issuer-name, .motto-1, .motto-2 { font-weight: 700; }
  .issuer-name { text-transform: uppercase; }
  .rule { width: 35%; margin: 0.1em auto 0.5em; border: 0; border-top: 1px solid #000; }
  .date-line { text-align: right; font-style: italic; margin-top: 0.5em; }
  .title { font-size: 1.1em; text-align: center; margin: 1em 0 0.25em; }
  .code { text-align: center; font-weight: 700; margin-bottom: 1em; }
  .label { font-weight: 400; }
  .line--pair { display: flex; flex-wrap: wrap; gap: 2em; }
  .items { margin: 0 0 0.5em; padding-left: 2em; }
  .reason { white-space: pre-line; padding-left: 1em; }
  .signatures { display: flex; justify-content: space-around; gap: 2rem; margin-top: 1.5em; text-align: center; }
  .signatures:has(> :only-child) { justify-content: flex-end; }
  .signature { min-width: 40%; min-height: 8em; }
  .signature-title { font-weight: 700; }
  .signature-note { font-style: italic; }
  .table { width: 100%; border-collapse: collapse; margin-top: 0.75em; }
  .table th, .table td { border: 1px solid #000; padding: 0.25em 0.4em; vertical-align: top; text-align: left; }
  .table th { text-align: center; font-weight: 700; }
  .table td p { margin: 0; }
  .notice { font-family: var(--_motcua-font-family); }

  @media print {
    :host([printing]) { visibility: visible; position: absolute; top: 0; left: 0; width: 100%; }
    .sheet { border: 0; padding: 0; max-width: none; }
    .table tr { break-inside: avoid; }
    .signatures { break-inside: avoid; }
  }
`;
