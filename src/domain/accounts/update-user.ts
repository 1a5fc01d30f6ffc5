import type { Actor } from '../access/actor.js';
import type { Role } from '../access/roles.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import { assertAnotherAdminRemains } from './admin-guards.js';
import { viewUser, type UserView } from './user-view.js';

interface UpdateUserInput {
  displayName?: string | undefined;
  roles?: Role[] | undefined;
}

/** An admin changes another account's name or roles. Roles take effect at the next request. */
export async function updateUser(
  deps: Deps,
  actor: Actor,
  userId: string,
  input: UpdateUserInput,
): Promise<UserView> {
  await authorize(deps, actor, 'user.manage', 'user.update');
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const user = await repositories.users.findById(actor.municipalityId, userId);
    if (!user) throw notFound('user');
    const roles = input.roles ? [...new Set(input.roles)] : undefined;
    if (roles && !roles.includes('admin')) await assertAnotherAdminRemains(repositories, user);
    await repositories.users.update(user.id, {
      ...(input.displayName ? { displayName: input.displayName.trim() } : {}),
      ...(roles ? { roles } : {}),
    });
    await recordAudit(repositories, now, actor, {
      action: 'user.update',
      entityType: 'user',
      entityId: user.id,
      details: { ...(roles ? { roles } : {}), isNameChanged: input.displayName !== undefined },
    });
    const updated = await repositories.users.findById(actor.municipalityId, user.id);
    if (!updated) throw notFound('user');
    return viewUser(repositories, updated);
  });
}
