import { recordAudit } from '../audit/record-audit.js';
import { actorOf } from '../accounts/session-user.js';
import type { SessionContext } from '../accounts/session.js';
import { startSession, type StartedSession } from '../accounts/start-session.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { checkSecondFactorCode } from './check-second-factor-code.js';

/**
 * The second step of a password sign-in: a TOTP code or a recovery code turns the session
 * that proved only the password into a full one (a new token, so the half-way one is gone).
 */
export async function verifySecondFactor(
  deps: Deps,
  context: SessionContext,
  code: string,
): Promise<StartedSession> {
  const userId = context.user.id;
  const secondFactor = await deps.store.signIn.findSecondFactor(userId);
  if (context.session.pendingStep !== 'verify_second_factor' || !secondFactor?.confirmedAt) {
    throw new DomainError('VALIDATION_FAILED', 'This session does not wait for a code.', {
      problems: [{ path: 'code', problem: 'not_pending' }],
    });
  }
  const method = await checkSecondFactorCode(deps, actorOf(context), secondFactor, code, true);
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    await repositories.sessions.delete(context.session.id);
    const started = await startSession(deps, repositories, userId, now, {
      signedInWith: context.session.signedInWith ?? 'password',
    });
    await recordAudit(repositories, now, actorOf(context), {
      action: 'auth.second_factor',
      entityType: 'user',
      entityId: userId,
      details: { method },
    });
    return started;
  });
}
