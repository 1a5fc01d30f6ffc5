import type { OneTimeToken, TokenPurpose } from './one-time-token.js';

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
