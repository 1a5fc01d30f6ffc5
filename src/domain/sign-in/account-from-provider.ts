import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import {
  normaliseEmail,
  providerOnlyPasswordHash,
  userStatus,
  type User,
} from '../accounts/user.js';
import type { Repositories } from '../deps.js';
import { DomainError } from '../errors.js';
import type { VerifiedSignIn } from './open-id-connect-client.js';
import { accessFromClaims, emailDomainOf, type IdentityProvider } from './sign-in.js';

/** Why a confirmed person still may not sign in: the message names whom to ask. */
export class ProviderRefusal extends DomainError {
  constructor(
    provider: IdentityProvider,
    readonly reason: string,
    /** The account refused, if one was found: its open sessions end too. */
    readonly userId: string | null = null,
  ) {
    super(
      'OIDC_NO_ACCESS',
      `Your account at ${provider.label} gives no access to Tryggve. Ask ${provider.supportContact}.`,
      { supportContact: provider.supportContact, providerLabel: provider.label },
    );
  }
}

const noAccess = (provider: IdentityProvider, reason: string, userId: string | null = null) =>
  new ProviderRefusal(provider, reason, userId);

const sameRoles = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((role) => b.includes(role));

/**
 * The Tryggve account a verified provider sign-in belongs to, created or updated as the
 * mappings say. The provider's subject is the key: an account already linked to a subject is
 * found only by that subject, and an address match never re-links an account that belongs to
 * another provider or subject. A new account needs an address in the provider's allowed
 * domains and a matching mapping; the creation is audited.
 */
export async function accountFromProvider(
  repositories: Repositories,
  provider: IdentityProvider,
  verified: VerifiedSignIn,
  now: Date,
): Promise<User> {
  const municipalityId = provider.municipalityId;
  const system: Actor = { userId: null, municipalityId, organisationId: null, roles: [] };
  const access = accessFromClaims(provider.claimMappings, verified.claims);
  const identity = await repositories.signIn.findIdentity(verified.issuer, verified.subject);
  let user: User | null;
  if (identity) {
    if (identity.municipalityId !== municipalityId) throw noAccess(provider, 'other_municipality');
    user = await repositories.users.findById(municipalityId, identity.userId);
  } else if (verified.claims.email) {
    const email = normaliseEmail(verified.claims.email);
    const domain = emailDomainOf(email);
    if (!domain || !provider.allowedEmailDomains.includes(domain)) {
      throw noAccess(provider, 'email_domain_not_allowed');
    }
    const existing = await repositories.users.findByEmail(email);
    if (existing) {
      // The address is the same, but only an account in this municipality that no provider
      // has claimed yet may be linked: another subject's account is never taken over.
      const linked = await repositories.signIn.findIdentityOfUser(existing.id);
      if (existing.municipalityId !== municipalityId || linked) {
        throw noAccess(provider, 'email_belongs_to_another_identity');
      }
      if (!access) throw noAccess(provider, 'no_mapping');
      user = existing;
    } else {
      if (!access) throw noAccess(provider, 'no_mapping');
      user = {
        id: randomUUID(),
        municipalityId,
        organisationId: access.organisationId,
        email,
        displayName: email,
        locale: 'sv',
        roles: access.roles,
        passwordHash: providerOnlyPasswordHash,
        passwordChangedAt: null,
        disabledAt: null,
        lastLoginAt: null,
        createdAt: now.toISOString(),
      };
      await repositories.users.create(user);
      await recordAudit(repositories, now, system, {
        action: 'user.create_from_provider',
        entityType: 'user',
        entityId: user.id,
        details: { organisationId: user.organisationId, roles: user.roles },
      });
    }
    await repositories.signIn.createIdentity({
      issuer: verified.issuer,
      subject: verified.subject,
      userId: user.id,
      municipalityId,
      createdAt: now.toISOString(),
    });
    await recordAudit(repositories, now, system, {
      action: 'user.link_provider_identity',
      entityType: 'user',
      entityId: user.id,
      details: { issuer: verified.issuer },
    });
  } else {
    throw noAccess(provider, 'no_email');
  }
  if (!user || userStatus(user) === 'disabled') {
    throw noAccess(provider, 'account_disabled', user?.id ?? null);
  }
  const organisation = await repositories.organisations.findById(
    municipalityId,
    user.organisationId,
  );
  if (!organisation || organisation.disabledAt !== null)
    throw noAccess(provider, 'organisation_disabled', user.id);
  if (provider.rolesFollowClaims) {
    // The provider no longer accepts the person here: no session, and the ones open end now.
    if (!access) throw noAccess(provider, 'no_mapping', user.id);
    if (!sameRoles(access.roles, user.roles)) {
      await repositories.users.update(user.id, { roles: access.roles });
      await recordAudit(repositories, now, system, {
        action: 'user.roles_from_provider',
        entityType: 'user',
        entityId: user.id,
        details: { before: user.roles, after: access.roles },
      });
      user = { ...user, roles: access.roles };
    }
  }
  return user;
}
