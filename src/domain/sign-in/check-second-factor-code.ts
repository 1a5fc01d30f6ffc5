import { createHash } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { reservePasswordCheck } from '../accounts/reserve-password-check.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { openSecret } from './secret-box.js';
import { acceptedTotpStep, hashRecoveryCode, isRecoveryCodeShaped } from './second-factor.js';
import type { SecondFactor } from './sign-in.js';
import { secondFactorSecretContext, secretsKeyOf } from './sign-in-secrets.js';

/** The throttle key of a user's second factor: its own, apart from the password's. */
export function secondFactorThrottleKey(userId: string): string {
  return createHash('sha256').update(`second-factor:${userId}`, 'utf8').digest('hex');
}

/**
 * Checks a TOTP code (or, when `isRecoveryAllowed`, a one-time recovery code) against the
 * user's second factor, under the same lockout rules as passwords: every check is counted
 * first, and the limit locks further checks for the lockout period. An accepted code's step
 * is recorded so that the same code is never accepted twice; a recovery code is used up.
 * Refusals are audited; SECOND_FACTOR_INVALID names no reason.
 */
export async function checkSecondFactorCode(
  deps: Deps,
  actor: Actor,
  secondFactor: SecondFactor,
  code: string,
  isRecoveryAllowed: boolean,
): Promise<'totp' | 'recovery_code'> {
  const now = deps.clock();
  const userId = secondFactor.userId;
  const throttleKey = secondFactorThrottleKey(userId);
  const reservation = await reservePasswordCheck(deps, throttleKey, now);
  const fail = async (reason: string) => {
    await deps.store.transaction((repositories) =>
      recordAudit(repositories, now, actor, {
        action: 'auth.second_factor',
        entityType: 'user',
        entityId: userId,
        outcome: 'failure',
        details: { reason },
      }),
    );
  };
  if (!reservation.isAllowed) {
    await fail('locked');
    throw new DomainError('AUTH_TOO_MANY_ATTEMPTS', 'Too many failed attempts. Try again later.', {
      retryAfterSeconds: reservation.retryAfterSeconds,
    });
  }
  let method: 'totp' | 'recovery_code' | null = null;
  if (isRecoveryAllowed && isRecoveryCodeShaped(code)) {
    if (await deps.store.signIn.useRecoveryCode(userId, hashRecoveryCode(code))) {
      method = 'recovery_code';
    }
  } else {
    const secret = openSecret(
      secretsKeyOf(deps),
      secondFactor.secretEncrypted,
      secondFactorSecretContext(userId),
    );
    const step = acceptedTotpStep(secret, code, now);
    if (step !== null && (await deps.store.signIn.claimStep(userId, step))) method = 'totp';
  }
  if (method === null) {
    await fail('wrong_code');
    throw new DomainError('SECOND_FACTOR_INVALID', 'The code is wrong or has been used.');
  }
  await deps.store.loginThrottle.clear(throttleKey);
  return method;
}
