import type { Actor } from '../access/actor.js';
import type { Role } from '../access/roles.js';
import type { PendingStep } from '../sign-in/sign-in.js';
import type { Session, SessionContext } from './session.js';
import type { Locale } from './user.js';

/** The signed-in user as the web app sees them. */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  locale: Locale;
  organisation: { id: string; name: string };
  municipality: { id: string; code: string; name: string };
  /** What the session still lacks before it may do anything else (issue 17); null: nothing. */
  pendingStep: PendingStep | null;
}

export function sessionUserOf(
  context: Omit<SessionContext, 'session'> & { session?: Session },
): SessionUser {
  const { user, organisation, municipality } = context;
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
    locale: user.locale,
    organisation: { id: organisation.id, name: organisation.name },
    municipality: { id: municipality.id, code: municipality.code, name: municipality.name },
    pendingStep: context.session?.pendingStep ?? null,
  };
}

export function actorOf(context: Omit<SessionContext, 'session'>): Actor {
  return {
    userId: context.user.id,
    municipalityId: context.municipality.id,
    organisationId: context.organisation.id,
    roles: context.user.roles,
  };
}
