import { describe, expect, it } from 'vitest';
import { countLoginAttempt, secondsUntilUnlocked } from './login-throttle.js';

const settings = { loginMaxAttempts: 3, loginLockoutMinutes: 15 };
const at = (minute: number) => new Date(Date.UTC(2026, 10, 27, 9, minute));

describe('countLoginAttempt', () => {
  it('locks the address on the attempt that reaches the limit', () => {
    let throttle = countLoginAttempt(null, 'key', at(0), settings);
    throttle = countLoginAttempt(throttle, 'key', at(1), settings);
    expect(secondsUntilUnlocked(throttle, at(1))).toBeNull();
    throttle = countLoginAttempt(throttle, 'key', at(2), settings);
    expect(secondsUntilUnlocked(throttle, at(2))).toBe(15 * 60);
    expect(secondsUntilUnlocked(throttle, at(16))).toBe(60);
    expect(secondsUntilUnlocked(throttle, at(17))).toBeNull();
  });

  it('forgets failures older than the lockout window', () => {
    let throttle = countLoginAttempt(null, 'key', at(0), settings);
    throttle = countLoginAttempt(throttle, 'key', at(1), settings);
    throttle = countLoginAttempt(throttle, 'key', at(30), settings);
    expect(throttle.failureCount).toBe(1);
    expect(throttle.lockedUntil).toBeNull();
  });

  it('counts afresh after a lockout has run out', () => {
    let throttle = countLoginAttempt(null, 'key', at(0), settings);
    throttle = countLoginAttempt(throttle, 'key', at(0), settings);
    throttle = countLoginAttempt(throttle, 'key', at(0), settings);
    throttle = countLoginAttempt(throttle, 'key', at(20), settings);
    expect(throttle).toMatchObject({ failureCount: 1, lockedUntil: null });
  });
});
