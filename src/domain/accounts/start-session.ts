import type { Deps, Repositories } from '../deps.js';
import { hashToken, newSecretToken, type SessionContext } from './session.js';

export interface StartedSession {
  /** The secret for the session cookie; only its hash is stored. */
  sessionToken: string;
  csrfToken: string;
  context: SessionContext;
}

/** Opens a session for a user who has just proved who they are. */
export async function startSession(
  deps: Deps,
  repositories: Repositories,
  userId: string,
  now: Date,
): Promise<StartedSession> {
  const sessionToken = newSecretToken();
  const csrfToken = newSecretToken();
  const session = {
    id: hashToken(sessionToken),
    userId,
    csrfToken,
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + deps.settings.sessionMaxHours * 3_600_000).toISOString(),
  };
  await repositories.sessions.create(session);
  await repositories.users.update(userId, { lastLoginAt: now.toISOString() });
  const context = await repositories.sessions.findContext(session.id);
  if (!context) throw new Error('A session just created could not be read back.');
  return { sessionToken, csrfToken, context };
}
