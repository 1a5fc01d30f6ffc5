import type { Actor } from '../access/actor.js';
import type { Role } from '../access/roles.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError, notFound } from '../errors.js';
import { connectionOf, redirectUriOf, sealProviderSecret } from './sign-in-secrets.js';
import type { ClaimKind, IdentityProvider } from './sign-in.js';

export interface ConfigureIdentityProviderInput {
  label: string;
  issuerUrl: string;
  clientId: string;
  /** Absent: the secret stays as it is (the API never shows it back). */
  clientSecret?: string | undefined;
  allowedEmailDomains: string[];
  claimMappings: { claim: ClaimKind; value: string; organisationId: string; roles: Role[] }[];
  rolesFollowClaims: boolean;
  supportContact: string;
}

/**
 * Sets the municipality's OpenID Connect provider. The issuer must answer discovery, every
 * mapping must point at one of the municipality's organisations, and no e-mail domain may
 * belong to another municipality's provider. The client secret is sealed before it is
 * stored and appears in no answer and no audit entry.
 */
export async function configureIdentityProvider(
  deps: Deps,
  actor: Actor,
  input: ConfigureIdentityProviderInput,
): Promise<IdentityProvider> {
  await authorize(deps, actor, 'sign_in.manage', 'sign_in.provider.configure');
  const client = deps.openIdConnect;
  if (!client) throw new DomainError('OIDC_PROVIDER_INVALID', 'OpenID Connect is not enabled.');
  const municipalityId = actor.municipalityId;
  const existing = await deps.store.signIn.findProvider(municipalityId);
  if (input.clientSecret === undefined && !existing) {
    throw new DomainError('VALIDATION_FAILED', 'A new provider needs its client secret.', {
      problems: [{ path: 'clientSecret', problem: 'required' }],
    });
  }
  const domains = [
    ...new Set(input.allowedEmailDomains.map((domain) => domain.trim().toLowerCase())),
  ];
  const others = (await deps.store.signIn.listProviders()).filter(
    (provider) => provider.municipalityId !== municipalityId,
  );
  const taken = domains.filter((domain) =>
    others.some((provider) => provider.allowedEmailDomains.includes(domain)),
  );
  if (taken.length > 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'An e-mail domain belongs to another municipality.',
      {
        problems: taken.map((domain) => ({
          path: 'allowedEmailDomains',
          problem: 'taken',
          domain,
        })),
      },
    );
  }
  for (const mapping of input.claimMappings) {
    const organisation = await deps.store.organisations.findById(
      municipalityId,
      mapping.organisationId,
    );
    // Another municipality's organisation is "not found", as one that does not exist.
    if (!organisation) throw notFound('organisation');
  }
  const now = deps.clock();
  const provider: IdentityProvider = {
    municipalityId,
    label: input.label.trim(),
    issuerUrl: input.issuerUrl.replace(/\/+$/, ''),
    clientId: input.clientId.trim(),
    clientSecretEncrypted:
      input.clientSecret === undefined && existing
        ? existing.clientSecretEncrypted
        : sealProviderSecret(deps, municipalityId, input.clientSecret ?? ''),
    allowedEmailDomains: domains,
    claimMappings: input.claimMappings.map((mapping) => ({
      ...mapping,
      value:
        mapping.claim === 'email_domain'
          ? mapping.value.trim().toLowerCase()
          : mapping.value.trim(),
      roles: [...new Set(mapping.roles)],
    })),
    rolesFollowClaims: input.rolesFollowClaims,
    supportContact: input.supportContact.trim(),
    updatedAt: now.toISOString(),
  };
  try {
    await client.discover(connectionOf(deps, provider));
  } catch {
    throw new DomainError(
      'OIDC_PROVIDER_INVALID',
      `The issuer does not answer OpenID Connect discovery; register ${redirectUriOf(deps)} as its redirect URI.`,
    );
  }
  await deps.store.transaction(async (repositories) => {
    await repositories.signIn.saveProvider(provider);
    await recordAudit(repositories, now, actor, {
      action: 'sign_in.provider.configure',
      entityType: 'municipality',
      entityId: municipalityId,
      details: {
        issuerUrl: provider.issuerUrl,
        clientId: provider.clientId,
        isClientSecretChanged: input.clientSecret !== undefined,
        allowedEmailDomains: domains,
        mappingCount: provider.claimMappings.length,
        rolesFollowClaims: provider.rolesFollowClaims,
      },
    });
  });
  return provider;
}
