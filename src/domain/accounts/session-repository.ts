import type { Session, SessionContext } from './session.js';

export interface SessionRepository {
  create(session: Session): Promise<void>;
  findContext(id: string): Promise<SessionContext | null>;
  touch(id: string, lastSeenAt: string): Promise<void>;
  delete(id: string): Promise<void>;
  /** Ends every session of a user, except the one given (the user's own, after a password change). */
  deleteForUser(userId: string, exceptId?: string): Promise<void>;
  deleteExpired(now: string, idleSince: string): Promise<number>;
}
