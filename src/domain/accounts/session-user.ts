import type { Actor } from '../access/actor.js';
import type { Role } from '../access/roles.js';
import type { SessionContext } from './session.js';
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
}

export function sessionUserOf(context: Omit<SessionContext, 'session'>): SessionUser {
  const { user, organisation, municipality } = context;
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
    locale: user.locale,
    organisation: { id: organisation.id, name: organisation.name },
    municipality: { id: municipality.id, code: municipality.code, name: municipality.name },
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
