import type { Actor } from '../access/actor.js';
import { auditRead } from '../audit/audit-read.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { UserFilter } from './user.js';
import { viewUsers, type UserView } from './user-view.js';

export async function listUsers(deps: Deps, actor: Actor, filter: UserFilter): Promise<UserView[]> {
  await authorize(deps, actor, 'user.list', 'user.list');
  const users = await viewUsers(
    deps.store,
    actor.municipalityId,
    await deps.store.users.list(actor.municipalityId, filter),
  );
  // Names and e-mail addresses: every listing is recorded (issue 20).
  await auditRead(deps, actor, {
    action: 'user.list',
    entityType: 'user',
    ids: users.map((user) => user.id),
  });
  return users;
}
