import type { Deps } from '../deps.js';
import { hashToken, isSessionLive, type SessionContext } from './session.js';
import { userStatus } from './user.js';

/** How stale `last_seen_at` may get before a request refreshes it: saves a write per request. */
const touchIntervalMs = 60_000;

/**
 * The session behind a cookie's token, or null when there is none, it has expired, or its
 * user or organisation has been disabled since. A dead session is removed.
 */
export async function resolveSession(
  deps: Deps,
  sessionToken: string,
): Promise<SessionContext | null> {
  const now = deps.clock();
  const id = hashToken(sessionToken);
  const context = await deps.store.sessions.findContext(id);
  if (!context) return null;
  const isUsable =
    isSessionLive(context.session, now, deps.settings.sessionIdleMinutes) &&
    userStatus(context.user) === 'active' &&
    context.organisation.disabledAt === null;
  if (!isUsable) {
    await deps.store.sessions.delete(id);
    return null;
  }
  if (now.getTime() - new Date(context.session.lastSeenAt).getTime() > touchIntervalMs) {
    await deps.store.sessions.touch(id, now.toISOString());
  }
  return context;
}
