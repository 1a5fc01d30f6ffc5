import type { Role } from '../access/roles.js';
import type { DeliveredLink } from './issue-link.js';
import type { Locale } from './user.js';
import type { UserView } from './user-view.js';

/** Who an admin (or the command line) invites: the account to make and its roles. */
export interface InviteUserInput {
  email: string;
  displayName: string;
  organisationId: string;
  roles: Role[];
  locale?: Locale;
}

/** The invited account as the inviter sees it, and how its link went out. */
export interface InvitedUser {
  user: UserView;
  invitation: DeliveredLink;
}
