import { recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import type { SessionContext } from './session.js';
import { actorOf, sessionUserOf, type SessionUser } from './session-user.js';
import type { Locale } from './user.js';

interface UpdateAccountInput {
  locale?: Locale | undefined;
  displayName?: string | undefined;
}

/** The signed-in user's own preferences: language and name. A change of name is logged. */
export async function updateAccount(
  deps: Deps,
  context: SessionContext,
  input: UpdateAccountInput,
): Promise<SessionUser> {
  return deps.store.transaction(async (repositories) => {
    const displayName = input.displayName?.trim();
    await repositories.users.update(context.user.id, {
      ...(input.locale ? { locale: input.locale } : {}),
      ...(displayName ? { displayName } : {}),
    });
    if (displayName && displayName !== context.user.displayName) {
      await recordAudit(repositories, deps.clock(), actorOf(context), {
        action: 'account.update',
        entityType: 'user',
        entityId: context.user.id,
        details: { isNameChanged: true },
      });
    }
    const user = await repositories.users.findById(context.municipality.id, context.user.id);
    if (!user) throw notFound('user');
    return sessionUserOf({ ...context, user });
  });
}
