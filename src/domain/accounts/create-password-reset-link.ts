import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError, notFound } from '../errors.js';
import { isListedInstallationAdminEmail } from './installation-admin.js';
import { deliverLink, issueLink, type DeliveredLink } from './issue-link.js';
import { userStatus } from './user.js';

/**
 * An admin creates a password link for a user: a reset link for an active account, a fresh
 * invitation for one still invited. E-mailed when SMTP is configured, otherwise returned.
 * Never for an installation admin's account (see isInstallationAdmin).
 */
export async function createPasswordResetLink(
  deps: Deps,
  actor: Actor,
  userId: string,
): Promise<DeliveredLink> {
  await authorize(deps, actor, 'user.manage', 'user.password_link');
  const now = deps.clock();
  const { user, issued, purpose, municipalityName } = await deps.store.transaction(
    async (repositories) => {
      const user = await repositories.users.findById(actor.municipalityId, userId);
      if (!user || user.disabledAt !== null) throw notFound('user');
      // Whoever chose the password of an installation admin's account would hold the whole
      // installation: its links come from the command line or its holder's own mailbox only.
      if (isListedInstallationAdminEmail(deps, user.email)) {
        throw new DomainError(
          'INSTALLATION_ADMIN_ACCOUNT',
          "An installation admin's account gets links only from the command line or by its holder's own request.",
        );
      }
      const municipality = await repositories.municipalities.findById(actor.municipalityId);
      const purpose =
        userStatus(user) === 'invited' ? ('invitation' as const) : ('password_reset' as const);
      const issued = await issueLink(deps, repositories, user, purpose, actor.userId, now);
      await recordAudit(repositories, now, actor, {
        action: 'user.password_link',
        entityType: 'user',
        entityId: user.id,
        details: { purpose },
      });
      return { user, issued, purpose, municipalityName: municipality?.name ?? '' };
    },
  );
  return deliverLink(deps, user, municipalityName, purpose, issued);
}
