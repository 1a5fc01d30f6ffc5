import { recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { loginThrottleKey } from './login-throttle.js';
import { assertPasswordAcceptable, hashPassword } from './password.js';
import { findRedeemableToken } from './redeem-token.js';

interface ResetPasswordInput {
  token: string;
  newPassword: string;
}

/** Sets a new password from a reset link, ends every session of the account and lifts a lockout. */
export async function resetPassword(deps: Deps, input: ResetPasswordInput): Promise<void> {
  const now = deps.clock();
  const { user } = await findRedeemableToken(deps.store, input.token, 'password_reset', now);
  assertPasswordAcceptable(input.newPassword, { email: user.email, displayName: user.displayName });
  const passwordHash = await hashPassword(input.newPassword);
  await deps.store.transaction(async (repositories) => {
    const { token } = await findRedeemableToken(repositories, input.token, 'password_reset', now);
    await repositories.tokens.markUsed(token.id, now.toISOString());
    await repositories.users.update(user.id, {
      passwordHash,
      passwordChangedAt: now.toISOString(),
    });
    await repositories.sessions.deleteForUser(user.id);
    await repositories.loginThrottle.clear(loginThrottleKey(user.email));
    await recordAudit(
      repositories,
      now,
      {
        userId: user.id,
        municipalityId: user.municipalityId,
        organisationId: user.organisationId,
        roles: user.roles,
      },
      { action: 'auth.password_reset', entityType: 'user', entityId: user.id },
    );
  });
}
