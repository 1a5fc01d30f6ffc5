import { recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { SessionContext } from './session.js';
import { actorOf } from './session-user.js';

export async function logOut(deps: Deps, context: SessionContext): Promise<void> {
  await deps.store.transaction(async (repositories) => {
    await repositories.sessions.delete(context.session.id);
    await recordAudit(repositories, deps.clock(), actorOf(context), {
      action: 'auth.logout',
      entityType: 'user',
      entityId: context.user.id,
    });
  });
}
