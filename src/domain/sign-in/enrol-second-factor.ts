import { recordAudit } from '../audit/record-audit.js';
import { actorOf } from '../accounts/session-user.js';
import type { SessionContext } from '../accounts/session.js';
import { startSession, type StartedSession } from '../accounts/start-session.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { checkSecondFactorCode } from './check-second-factor-code.js';
import { sealSecret } from './secret-box.js';
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpUri } from './second-factor.js';
import { secondFactorSecretContext, secretsKeyOf } from './sign-in-secrets.js';

const alreadyEnrolled = () =>
  new DomainError(
    'VALIDATION_FAILED',
    'A second factor is enrolled already; an admin can reset it.',
    {
      problems: [{ path: 'secondFactor', problem: 'already_enrolled' }],
    },
  );

/**
 * Starts enrolling a TOTP second factor: a new seed, sealed at rest, shown to the user once
 * (as text and as the otpauth:// URI of a QR code). Starting again replaces an unconfirmed one.
 */
export async function beginSecondFactorEnrolment(
  deps: Deps,
  context: SessionContext,
): Promise<{ secret: string; uri: string }> {
  const key = secretsKeyOf(deps);
  const userId = context.user.id;
  const existing = await deps.store.signIn.findSecondFactor(userId);
  if (existing?.confirmedAt) throw alreadyEnrolled();
  const secret = newTotpSecret();
  const now = deps.clock();
  await deps.store.transaction(async (repositories) => {
    await repositories.signIn.saveSecondFactor({
      userId,
      secretEncrypted: sealSecret(key, secret, secondFactorSecretContext(userId)),
      recoveryCodeHashes: [],
      lastUsedStep: null,
      confirmedAt: null,
      createdAt: now.toISOString(),
    });
    await recordAudit(repositories, now, actorOf(context), {
      action: 'second_factor.enrolment_start',
      entityType: 'user',
      entityId: userId,
    });
  });
  return { secret, uri: totpUri(secret, context.user.email) };
}

/**
 * Confirms the enrolment with a first code. The user gets ten recovery codes (shown once,
 * stored hashed), and a session limited to enrolment becomes a full one (a new token).
 */
export async function confirmSecondFactor(
  deps: Deps,
  context: SessionContext,
  code: string,
): Promise<{ recoveryCodes: string[]; renewed: StartedSession }> {
  const userId = context.user.id;
  const pending = await deps.store.signIn.findSecondFactor(userId);
  if (!pending) {
    throw new DomainError('VALIDATION_FAILED', 'Start the enrolment first.', {
      problems: [{ path: 'code', problem: 'no_enrolment' }],
    });
  }
  if (pending.confirmedAt) throw alreadyEnrolled();
  await checkSecondFactorCode(deps, actorOf(context), pending, code, false);
  const recoveryCodes = newRecoveryCodes();
  const now = deps.clock();
  const renewed = await deps.store.transaction(async (repositories) => {
    const current = await repositories.signIn.findSecondFactor(userId);
    await repositories.signIn.saveSecondFactor({
      ...pending,
      lastUsedStep: current?.lastUsedStep ?? pending.lastUsedStep,
      recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode),
      confirmedAt: now.toISOString(),
    });
    await repositories.sessions.delete(context.session.id);
    const started = await startSession(deps, repositories, userId, now, {
      signedInWith: context.session.signedInWith ?? 'password',
    });
    await recordAudit(repositories, now, actorOf(context), {
      action: 'second_factor.enrol',
      entityType: 'user',
      entityId: userId,
    });
    return started;
  });
  return { recoveryCodes, renewed };
}
