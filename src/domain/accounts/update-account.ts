import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import type { SessionContext } from './session.js';
import { sessionUserOf, type SessionUser } from './session-user.js';
import type { Locale } from './user.js';

export interface UpdateAccountInput {
  locale?: Locale | undefined;
  displayName?: string | undefined;
}

/** The signed-in user's own preferences: language and name. */
export async function updateAccount(
  deps: Deps,
  context: SessionContext,
  input: UpdateAccountInput,
): Promise<SessionUser> {
  await deps.store.users.update(context.user.id, {
    ...(input.locale ? { locale: input.locale } : {}),
    ...(input.displayName ? { displayName: input.displayName.trim() } : {}),
  });
  const user = await deps.store.users.findById(context.municipality.id, context.user.id);
  if (!user) throw notFound('user');
  return sessionUserOf({ ...context, user });
}
