import type { Role } from '../access/roles.js';

/** Which of the provider's claims a mapping reads. */
export const claimKinds = ['groups', 'roles', 'email_domain'] as const;
export type ClaimKind = (typeof claimKinds)[number];

/** A claim value (a group's object id, an app role, an e-mail domain) → organisation and roles. */
export interface ClaimMapping {
  claim: ClaimKind;
  value: string;
  organisationId: string;
  roles: Role[];
}

/** A municipality's OpenID Connect provider (Entra ID, ADFS, Keycloak, Okta…). */
export interface IdentityProvider {
  municipalityId: string;
  /** What the login page calls it: "Logga in med <label>". */
  label: string;
  issuerUrl: string;
  clientId: string;
  /** AES-256-GCM under the installation's key (secret-box.ts); never leaves the server. */
  clientSecretEncrypted: string;
  /** Lower-case domains whose addresses are offered this provider on the login page. */
  allowedEmailDomains: string[];
  claimMappings: ClaimMapping[];
  /** true: roles follow the claims at every sign-in; false: set once, then kept locally. */
  rolesFollowClaims: boolean;
  /** Whom a refused person should ask, named in the refusal ("IT-servicedesk, 08-123 456"). */
  supportContact: string;
  updatedAt: string;
}

/** How a municipality's people may sign in. A municipality without a row has the defaults. */
export interface SignInPolicy {
  municipalityId: string;
  /** Only the break-glass admin may still sign in with a password. */
  isPasswordSignInDisabled: boolean;
  breakGlassUserId: string | null;
  /** Password sign-ins of roles that read personal data need a second factor. */
  isSecondFactorRequired: boolean;
  updatedAt: string;
}

export function defaultSignInPolicy(municipalityId: string): SignInPolicy {
  return {
    municipalityId,
    isPasswordSignInDisabled: false,
    breakGlassUserId: null,
    isSecondFactorRequired: false,
    updatedAt: new Date(0).toISOString(),
  };
}

/** The link between a Tryggve account and one provider's subject; the subject is the key. */
export interface UserIdentity {
  issuer: string;
  subject: string;
  userId: string;
  municipalityId: string;
  createdAt: string;
}

/** A sign-in sent to the provider and not yet back: single use, short-lived. */
export interface OidcSignInAttempt {
  /** SHA-256 of the state. */
  id: string;
  municipalityId: string;
  nonce: string;
  codeVerifier: string;
  expiresAt: string;
}

/** A user's TOTP second factor; unconfirmed until the first code has been entered. */
export interface SecondFactor {
  userId: string;
  secretEncrypted: string;
  /** SHA-256 of each unused recovery code. */
  recoveryCodeHashes: string[];
  /** The last 30-second step a code was accepted for: a code is never accepted twice. */
  lastUsedStep: number | null;
  confirmedAt: string | null;
  createdAt: string;
}

/** What a session still lacks before it is a full one. */
export const pendingSteps = ['enrol_second_factor', 'verify_second_factor'] as const;
export type PendingStep = (typeof pendingSteps)[number];

/** Roles that read personal data: their password sign-ins need a second factor where required. */
export const rolesReadingPersonalData: readonly Role[] = [
  'admin',
  'coordinator',
  'caseworker',
  'procurement',
];

export function isSecondFactorRequiredFor(policy: SignInPolicy, roles: readonly Role[]): boolean {
  return (
    policy.isSecondFactorRequired && roles.some((role) => rolesReadingPersonalData.includes(role))
  );
}

export interface ProviderClaims {
  email: string | null;
  groups: string[];
  roles: string[];
}

export interface MappedAccess {
  organisationId: string;
  roles: Role[];
}

/**
 * The organisation and roles the claims give: the first matching mapping chooses the
 * organisation, and every matching mapping for that organisation adds its roles. Null when
 * nothing matches (the person is refused).
 */
export function accessFromClaims(
  mappings: readonly ClaimMapping[],
  claims: ProviderClaims,
): MappedAccess | null {
  const domain = claims.email ? emailDomainOf(claims.email) : null;
  const matches = mappings.filter((mapping) => {
    if (mapping.claim === 'groups') return claims.groups.includes(mapping.value);
    if (mapping.claim === 'roles') return claims.roles.includes(mapping.value);
    return domain !== null && domain === mapping.value.toLowerCase();
  });
  const first = matches[0];
  if (!first) return null;
  const roles = new Set<Role>();
  for (const mapping of matches) {
    if (mapping.organisationId === first.organisationId)
      mapping.roles.forEach((role) => roles.add(role));
  }
  return { organisationId: first.organisationId, roles: [...roles] };
}

export function emailDomainOf(email: string): string | null {
  const at = email.lastIndexOf('@');
  return at > 0
    ? email
        .slice(at + 1)
        .trim()
        .toLowerCase()
    : null;
}
