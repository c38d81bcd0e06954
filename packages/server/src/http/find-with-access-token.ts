/**
 * `findWithAccessToken`: a dossier by code for its citizen. An unknown code and a wrong token give the
 * same `NotFoundError`, after the same hashing and constant-time comparison, so codes cannot be
 * enumerated and a wrong token learns nothing.
 */
import type { DossierStore, StoredDossier } from '../store/dossier-store.js';
import { hashesEqual, hashSecret } from './access-token.js';
import { NotFoundError } from './http-errors.js';
import type { HttpRequest } from './http-exchange.js';

/** Compared against when the code is unknown, so both paths do the same work. */
const ABSENT_HASH = hashSecret('motcua/no-such-dossier');

/** The access token of `request`: `Authorization: Bearer …` or the `token` query parameter. */
export function readAccessToken(request: HttpRequest): string | null {
  const header = request.headers.get('authorization');
  const match = header === null ? null : /^Bearer (\S+)$/.exec(header);
  return match?.[1] ?? new URL(request.url).searchParams.get('token');
}

/** The dossier `code` if `request` carries its access token. @throws NotFoundError otherwise. */
export async function findWithAccessToken(store: DossierStore, request: HttpRequest, code: string): Promise<StoredDossier> {
  const token = readAccessToken(request) ?? '';
  const stored = await store.findByCode(code);
  const matches = hashesEqual(hashSecret(token), stored?.accessTokenHash ?? ABSENT_HASH);
  if (!stored || !matches) {
    throw new NotFoundError('dossier-not-found', { vi: 'Không tìm thấy hồ sơ với mã và mã truy cập này.', en: 'No dossier with this code and access token.' });
  }
  return stored;
}
