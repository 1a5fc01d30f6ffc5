import { recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { assertPasswordAcceptable, hashPassword, isPasswordCorrect } from './password.js';
import type { SessionContext } from './session.js';
import { actorOf } from './session-user.js';

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

/** Changes the signed-in user's password and ends their other sessions. */
export async function changePassword(
  deps: Deps,
  context: SessionContext,
  input: ChangePasswordInput,
): Promise<void> {
  const now = deps.clock();
  const { user } = context;
  if (!(await isPasswordCorrect(input.currentPassword, user.passwordHash))) {
    await deps.store.transaction((repositories) =>
      recordAudit(repositories, now, actorOf(context), {
        action: 'auth.password_change',
        entityType: 'user',
        entityId: user.id,
        outcome: 'failure',
        details: { reason: 'wrong_current_password' },
      }),
    );
    throw new DomainError('AUTH_INVALID_CREDENTIALS', 'The current password is wrong.');
  }
  assertPasswordAcceptable(input.newPassword, { email: user.email, displayName: user.displayName });
  const passwordHash = await hashPassword(input.newPassword);
  await deps.store.transaction(async (repositories) => {
    await repositories.users.update(user.id, {
      passwordHash,
      passwordChangedAt: now.toISOString(),
    });
    await repositories.sessions.deleteForUser(user.id, context.session.id);
    await recordAudit(repositories, now, actorOf(context), {
      action: 'auth.password_change',
      entityType: 'user',
      entityId: user.id,
    });
  });
}
