import type { Actor } from '../access/actor.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { UserFilter } from './user.js';
import { viewUsers, type UserView } from './user-view.js';

export async function listUsers(deps: Deps, actor: Actor, filter: UserFilter): Promise<UserView[]> {
  await authorize(deps, actor, 'user.list', 'user.list');
  return viewUsers(
    deps.store,
    actor.municipalityId,
    await deps.store.users.list(actor.municipalityId, filter),
  );
}
