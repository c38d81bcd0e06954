/**
 * Errors of document uploads with statuses the shared table in `http/http-errors.ts` does not know yet
 * (413, 415). `toUploadErrorResponse` maps them; it lives here only because this change may not touch
 * that file — the two rows belong in its `STATUS` table, and this module should fold into it.
 */
import type { Message } from '@motcua/core';
import { ApiError, jsonResponse } from '../http/http-errors.js';

/** The body is larger than the component or the server allows (413); `limit` is in bytes. */
export class PayloadTooLargeError extends ApiError {
  override readonly name = 'PayloadTooLargeError';
  readonly limit: number;

  constructor(limit: number, where: string) {
    const mb = (limit / MIB).toLocaleString('en', { maximumFractionDigits: 2 });
    super('document-too-large', {
      vi: `${where}: tệp lớn hơn mức tối đa ${mb.replace('.', ',')} MB; hãy nén hoặc quét lại với độ phân giải thấp hơn.`,
      en: `${where}: the file is larger than the ${mb} MB allowed; compress it or scan at a lower resolution.`,
    });
    this.limit = limit;
  }
}

/** The content is not of an accepted media type (415); `mediaType` is what the bytes are (null: unknown). */
export class UnsupportedMediaTypeError extends ApiError {
  override readonly name = 'UnsupportedMediaTypeError';
  readonly mediaType: string | null;
  readonly accept: readonly string[];

  constructor(component: string, mediaType: string | null, accept: readonly string[]) {
    const found = mediaType ?? 'unknown';
    const list = accept.length > 0 ? accept.join(', ') : 'PDF, JPEG, PNG…';
    const text: Message = {
      vi: `${component}: nội dung tệp là "${mediaType ?? 'không xác định'}", không thuộc các định dạng được nhận; hãy nộp một trong: ${list}.`,
      en: `${component}: the file's content is "${found}", which is not an accepted media type; use one of ${list}.`,
    };
    super('unsupported-media-type', text);
    this.mediaType = mediaType;
    this.accept = accept;
  }
}

export const MIB = 1024 * 1024;

/** The response for an upload error, or null when `error` is not one (the shared mapping handles it). */
export function toUploadErrorResponse(error: unknown): Response | null {
  if (error instanceof PayloadTooLargeError) {
    return jsonResponse(413, { error: { code: error.code, message: error.text }, limit: error.limit }, { connection: 'close' });
  }
  if (error instanceof UnsupportedMediaTypeError) {
    return jsonResponse(415, { error: { code: error.code, message: error.text }, mediaType: error.mediaType, accept: error.accept });
  }
  return null;
}
