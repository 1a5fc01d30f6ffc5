import { createHash } from 'node:crypto';
import type { LoginThrottle } from './one-time-token.js';

interface ThrottleSettings {
  loginMaxAttempts: number;
  loginLockoutMinutes: number;
}

/** The throttle's key: a hash of the normalised address, so no address is stored in clear. */
export function loginThrottleKey(normalisedEmail: string): string {
  return createHash('sha256').update(normalisedEmail, 'utf8').digest('hex');
}

/** Seconds until the address may try again, or null when it may try now. */
export function secondsUntilUnlocked(throttle: LoginThrottle | null, now: Date): number | null {
  if (!throttle?.lockedUntil) return null;
  const remaining = new Date(throttle.lockedUntil).getTime() - now.getTime();
  return remaining > 0 ? Math.ceil(remaining / 1000) : null;
}

/**
 * Counts one more password check. Checks older than the lockout window are forgotten; the
 * check that reaches the limit locks the address for the lockout period (it is itself still
 * made: the limit is the number of passwords checked per window).
 */
export function countLoginAttempt(
  current: LoginThrottle | null,
  key: string,
  now: Date,
  settings: ThrottleSettings,
): LoginThrottle {
  const windowMs = settings.loginLockoutMinutes * 60_000;
  const isStale =
    !current ||
    (secondsUntilUnlocked(current, now) === null &&
      (current.lockedUntil !== null ||
        now.getTime() - new Date(current.updatedAt).getTime() > windowMs));
  const failureCount = (isStale ? 0 : current.failureCount) + 1;
  const isLocking = failureCount >= settings.loginMaxAttempts;
  return {
    key,
    failureCount: isLocking ? 0 : failureCount,
    lockedUntil: isLocking ? new Date(now.getTime() + windowMs).toISOString() : null,
    updatedAt: now.toISOString(),
  };
}

export type LoginAttemptReservation =
  { isAllowed: true; throttle: LoginThrottle } | { isAllowed: false; retryAfterSeconds: number };

/**
 * Decides whether one more password may be checked for this key, and counts it if so. The
 * attempt is counted before the password is checked, so parallel guesses cannot all pass
 * the check while the count still says "not yet locked".
 */
export function reserveLoginAttempt(
  current: LoginThrottle,
  now: Date,
  settings: ThrottleSettings,
): LoginAttemptReservation {
  const retryAfterSeconds = secondsUntilUnlocked(current, now);
  if (retryAfterSeconds !== null) return { isAllowed: false, retryAfterSeconds };
  return { isAllowed: true, throttle: countLoginAttempt(current, current.key, now, settings) };
}
