import { recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { deliverLink, issueLink } from './issue-link.js';
import { normaliseEmail, userStatus } from './user.js';

/**
 * At most one link per account in this time: the form cannot flood its holder with mail, nor
 * keep expiring the link they were just sent (each new link expires the one before).
 */
export const passwordResetIntervalMinutes = 5;

/**
 * "Forgot my password": e-mails a reset link to an active account. The caller always gets
 * the same answer, so the form cannot be used to find out who has an account: the route
 * answers before calling this, so neither the lookup nor the mail shows in its timing.
 * Without an SMTP server nothing can be sent; an admin creates the link instead. Within
 * passwordResetIntervalMinutes of the last link nothing new is issued either.
 */
export async function requestPasswordReset(deps: Deps, emailInput: string): Promise<void> {
  const now = deps.clock();
  const user = await deps.store.users.findByEmail(normaliseEmail(emailInput));
  if (!user || userStatus(user) !== 'active' || !deps.mailer) return;
  const municipality = await deps.store.municipalities.findById(user.municipalityId);
  const issued = await deps.store.transaction(async (repositories) => {
    // Requests at once for one account take turns, so the rate holds under concurrency too.
    await repositories.users.lockForUpdate(user.id);
    const latest = await repositories.tokens.latestIssuedAt(user.id, 'password_reset');
    const earliestNext = now.getTime() - passwordResetIntervalMinutes * 60_000;
    if (latest !== null && new Date(latest).getTime() > earliestNext) return null;
    const issued = await issueLink(deps, repositories, user, 'password_reset', null, now);
    await recordAudit(
      repositories,
      now,
      { userId: null, municipalityId: user.municipalityId, organisationId: null, roles: [] },
      {
        action: 'auth.password_reset_request',
        entityType: 'user',
        entityId: user.id,
        details: { via: 'email' },
      },
    );
    return issued;
  });
  if (issued === null) return;
  await deliverLink(deps, user, municipality?.name ?? '', 'password_reset', issued);
}
