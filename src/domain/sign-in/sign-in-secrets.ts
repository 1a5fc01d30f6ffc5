import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { openSecret, sealSecret } from './secret-box.js';
import type { IdentityProvider } from './sign-in.js';
import type { ProviderConnection } from './open-id-connect-client.js';

/** The installation's key for secrets at rest, or SECRETS_KEY_NOT_CONFIGURED. */
export function secretsKeyOf(deps: Deps): Uint8Array {
  if (!deps.secretsKey) {
    throw new DomainError(
      'SECRETS_KEY_NOT_CONFIGURED',
      'Set TRYGGVE_SECRETS_KEY (64 hexadecimal characters) before keeping secrets.',
    );
  }
  return deps.secretsKey;
}

/** The associated data a provider's client secret is sealed with: it opens only for its row. */
export const providerSecretContext = (municipalityId: string) =>
  `identity-provider:${municipalityId}`;

/** The associated data a TOTP seed is sealed with. */
export const secondFactorSecretContext = (userId: string) => `second-factor:${userId}`;

export function sealProviderSecret(deps: Deps, municipalityId: string, secret: string): string {
  return sealSecret(secretsKeyOf(deps), secret, providerSecretContext(municipalityId));
}

/** Where the provider sends the browser back: one URL for every municipality. */
export function redirectUriOf(deps: Deps): string {
  return `${deps.settings.publicUrl}/api/oidc/callback`;
}

export function connectionOf(deps: Deps, provider: IdentityProvider): ProviderConnection {
  return {
    issuerUrl: provider.issuerUrl,
    clientId: provider.clientId,
    clientSecret: openSecret(
      secretsKeyOf(deps),
      provider.clientSecretEncrypted,
      providerSecretContext(provider.municipalityId),
    ),
    redirectUri: redirectUriOf(deps),
  };
}
