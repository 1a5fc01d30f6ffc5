import type { ProviderClaims } from './sign-in.js';

/** What Tryggve needs to speak to one municipality's provider. */
export interface ProviderConnection {
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

/** The provider's authorization URL, and what the callback must match. */
export interface AuthorizationRequest {
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** Who the provider says signed in, after every check of the ID token. */
export interface VerifiedSignIn {
  issuer: string;
  subject: string;
  claims: ProviderClaims;
  idToken: string;
}

/**
 * The relying party's side of OpenID Connect's authorization code flow with PKCE
 * (src/integrations/oidc). A failed check throws OIDC_SIGN_IN_FAILED, naming no secret.
 */
export interface OpenIdConnectClient {
  /** Fetches the provider's discovery document: fails when the issuer does not answer as one. */
  discover(connection: ProviderConnection): Promise<void>;
  beginSignIn(connection: ProviderConnection): Promise<AuthorizationRequest>;
  /**
   * Exchanges the callback's code (with the PKCE verifier) and verifies state, nonce and the
   * ID token's signature, issuer, audience and expiry against `now`.
   */
  completeSignIn(
    connection: ProviderConnection,
    callbackUrl: URL,
    expected: { state: string; nonce: string; codeVerifier: string },
    now: Date,
  ): Promise<VerifiedSignIn>;
  /** The provider's end-session URL (RP-initiated logout), or null when it offers none. */
  endSessionUrl(
    connection: ProviderConnection,
    idToken: string | null,
    postLogoutRedirectUri: string,
  ): Promise<string | null>;
}
