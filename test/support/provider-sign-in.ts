import { expect } from 'vitest';
import type { TestClient } from './http.js';
import type { TestOidcProvider } from './oidc-provider.js';

/** Where a provider sends the browser back to Tryggve in tests (publicUrl of testDeps). */
export const testRedirectUri = 'http://tryggve.test/api/oidc/callback';

/** A provider configuration as an admin sends it. */
export function providerSettings(
  provider: TestOidcProvider,
  fields: { domain: string; organisationId: string; rolesFollowClaims?: boolean },
) {
  return {
    label: 'Testkommunens konto',
    issuerUrl: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    allowedEmailDomains: [fields.domain],
    claimMappings: [
      {
        claim: 'groups' as const,
        value: 'tryggve-samordnare',
        organisationId: fields.organisationId,
        roles: ['coordinator' as const],
      },
      {
        claim: 'groups' as const,
        value: 'tryggve-analys',
        organisationId: fields.organisationId,
        roles: ['analyst' as const],
      },
    ],
    rolesFollowClaims: fields.rolesFollowClaims ?? true,
    supportContact: 'IT-servicedesk, 08-123 456',
  };
}

/** Starts a provider sign-in in Tryggve: the provider's authorization URL. */
export async function startProviderSignIn(
  client: TestClient,
  municipalityId: string,
): Promise<URL> {
  const response = await client.get(`/api/oidc/start?municipalityId=${municipalityId}`);
  expect(response.statusCode).toBe(302);
  return new URL(String(response.headers.location));
}

/** Brings the browser back to Tryggve from the provider: where Tryggve then sends it. */
export async function returnFromProvider(client: TestClient, callback: URL): Promise<string> {
  const response = await client.get(`${callback.pathname}${callback.search}`);
  expect(response.statusCode).toBe(302);
  return String(response.headers.location);
}

/** The whole round trip for one login at the provider. */
export async function signInThroughProvider(
  client: TestClient,
  provider: TestOidcProvider,
  municipalityId: string,
  login: string,
): Promise<string> {
  const authorization = await startProviderSignIn(client, municipalityId);
  return returnFromProvider(client, await provider.signIn(authorization.href, login));
}
