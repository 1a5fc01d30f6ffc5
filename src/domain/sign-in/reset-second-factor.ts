import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';

/**
 * An admin removes a user's second factor (a lost phone and lost recovery codes): the user
 * enrols again at their next sign-in, and every session of theirs ends now. Audited.
 */
export async function resetSecondFactor(deps: Deps, actor: Actor, userId: string): Promise<void> {
  await authorize(deps, actor, 'sign_in.manage', 'second_factor.reset');
  const user = await deps.store.users.findById(actor.municipalityId, userId);
  if (!user) throw notFound('user');
  const now = deps.clock();
  await deps.store.transaction(async (repositories) => {
    await repositories.signIn.deleteSecondFactor(user.id);
    await repositories.sessions.deleteForUser(user.id);
    await recordAudit(repositories, now, actor, {
      action: 'second_factor.reset',
      entityType: 'user',
      entityId: user.id,
    });
  });
}
