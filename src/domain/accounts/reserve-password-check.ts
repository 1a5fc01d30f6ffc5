import type { Deps } from '../deps.js';
import { reserveLoginAttempt, type LoginAttemptReservation } from './login-throttle.js';

/**
 * Reserves one password check for a throttle key, atomically: the key's row is locked while
 * the attempt is counted, so however many guesses arrive at once, at most the configured
 * number of passwords is checked per lockout window. Call it before checking the password.
 */
export function reservePasswordCheck(
  deps: Deps,
  throttleKey: string,
  now: Date,
): Promise<LoginAttemptReservation> {
  return deps.store.transaction(async (repositories) => {
    const current = await repositories.loginThrottle.findForUpdate(throttleKey, now.toISOString());
    const reservation = reserveLoginAttempt(current, now, deps.settings);
    if (reservation.isAllowed) await repositories.loginThrottle.save(reservation.throttle);
    return reservation;
  });
}
