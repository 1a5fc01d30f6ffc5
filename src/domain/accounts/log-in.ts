import { recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { loginThrottleKey } from './login-throttle.js';
import { isPasswordCorrect } from './password.js';
import { reservePasswordCheck } from './reserve-password-check.js';
import { actorOf } from './session-user.js';
import { startSession, type StartedSession } from './start-session.js';
import { normaliseEmail, providerOnlyPasswordHash, userStatus, type User } from './user.js';
import { breakGlassAuditAction } from '../sign-in/get-sign-in-settings.js';
import {
  defaultSignInPolicy,
  isSecondFactorRequiredFor,
  type PendingStep,
} from '../sign-in/sign-in.js';

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
  const storedHash =
    isUsable && user.passwordHash !== providerOnlyPasswordHash ? user.passwordHash : null;
  const isCorrect = await isPasswordCorrect(input.password, storedHash);

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

  const policy =
    (await store.signIn.findPolicy(user.municipalityId)) ??
    defaultSignInPolicy(user.municipalityId);
  const isBreakGlass = policy.breakGlassUserId === user.id;
  if (policy.isPasswordSignInDisabled && !isBreakGlass) {
    await store.transaction(async (repositories) => {
      await repositories.loginThrottle.clear(throttleKey);
      await recordAudit(
        repositories,
        now,
        { userId: null, municipalityId: user.municipalityId, organisationId: null, roles: [] },
        {
          action: 'auth.login',
          entityType: 'user',
          entityId: user.id,
          outcome: 'denied',
          details: { reason: 'password_sign_in_disabled' },
        },
      );
    });
    throw new DomainError(
      'PASSWORD_SIGN_IN_DISABLED',
      "Sign in with your organisation's account: passwords are switched off here.",
    );
  }
  const secondFactor = await store.signIn.findSecondFactor(user.id);
  // Whoever has enrolled a second factor always needs it; whoever must have one and has
  // none gets a session that can do nothing but enrol (issue 17).
  const pendingStep: PendingStep | null = secondFactor?.confirmedAt
    ? 'verify_second_factor'
    : isBreakGlass || isSecondFactorRequiredFor(policy, user.roles)
      ? 'enrol_second_factor'
      : null;

  return store.transaction(async (repositories) => {
    await repositories.loginThrottle.clear(throttleKey);
    const started = await startSession(deps, repositories, user.id, now, { pendingStep });
    const actor = actorOf(started.context);
    await recordAudit(repositories, now, actor, {
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
      ...(pendingStep ? { details: { pendingStep } } : {}),
    });
    // Every password sign-in of the break-glass admin is shown to the other admins.
    if (isBreakGlass) {
      await recordAudit(repositories, now, actor, {
        action: breakGlassAuditAction,
        entityType: 'user',
        entityId: user.id,
      });
    }
    return started;
  });
}
