/**
 * `Identity`, `AuthenticationError` and `CredentialRequest`: what every authenticator shares, so the
 * officer tokens, the citizen tokens and the cache of verified tokens all stand on this one file.
 */

/** Who is calling, as the authentication established it. Roles and agencies come only from here. */
export interface Identity {
  readonly sub: string;
  readonly role: string;
  readonly agency: string;
}

/** Thrown for a missing, malformed, forged or expired credential (HTTP 401). */
export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';
}

/**
 * What an authenticator reads of a request: its headers, one field at a time. A web `Request` fits, and
 * so does the service's `HttpRequest`, so an authenticator can be tested with `{ headers: new Headers(…) }`.
 */
export interface CredentialRequest {
  readonly headers: { get(name: string): string | null };
}
