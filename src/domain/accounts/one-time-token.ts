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

export interface OneTimeTokenRepository {
  create(token: OneTimeToken): Promise<void>;
  findById(id: string): Promise<OneTimeToken | null>;
  markUsed(id: string, usedAt: string): Promise<void>;
  /** A new link replaces the user's earlier unused links for the same purpose. */
  expireUnused(userId: string, purpose: TokenPurpose, at: string): Promise<void>;
  /** Whether a signed-in user (not the command line, not the holder) issued such a link. */
  wasIssuedByUser(userId: string, purpose: TokenPurpose): Promise<boolean>;
  /** When the user's latest link for the purpose was issued; null: never. */
  latestIssuedAt(userId: string, purpose: TokenPurpose): Promise<string | null>;
}

export interface LoginThrottle {
  key: string;
  failureCount: number;
  lockedUntil: string | null;
  updatedAt: string;
}

export interface LoginThrottleRepository {
  find(key: string): Promise<LoginThrottle | null>;
  /**
   * The key's row, created empty if missing, locked until the surrounding transaction ends:
   * concurrent attempts on one key are counted one after the other.
   */
  findForUpdate(key: string, now: string): Promise<LoginThrottle>;
  save(throttle: LoginThrottle): Promise<void>;
  clear(key: string): Promise<void>;
}
