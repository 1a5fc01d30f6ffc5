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
  locale?: Locale;
  roles?: Role[];
  passwordHash?: string;
  passwordChangedAt?: string;
  disabledAt?: string | null;
  lastLoginAt?: string;
}

export interface UserRepository {
  create(user: User): Promise<void>;
  /** Only within the municipality: another municipality's user is "not found". */
  findById(municipalityId: string, id: string): Promise<User | null>;
  /** Only for flows that start from a secret the user holds (a link's token), never from input ids. */
  findByIdUnscoped(id: string): Promise<User | null>;
  findByEmail(email: string): Promise<User | null>;
  list(municipalityId: string, filter: UserFilter): Promise<User[]>;
  update(id: string, changes: UserChanges): Promise<void>;
  /**
   * Within a transaction: holds the user's row until it ends, so that concurrent transactions
   * deciding something per account (a reset link's rate) take turns.
   */
  lockForUpdate(id: string): Promise<void>;
  /** Users with the admin role who are not disabled and whose organisation is not disabled. */
  countActiveAdmins(municipalityId: string): Promise<number>;
}
