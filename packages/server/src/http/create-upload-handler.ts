/**
 * `createUploadHandler`: `POST /api/dossiers/:code/documents?component=<id>`, a document for one
 * component of a dossier, sent as the raw request body. Checks run in order — who may upload, which
 * component, size (while reading), checksum, media type by content — and only then are the bytes
 * written and recorded, so a refused upload leaves nothing behind.
 */
import type { Procedure } from '@motcua/core';
import type { Authenticate } from '../auth/create-token-authenticator.js';
import type { ServiceContext } from './service-context.js';
import { findForCaller } from './find-for-caller.js';
import { BadRequestError, ForbiddenError, MIB, NotFoundError, ProcedureUnavailableError, UnsupportedMediaTypeError } from './http-errors.js';
import type { StoredDossier } from '../store/dossier-store.js';
import { acceptsMediaType, componentAccept } from '../documents/accepts-media-type.js';
import type { DocumentUploadOptions } from '../documents/document-upload-options.js';
import { readClaimedDigest } from './read-claimed-digest.js';
import { readLimitedBody } from './read-limited-body.js';
import { sniffMediaType } from '../documents/sniff-media-type.js';
import { jsonAnswer, type HttpAnswer, type HttpRequest } from './http-exchange.js';

/** The response body of an accepted upload. */
export interface UploadedDocument {
  readonly component: string;
  readonly sha256: string;
  readonly size: number;
  readonly mediaType: string;
}

type Component = Procedure['components'][number];

const DEFAULT_MAX_UPLOAD_BYTES = 50 * MIB;

/**
 * The upload handler. The citizen authenticates with the dossier's access token, an officer with a
 * signed token of the dossier's agency; anyone else gets the 404 of an unknown code. 201 for a new
 * document, 200 when the same bytes were already uploaded for the component.
 */
export function createUploadHandler(
  context: ServiceContext, authenticate: Authenticate, options: DocumentUploadOptions | undefined,
): (request: HttpRequest, code: string) => Promise<HttpAnswer> {
  return async (request, code) => {
    if (options === undefined) throw new NotFoundError('not-found', { vi: 'Máy chủ này không nhận tải tệp lên.', en: 'This server does not take uploads.' });
    return upload(context, authenticate, options, request, code);
  };
}

async function upload(context: ServiceContext, authenticate: Authenticate, options: DocumentUploadOptions, request: HttpRequest, code: string): Promise<HttpAnswer> {
  const componentId = new URL(request.url).searchParams.get('component');
  if (componentId === null || componentId === '') {
    throw new BadRequestError('component-required', { vi: 'Thiếu tham số component (mã thành phần hồ sơ).', en: 'The component query parameter (a component id) is required.' });
  }
  const { stored, uploadedBy } = await identifyUploader(context, authenticate, request, code);
  if (stored.closed) throw new ForbiddenError('dossier-closed', { vi: 'Hồ sơ đã kết thúc, không nhận thêm tệp.', en: 'The dossier is closed and takes no more documents.' });
  const component = findComponent(context, stored, componentId);

  const claimed = readClaimedDigest(request.headers);
  const limit = Math.min(component.maxSizeMB === undefined ? Infinity : Math.floor(component.maxSizeMB * MIB), options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES);
  const body = await readLimitedBody(request, limit, componentId);
  if (body.bytes.byteLength === 0) throw new BadRequestError('empty-document', { vi: `${componentId}: tệp rỗng.`, en: `${componentId}: the file is empty.` });
  if (claimed !== null && claimed !== body.sha256) {
    throw new BadRequestError('checksum-mismatch', {
      vi: `${componentId}: tệp nhận được có sha-256 ${body.sha256}, khác với ${claimed} đã khai; tệp bị hỏng khi truyền, hãy gửi lại.`,
      en: `${componentId}: the received file has sha-256 ${body.sha256}, not the declared ${claimed}; it was damaged in transit, send it again.`,
    });
  }
  // The declared Content-Type and file name are ignored on purpose: only the bytes say what a file is.
  const mediaType = sniffMediaType(body.bytes);
  const accept = componentAccept(component.accept);
  if (mediaType === null || !acceptsMediaType(mediaType, accept)) throw new UnsupportedMediaTypeError(componentId, mediaType, accept);

  const existed = await options.storage.has(body.sha256);
  const saved = await options.storage.put(body.bytes);
  let created: boolean;
  try {
    created = await options.records.record({
      dossierId: stored.id, componentId, sha256: saved.sha256, size: saved.size, mediaType, uploadedAt: context.now(), uploadedBy,
    });
  } catch (error) {
    await removeOrphan(options, saved.sha256, existed);
    throw error;
  }
  const result: UploadedDocument = { component: componentId, sha256: saved.sha256, size: saved.size, mediaType };
  return jsonAnswer(created ? 201 : 200, result);
}

/** The dossier and who is uploading: an officer of its agency, or the citizen with its access token. */
async function identifyUploader(context: ServiceContext, authenticate: Authenticate, request: HttpRequest, code: string): Promise<{ stored: StoredDossier; uploadedBy: string }> {
  const { stored, identity } = await findForCaller(context, authenticate, request, code, true);
  return { stored, uploadedBy: identity?.sub ?? `applicant:${stored.code}` };
}

/**
 * After a failed record insert, removes the bytes this upload wrote, unless they were there before or a
 * record of any dossier points at them (equal content is stored once). A concurrent upload of the same
 * bytes that has written but not yet recorded them could lose its file in that instant; it then fails
 * at download with a 404 and the citizen uploads again — rarer and milder than keeping every orphan.
 */
async function removeOrphan(options: DocumentUploadOptions, sha256: string, existed: boolean): Promise<void> {
  if (existed) return;
  try {
    if (!(await options.records.isReferenced(sha256))) await options.storage.remove(sha256);
  } catch {
    // The clean-up is best effort: the insert's own error is what the caller must see.
  }
}

function findComponent(context: ServiceContext, stored: StoredDossier, componentId: string): Component {
  const entry = context.catalogue.byKey(stored.procedureKey);
  if (!entry) {
    throw new ProcedureUnavailableError('procedure-unavailable', {
      vi: `Máy chủ chưa nạp thủ tục ${stored.procedureKey} mà hồ sơ được tiếp nhận theo.`,
      en: `The server has not loaded ${stored.procedureKey}, the procedure version this dossier was received under.`,
    });
  }
  const component = entry.procedure.components.find((candidate) => candidate.id === componentId);
  if (!component) {
    const ids = entry.procedure.components.map((candidate) => candidate.id).join(', ');
    throw new NotFoundError('component-not-found', {
      vi: `Thủ tục ${entry.key} không có thành phần hồ sơ "${componentId}"; các thành phần: ${ids}.`,
      en: `Procedure ${entry.key} has no dossier component "${componentId}"; its components are ${ids}.`,
    });
  }
  return component;
}
