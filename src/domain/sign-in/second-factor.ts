import { createHash, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/** RFC 6238 as every authenticator app reads it: SHA-1, six digits, 30 seconds. */
const periodSeconds = 30;
const recoveryCodeCount = 10;

function totpOf(secretBase32: string, label = 'Tryggve'): TOTP {
  return new TOTP({
    issuer: 'Tryggve',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: periodSeconds,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new 160-bit TOTP seed, in base32 as authenticator apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI a QR code carries. */
export function totpUri(secretBase32: string, accountName: string): string {
  return totpOf(secretBase32, accountName).toString();
}

/** The code for `now`: the test support and the demo use it; the server only checks codes. */
export function totpCode(secretBase32: string, now: Date): string {
  return totpOf(secretBase32).generate({ timestamp: now.getTime() });
}

/**
 * The 30-second step a code is valid for at `now` (one step either side is tolerated for
 * clock drift), or null when it is wrong. The caller records the step, so a code is used once.
 */
export function acceptedTotpStep(secretBase32: string, code: string, now: Date): number | null {
  const normalised = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(normalised)) return null;
  const delta = totpOf(secretBase32).validate({
    token: normalised,
    timestamp: now.getTime(),
    window: 1,
  });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / periodSeconds) + delta;
}

function normaliseRecoveryCode(code: string): string {
  return code.replace(/[\s-]+/g, '').toLowerCase();
}

export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(normaliseRecoveryCode(code), 'utf8').digest('hex');
}

/** Ten one-time recovery codes (80 bits each, "xxxx-xxxx-xxxx-xxxx"), shown once. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: recoveryCodeCount }, () => {
    const hex = randomBytes(8).toString('hex');
    return hex.match(/.{4}/g)!.join('-');
  });
}

/** Whether the input looks like a recovery code rather than a six-digit TOTP code. */
export function isRecoveryCodeShaped(code: string): boolean {
  return normaliseRecoveryCode(code).length === 16;
}
