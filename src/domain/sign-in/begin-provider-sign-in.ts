import { hashToken } from '../accounts/session.js';
import type { Deps } from '../deps.js';
import { DomainError, notFound } from '../errors.js';
import { emailDomainOf } from './sign-in.js';
import { connectionOf } from './sign-in-secrets.js';

/** How long the provider may take to send the browser back. */
const attemptMinutes = 10;

/** The provider offered to an address on the login page: "Logga in med <label>". */
export interface ProviderOffer {
  municipalityId: string;
  label: string;
}

/** The provider whose allowed domains include the address's domain, if any. */
export async function findProviderForEmail(
  deps: Deps,
  email: string,
): Promise<ProviderOffer | null> {
  const domain = emailDomainOf(email);
  if (!domain || !deps.openIdConnect) return null;
  const providers = await deps.store.signIn.listProviders();
  const provider = providers.find((candidate) => candidate.allowedEmailDomains.includes(domain));
  return provider ? { municipalityId: provider.municipalityId, label: provider.label } : null;
}

/**
 * Starts a sign-in at the municipality's provider: a fresh state, nonce and PKCE verifier,
 * kept server-side (single use, ten minutes); the state also goes into the browser's cookie
 * so that only the browser that started the sign-in can finish it.
 */
export async function beginProviderSignIn(
  deps: Deps,
  municipalityId: string,
): Promise<{ url: string; state: string }> {
  const client = deps.openIdConnect;
  const provider = await deps.store.signIn.findProvider(municipalityId);
  if (!client || !provider) throw notFound('identity provider');
  const now = deps.clock();
  let request;
  try {
    request = await client.beginSignIn(connectionOf(deps, provider));
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError('OIDC_SIGN_IN_FAILED', 'The identity provider does not answer.', {
      reason: 'discovery',
    });
  }
  await deps.store.signIn.createAttempt(
    {
      id: hashToken(request.state),
      municipalityId,
      nonce: request.nonce,
      codeVerifier: request.codeVerifier,
      expiresAt: new Date(now.getTime() + attemptMinutes * 60_000).toISOString(),
    },
    now.toISOString(),
  );
  return { url: request.url, state: request.state };
}
