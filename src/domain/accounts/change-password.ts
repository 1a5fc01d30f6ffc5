import { recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { loginThrottleKey } from './login-throttle.js';
import { assertPasswordAcceptable, hashPassword, isPasswordCorrect } from './password.js';
import { reservePasswordCheck } from './reserve-password-check.js';
import type { SessionContext } from './session.js';
import { actorOf } from './session-user.js';
import { startSession, type StartedSession } from './start-session.js';

interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

/**
 * Changes the signed-in user's password, ends every other session of theirs, and renews the
 * current one: a new session token and CSRF token, so whatever knew the old ones (a stolen
 * cookie, the very reason to change a password) is out.
 */
export async function changePassword(
  deps: Deps,
  context: SessionContext,
  input: ChangePasswordInput,
): Promise<StartedSession> {
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
  return deps.store.transaction(async (repositories) => {
    await repositories.users.update(user.id, {
      passwordHash,
      passwordChangedAt: now.toISOString(),
    });
    await repositories.sessions.deleteForUser(user.id);
    await repositories.loginThrottle.clear(throttleKey);
    const renewed = await startSession(deps, repositories, user.id, now);
    await recordAudit(repositories, now, actorOf(context), {
      action: 'auth.password_change',
      entityType: 'user',
      entityId: user.id,
    });
    return renewed;
  });
}
