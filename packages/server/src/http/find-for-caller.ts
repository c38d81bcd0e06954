/**
 * `findForCaller`: a dossier by code for whoever may see it — an officer of the dossier's agency (signed
 * token) or, where allowed, the citizen holding its access token. Everyone else, including a valid
 * officer of another agency, gets the 404 of an unknown code, so codes cannot be enumerated.
 */
import { AuthenticationError, type Authenticate, type Identity } from '../auth/create-token-authenticator.js';
import type { StoredDossier } from '../store/dossier-store.js';
import type { ServiceContext } from './service-context.js';
import { findWithAccessToken } from './find-with-access-token.js';
import { NotFoundError } from './http-errors.js';
import type { HttpRequest } from './http-exchange.js';

/** The dossier, and the officer identity when an officer asked (null for the citizen). */
export interface FoundDossier {
  readonly stored: StoredDossier;
  readonly identity: Identity | null;
}

const NOT_FOUND = { vi: 'Không tìm thấy hồ sơ với mã và mã truy cập này.', en: 'No dossier with this code and access token.' };

/**
 * Finds `code` for the caller of `request`. A bearer credential the authenticator cannot read may be a
 * citizen's access token (both travel as `Authorization: Bearer`), so it falls through to that check.
 * @throws NotFoundError when the caller may not see the dossier (or it does not exist).
 */
export async function findForCaller(
  context: ServiceContext, authenticate: Authenticate, request: HttpRequest, code: string, allowCitizen: boolean,
): Promise<FoundDossier> {
  const identity = await authenticate(request).catch((error: unknown) => {
    if (error instanceof AuthenticationError) return null;
    throw error;
  });
  if (identity !== null) {
    const stored = await context.store.findByCode(code);
    if (!stored || stored.agencyCode !== identity.agency) throw new NotFoundError('dossier-not-found', NOT_FOUND);
    return { stored, identity };
  }
  if (!allowCitizen) throw new NotFoundError('dossier-not-found', NOT_FOUND);
  return { stored: await findWithAccessToken(context.store, request, code), identity: null };
}
