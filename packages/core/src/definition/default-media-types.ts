/**
 * The one default of accepted media types, in a module of its own: the browser bundle of
 * `@motcua/elements` imports it, and must not pull in anything else (see media-types.ts for the
 * types a component may list).
 */

/**
 * What a dossier component without `accept` takes, in the browser (`@motcua/elements`'
 * check-upload) and on the server (`@motcua/server`'s upload handler) alike: scans and photos
 * of papers (PDF, JPEG, PNG) and the forms citizens fill in with an office suite (Word or Excel
 * as DOCX/XLSX, LibreOffice as ODT/ODS). Each is told by its content on both sides, so a file
 * refused by the form is refused by the server and the other way round. Left out on purpose: a
 * bare ZIP (nobody has looked inside), plain text, legacy DOC/XLS and TIFF/HEIC/WebP/DWG, which
 * the browser cannot tell by content; a component that needs them lists them in `accept`.
 *
 * No legal text we know of lists file formats for one-stop dossiers: the project's domain notes
 * (domain.md) say nothing on accepted file types, and Decree 61/2018 Art. 17(1) only has paper
 * dossiers scanned into an e-dossier at reception. The list is the project's own choice.
 */
export const DEFAULT_ACCEPTED_MEDIA_TYPES: readonly string[] = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
];
