import type { Deps, Repositories } from '../deps.js';
import type { PendingStep } from '../sign-in/sign-in.js';
import { hashToken, newSecretToken, type SessionContext } from './session.js';

export interface StartedSession {
  /** The secret for the session cookie; only its hash is stored. */
  sessionToken: string;
  csrfToken: string;
  context: SessionContext;
}

/** How the user signed in, and what the session still lacks (issue 17). */
export interface SessionKind {
  pendingStep?: PendingStep | null;
  signedInWith?: 'password' | 'oidc';
  idTokenEncrypted?: string | null;
}

/** Opens a session for a user who has just proved who they are. */
export async function startSession(
  deps: Deps,
  repositories: Repositories,
  userId: string,
  now: Date,
  kind: SessionKind = {},
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
    pendingStep: kind.pendingStep ?? null,
    signedInWith: kind.signedInWith ?? 'password',
    idTokenEncrypted: kind.idTokenEncrypted ?? null,
  };
  await repositories.sessions.create(session);
  // A session that still lacks its second factor is not yet a sign-in.
  if (!kind.pendingStep) {
    await repositories.users.update(userId, { lastLoginAt: now.toISOString() });
  }
  const context = await repositories.sessions.findContext(session.id);
  if (!context) throw new Error('A session just created could not be read back.');
  return { sessionToken, csrfToken, context };
}
