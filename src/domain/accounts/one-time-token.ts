export type TokenPurpose = 'invitation' | 'password_reset';

/** How long a link works: an invitation a week, a password reset an hour. */
export const tokenLifetimeMinutes: Record<TokenPurpose, number> = {
  invitation: 7 * 24 * 60,
  password_reset: 60,
};

export interface OneTimeToken {
  /** SHA-256 of the token in the link. */
  id: string;
  purpose: TokenPurpose;
  userId: string;
  createdByUserId: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export interface LoginThrottle {
  key: string;
  failureCount: number;
  lockedUntil: string | null;
  updatedAt: string;
}
