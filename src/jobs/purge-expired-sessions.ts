import type { Deps } from '../domain/deps.js';

/** Removes sessions past their absolute expiry or idle limit. Runs hourly in the server. */
export async function purgeExpiredSessions(deps: Deps): Promise<number> {
  const now = deps.clock();
  const idleSince = new Date(now.getTime() - deps.settings.sessionIdleMinutes * 60_000);
  return deps.store.sessions.deleteExpired(now.toISOString(), idleSince.toISOString());
}
