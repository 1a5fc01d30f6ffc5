import type { Actor } from '../access/actor.js';
import type { Repositories } from '../deps.js';
import { DomainError } from '../errors.js';
import type { User } from './user.js';

/**
 * Refuses a change that would leave the municipality without an active admin: nobody could
 * then manage accounts except from the command line.
 */
export async function assertAnotherAdminRemains(
  repositories: Repositories,
  user: User,
): Promise<void> {
  if (!user.roles.includes('admin') || user.disabledAt !== null) return;
  await repositories.municipalities.lockAdministration(user.municipalityId);
  if ((await repositories.users.countActiveAdmins(user.municipalityId)) <= 1) {
    throw new DomainError(
      'LAST_ADMIN',
      'This is the last active administrator; appoint another first.',
    );
  }
}

export function assertNotSelf(actor: Actor, userId: string): void {
  if (actor.userId === userId) {
    throw new DomainError('CANNOT_DISABLE_SELF', 'You cannot do this to your own account.');
  }
}
