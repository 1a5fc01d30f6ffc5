import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import { assertAnotherAdminRemains, assertNotSelf } from './admin-guards.js';
import { viewUser, type UserView } from './user-view.js';

/**
 * Disables an account (its sessions end at once; history stays) or enables it again.
 * Accounts are never deleted here: what they did must stay attributable.
 */
export async function setUserDisabled(
  deps: Deps,
  actor: Actor,
  userId: string,
  isDisabled: boolean,
): Promise<UserView> {
  const action = isDisabled ? 'user.disable' : 'user.enable';
  await authorize(deps, actor, 'user.manage', action);
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const user = await repositories.users.findById(actor.municipalityId, userId);
    if (!user) throw notFound('user');
    if (isDisabled) {
      assertNotSelf(actor, user.id);
      await assertAnotherAdminRemains(repositories, user);
      await repositories.sessions.deleteForUser(user.id);
    }
    const disabledAt = isDisabled ? (user.disabledAt ?? now.toISOString()) : null;
    await repositories.users.update(user.id, { disabledAt });
    await recordAudit(repositories, now, actor, { action, entityType: 'user', entityId: user.id });
    return viewUser(repositories, { ...user, disabledAt });
  });
}
