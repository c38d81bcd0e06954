/**
 * Errors of the HTTP API and `toErrorAnswer`, the one place that maps error classes to HTTP statuses
 * and to the JSON body `{ error: { code, message: { vi, en } } }` (style.md "Errors").
 */
import { SnapshotError, type Message, type Rejection } from '@motcua/core';
import { AuthenticationError } from '../auth/create-token-authenticator.js';
import { ConflictError } from '../store/store-errors.js';
import { jsonAnswer, toWebResponse, type HttpAnswer } from './http-exchange.js';

/** An error the API reports with a stable code and a bilingual message. */
export class ApiError extends Error {
  override readonly name: string = 'ApiError';
  readonly code: string;
  readonly text: Message;

  constructor(code: string, text: Message) {
    super(text.en);
    this.code = code;
    this.text = text;
  }
}

/** The request is malformed (400). */
export class BadRequestError extends ApiError {
  override readonly name = 'BadRequestError';
}

/** Nothing there — or nothing this caller may know of (404). Unknown codes and wrong tokens both end here. */
export class NotFoundError extends ApiError {
  override readonly name = 'NotFoundError';
}

/** The identity may not do this (403). */
export class ForbiddenError extends ApiError {
  override readonly name = 'ForbiddenError';
}

/** The dossier is not at the version the caller saw (409); `current` is where it stands now. */
export class StaleDossierError extends ApiError {
  override readonly name = 'StaleDossierError';
  readonly current: unknown;

  constructor(current: unknown) {
    super('conflict', { vi: 'Hồ sơ đã được cập nhật bởi người khác; hãy tải lại và thử lại.', en: 'The dossier was changed by someone else; reload it and try again.' });
    this.current = current;
  }
}

/** The request cannot be taken in the resource's present state (409), e.g. feedback given twice or too early. */
export class RequestConflictError extends ApiError {
  override readonly name = 'RequestConflictError';
}

/** The request is well-formed but cannot be processed as sent (422), e.g. an idempotency key reused with another body. */
export class UnprocessableRequestError extends ApiError {
  override readonly name = 'UnprocessableRequestError';
}

/** The runtime refused the command (422); `rejection` says why. */
export class RejectedCommandError extends ApiError {
  override readonly name = 'RejectedCommandError';
  readonly rejection: Rejection;

  constructor(rejection: Rejection) {
    super(rejection.code, rejection.message);
    this.rejection = rejection;
  }
}

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

/** A JSON request body larger than the server reads (413); `limit` is in bytes. */
export class BodyTooLargeError extends ApiError {
  override readonly name = 'BodyTooLargeError';
  readonly limit: number;

  constructor(limit: number) {
    const mb = (limit / 1_000_000).toLocaleString('en', { maximumFractionDigits: 2 });
    super('body-too-large', {
      vi: `Nội dung yêu cầu lớn hơn mức tối đa ${mb.replace('.', ',')} MB; tài liệu đính kèm hãy tải lên riêng từng tệp.`,
      en: `The request body is larger than the ${mb} MB allowed; upload attached documents one file at a time.`,
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

/** Bytes in a mebibyte: `maxSizeMB` is read as binary megabytes, the lenient reading for citizens. */
export const MIB = 1024 * 1024;

/** A stored dossier's procedure version is not loaded in this server (503): it is never run under another. */
export class ProcedureUnavailableError extends ApiError {
  override readonly name = 'ProcedureUnavailableError';
}

const STATUS: readonly [new (...args: never[]) => Error, number][] = [
  [BadRequestError, 400],
  [PayloadTooLargeError, 413],
  [BodyTooLargeError, 413],
  [UnsupportedMediaTypeError, 415],
  [AuthenticationError, 401],
  [ForbiddenError, 403],
  [NotFoundError, 404],
  [StaleDossierError, 409],
  [ConflictError, 409],
  [RequestConflictError, 409],
  [UnprocessableRequestError, 422],
  [RejectedCommandError, 422],
  [ProcedureUnavailableError, 503],
];

/** The JSON answer for `error`; anything unknown is a 500 that reveals nothing of its cause. */
export function toErrorAnswer(error: unknown): HttpAnswer {
  const status = STATUS.find(([type]) => error instanceof type)?.[1] ?? 500;
  const body: Record<string, unknown> = { error: describe(error, status) };
  if (error instanceof StaleDossierError) body['current'] = error.current;
  if (error instanceof RejectedCommandError) body['rejection'] = error.rejection;
  if (error instanceof PayloadTooLargeError || error instanceof BodyTooLargeError) body['limit'] = error.limit;
  if (error instanceof UnsupportedMediaTypeError) Object.assign(body, { mediaType: error.mediaType, accept: error.accept });
  // After a 413 the rest of the body is not read: close the connection rather than drain it.
  const headers: Record<string, string> = status === 401 ? { 'www-authenticate': 'Bearer' } : status === 413 ? { connection: 'close' } : {};
  return jsonAnswer(status, body, headers);
}

/** {@link toErrorAnswer} as a web `Response`, for routes mounted beside the service. */
export function toErrorResponse(error: unknown): Response {
  return toWebResponse(toErrorAnswer(error));
}

/** A JSON web `Response` ({@link jsonAnswer} is the service's own). */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return toWebResponse(jsonAnswer(status, body, headers));
}

function describe(error: unknown, status: number): { code: string; message: Message } {
  if (error instanceof ApiError) return { code: error.code, message: error.text };
  if (error instanceof AuthenticationError) {
    return { code: 'unauthenticated', message: { vi: 'Thông tin đăng nhập không hợp lệ hoặc đã hết hạn.', en: 'The credential is missing, invalid or expired.' } };
  }
  if (error instanceof ConflictError) return { code: 'conflict', message: { vi: 'Hồ sơ đã được cập nhật bởi người khác.', en: 'The dossier was changed by someone else.' } };
  if (error instanceof SnapshotError) return { code: 'snapshot-error', message: { vi: 'Không đọc được hồ sơ đã lưu.', en: 'The stored dossier cannot be read.' } };
  return { code: status === 500 ? 'internal' : 'error', message: { vi: 'Lỗi máy chủ.', en: 'Internal server error.' } };
}
