import type { Role } from '../access/roles.js';
import type { Repositories } from '../deps.js';
import { userStatus, type Locale, type User, type UserStatus } from './user.js';

/** A user as an admin sees them: with the organisation's name, without the password hash. */
export interface UserView {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  locale: Locale;
  organisation: { id: string; name: string };
  status: UserStatus;
  lastLoginAt: string | null;
  createdAt: string;
}

export async function viewUsers(
  repositories: Repositories,
  municipalityId: string,
  users: User[],
): Promise<UserView[]> {
  const names = new Map(
    (await repositories.organisations.list(municipalityId)).map((organisation) => [
      organisation.id,
      organisation.name,
    ]),
  );
  return users.map((user) => ({
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
    locale: user.locale,
    organisation: { id: user.organisationId, name: names.get(user.organisationId) ?? '' },
    status: userStatus(user),
    lastLoginAt: user.lastLoginAt,
    createdAt: user.createdAt,
  }));
}

export async function viewUser(repositories: Repositories, user: User): Promise<UserView> {
  const [view] = await viewUsers(repositories, user.municipalityId, [user]);
  if (!view) throw new Error('A user could not be viewed.');
  return view;
}
