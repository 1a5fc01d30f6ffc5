import type { Role } from '../access/roles.js';

export const locales = ['sv', 'en'] as const;
export type Locale = (typeof locales)[number];

export interface User {
  id: string;
  municipalityId: string;
  organisationId: string;
  /** Lower-case and NFKC-normalised; unique across the installation (it is the login name). */
  email: string;
  displayName: string;
  locale: Locale;
  roles: Role[];
  passwordHash: string | null;
  passwordChangedAt: string | null;
  disabledAt: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

/**
 * The password hash of an account created by the municipality's identity provider (issue 17):
 * it matches no password, and the account counts as active, not invited.
 */
export const providerOnlyPasswordHash = '!provider-only';

export type UserStatus = 'active' | 'invited' | 'disabled';

/** Disabled wins; a user who has never set a password is still invited. */
export function userStatus(user: Pick<User, 'disabledAt' | 'passwordHash'>): UserStatus {
  if (user.disabledAt !== null) return 'disabled';
  return user.passwordHash === null ? 'invited' : 'active';
}

export function normaliseEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}

export interface UserFilter {
  organisationId?: string | undefined;
  status?: UserStatus | undefined;
}

export interface UserChanges {
  displayName?: string;
  /** Moving the account to another organisation of the same municipality. */
  organisationId?: string;
  locale?: Locale;
  roles?: Role[];
  passwordHash?: string;
  passwordChangedAt?: string;
  disabledAt?: string | null;
  lastLoginAt?: string;
}
