import { recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { loginThrottleKey } from './login-throttle.js';
import { isPasswordCorrect } from './password.js';
import { reservePasswordCheck } from './reserve-password-check.js';
import { actorOf } from './session-user.js';
import { startSession, type StartedSession } from './start-session.js';
import { normaliseEmail, userStatus, type User } from './user.js';

interface LogInInput {
  email: string;
  password: string;
}

const invalidCredentials = () =>
  new DomainError('AUTH_INVALID_CREDENTIALS', 'The e-mail address or the password is wrong.');

function failureReason(user: User | null, isUsable: boolean): string {
  if (!user) return 'unknown_account';
  return isUsable ? 'wrong_password' : 'account_not_usable';
}

/**
 * Signs a user in with e-mail and password. Unknown, invited and disabled accounts get the
 * same answer as a wrong password, after the same work. Every attempt is counted before its
 * password is checked, and reaching the limit locks the address (known or not) for a while,
 * so at most that many passwords are checked per window however many guesses run at once.
 */
export async function logIn(deps: Deps, input: LogInInput): Promise<StartedSession> {
  const now = deps.clock();
  const email = normaliseEmail(input.email);
  const throttleKey = loginThrottleKey(email);
  const { store } = deps;

  const reservation = await reservePasswordCheck(deps, throttleKey, now);
  if (!reservation.isAllowed) {
    const { retryAfterSeconds } = reservation;
    // Guessing during a lockout is refused without checking the password, but not unseen.
    const locked = await store.users.findByEmail(email);
    await store.transaction((repositories) =>
      recordAudit(
        repositories,
        now,
        locked
          ? { userId: null, municipalityId: locked.municipalityId, organisationId: null, roles: [] }
          : null,
        {
          action: 'auth.login',
          entityType: 'user',
          entityId: locked?.id ?? null,
          outcome: 'denied',
          details: { reason: 'locked', retryAfterSeconds },
        },
      ),
    );
    throw new DomainError('AUTH_TOO_MANY_ATTEMPTS', 'Too many failed attempts. Try again later.', {
      retryAfterSeconds,
    });
  }

  const user = await store.users.findByEmail(email);
  const organisation = user
    ? await store.organisations.findById(user.municipalityId, user.organisationId)
    : null;
  const isUsable =
    user !== null && userStatus(user) === 'active' && organisation?.disabledAt === null;
  const isCorrect = await isPasswordCorrect(input.password, isUsable ? user.passwordHash : null);

  if (!isUsable || !isCorrect) {
    await store.transaction(async (repositories) => {
      const actor = user
        ? { userId: null, municipalityId: user.municipalityId, organisationId: null, roles: [] }
        : null;
      await recordAudit(repositories, now, actor, {
        action: 'auth.login',
        entityType: 'user',
        entityId: user?.id ?? null,
        outcome: 'failure',
        details: {
          reason: failureReason(user, isUsable),
          isLocked: reservation.throttle.lockedUntil !== null,
        },
      });
    });
    throw invalidCredentials();
  }

  return store.transaction(async (repositories) => {
    await repositories.loginThrottle.clear(throttleKey);
    const started = await startSession(deps, repositories, user.id, now);
    await recordAudit(repositories, now, actorOf(started.context), {
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
    });
    return started;
  });
}
