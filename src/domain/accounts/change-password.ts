import { recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { loginThrottleKey } from './login-throttle.js';
import { assertPasswordAcceptable, hashPassword, isPasswordCorrect } from './password.js';
import { reservePasswordCheck } from './reserve-password-check.js';
import type { SessionContext } from './session.js';
import { actorOf } from './session-user.js';

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

/** Changes the signed-in user's password and ends their other sessions. */
export async function changePassword(
  deps: Deps,
  context: SessionContext,
  input: ChangePasswordInput,
): Promise<void> {
  const now = deps.clock();
  const { user } = context;
  // A stolen session must not become a way round the login lockout: the current password
  // is checked under the same throttle as logging in.
  const throttleKey = loginThrottleKey(user.email);
  const reservation = await reservePasswordCheck(deps, throttleKey, now);
  const isCorrect =
    reservation.isAllowed && (await isPasswordCorrect(input.currentPassword, user.passwordHash));
  if (!isCorrect) {
    await deps.store.transaction((repositories) =>
      recordAudit(repositories, now, actorOf(context), {
        action: 'auth.password_change',
        entityType: 'user',
        entityId: user.id,
        outcome: reservation.isAllowed ? 'failure' : 'denied',
        details: reservation.isAllowed
          ? { reason: 'wrong_current_password' }
          : { reason: 'locked', retryAfterSeconds: reservation.retryAfterSeconds },
      }),
    );
    if (!reservation.isAllowed) {
      throw new DomainError(
        'AUTH_TOO_MANY_ATTEMPTS',
        'Too many failed attempts. Try again later.',
        {
          retryAfterSeconds: reservation.retryAfterSeconds,
        },
      );
    }
    throw new DomainError('AUTH_INVALID_CREDENTIALS', 'The current password is wrong.');
  }
  assertPasswordAcceptable(input.newPassword, { email: user.email, displayName: user.displayName });
  const passwordHash = await hashPassword(input.newPassword);
  await deps.store.transaction(async (repositories) => {
    await repositories.users.update(user.id, {
      passwordHash,
      passwordChangedAt: now.toISOString(),
    });
    await repositories.sessions.deleteForUser(user.id, context.session.id);
    await repositories.loginThrottle.clear(throttleKey);
    await recordAudit(repositories, now, actorOf(context), {
      action: 'auth.password_change',
      entityType: 'user',
      entityId: user.id,
    });
  });
}
