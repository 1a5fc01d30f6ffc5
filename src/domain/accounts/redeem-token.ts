import type { Repositories } from '../deps.js';
import { DomainError } from '../errors.js';
import type { OneTimeToken, TokenPurpose } from './one-time-token.js';
import { hashToken } from './session.js';
import type { User } from './user.js';

export const tokenInvalid = () =>
  new DomainError(
    'TOKEN_INVALID_OR_EXPIRED',
    'The link is invalid, already used or expired. Ask for a new one.',
  );

/** The unused, unexpired token of this purpose and its (not disabled) user, or TOKEN_INVALID_OR_EXPIRED. */
export async function findRedeemableToken(
  repositories: Repositories,
  token: string,
  purpose: TokenPurpose,
  now: Date,
): Promise<{ token: OneTimeToken; user: User }> {
  const stored = await repositories.tokens.findById(hashToken(token));
  if (!stored || stored.purpose !== purpose || stored.usedAt !== null) throw tokenInvalid();
  if (new Date(stored.expiresAt).getTime() <= now.getTime()) throw tokenInvalid();
  const user = await repositories.users.findByIdUnscoped(stored.userId);
  if (!user || user.disabledAt !== null) throw tokenInvalid();
  return { token: stored, user };
}
