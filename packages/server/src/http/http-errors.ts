/**
 * Errors of the HTTP API and `toErrorResponse`, the one place that maps error classes to HTTP statuses
 * and to the JSON body `{ error: { code, message: { vi, en } } }` (style.md "Errors").
 */
import { SnapshotError, type Message, type Rejection } from '@motcua/core';
import { AuthenticationError } from '../auth/create-token-authenticator.js';
import { ConflictError } from '../store/store-errors.js';

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

/** The runtime refused the command (422); `rejection` says why. */
export class RejectedCommandError extends ApiError {
  override readonly name = 'RejectedCommandError';
  readonly rejection: Rejection;

  constructor(rejection: Rejection) {
    super(rejection.code, rejection.message);
    this.rejection = rejection;
  }
}

/** A stored dossier's procedure version is not loaded in this server (503): it is never run under another. */
export class ProcedureUnavailableError extends ApiError {
  override readonly name = 'ProcedureUnavailableError';
}

const STATUS: readonly [new (...args: never[]) => Error, number][] = [
  [BadRequestError, 400],
  [AuthenticationError, 401],
  [ForbiddenError, 403],
  [NotFoundError, 404],
  [StaleDossierError, 409],
  [ConflictError, 409],
  [RejectedCommandError, 422],
  [ProcedureUnavailableError, 503],
];

/** The JSON response for `error`; anything unknown is a 500 that reveals nothing of its cause. */
export function toErrorResponse(error: unknown): Response {
  const status = STATUS.find(([type]) => error instanceof type)?.[1] ?? 500;
  const body: Record<string, unknown> = { error: describe(error, status) };
  if (error instanceof StaleDossierError) body['current'] = error.current;
  if (error instanceof RejectedCommandError) body['rejection'] = error.rejection;
  return jsonResponse(status, body, status === 401 ? { 'www-authenticate': 'Bearer' } : {});
}

/** A JSON response. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
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
