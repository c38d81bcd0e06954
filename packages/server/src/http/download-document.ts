/**
 * `answerDownload`: `GET /api/dossiers/:code/documents/:sha256`, one uploaded document of a dossier, for
 * an officer of its agency or the citizen with its access token (anyone else: the 404 of an unknown
 * code). Always a download (`Content-Disposition: attachment`) with the media type sniffed at upload
 * and `nosniff`, so a stored file is never rendered in the portal's origin.
 */
import type { Authenticate } from '../auth/create-token-authenticator.js';
import type { ServiceContext } from './service-context.js';
import { findForCaller } from './find-for-caller.js';
import { NotFoundError } from './http-errors.js';
import type { HttpAnswer, HttpRequest } from './http-exchange.js';

const EXTENSIONS: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png', 'image/tiff': 'tif', 'image/webp': 'webp', 'image/heic': 'heic',
  'image/heif': 'heif', 'image/vnd.dwg': 'dwg', 'text/plain': 'txt', 'application/zip': 'zip',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.oasis.opendocument.text': 'odt', 'application/vnd.oasis.opendocument.spreadsheet': 'ods',
};

const NO_DOCUMENT = { vi: 'Hồ sơ không có tệp này.', en: 'The dossier has no such document.' };

/** Answers the download. @throws NotFoundError for an unknown dossier, caller or document. */
export async function answerDownload(context: ServiceContext, authenticate: Authenticate, request: HttpRequest, code: string, sha256: string): Promise<HttpAnswer> {
  const { stored } = await findForCaller(context, authenticate, request, code, true);
  if (context.documents === undefined || !/^[0-9a-f]{64}$/.test(sha256)) throw new NotFoundError('document-not-found', NO_DOCUMENT);
  const record = (await context.documents.records.list(stored.id)).find((candidate) => candidate.sha256 === sha256);
  const bytes = record ? await context.documents.storage.get(sha256) : null;
  if (!record || bytes === null) throw new NotFoundError('document-not-found', NO_DOCUMENT);
  const filename = `${stored.code}-${record.componentId}-${sha256.slice(0, 12)}.${EXTENSIONS[record.mediaType] ?? 'bin'}`;
  return {
    status: 200,
    body: bytes,
    headers: {
      'content-type': record.mediaType,
      'content-length': String(bytes.byteLength),
      'content-disposition': `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
      'content-security-policy': "default-src 'none'; sandbox",
    },
  };
}
