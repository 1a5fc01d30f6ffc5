import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { invitedElsewhereEmail } from './account-emails.js';
import type { InvitedUser, InviteUserInput } from './invitation.js';
import { unusableLink } from './issue-link.js';
import type { User } from './user.js';
import { viewUser } from './user-view.js';
import { logFailure } from '../failure-log.js';

/**
 * An admin invites an address whose account belongs to another municipality. Refusing would
 * tell the admin that the account exists, so the admin gets the answer a fresh address gets
 * (an invited user, the invitation mailed, or a link to pass on that opens nothing), no
 * account is made, and the holder is told by mail instead. The attempt is audited in the
 * holder's municipality, where the account is, not in the admin's.
 *
 * Without a holder the address is reserved (an installation admin's, see inviteUser): the
 * same answer, nothing mailed, and the refusal audited in the admin's municipality.
 */
export async function inviteAddressInUse(
  deps: Deps,
  actor: Actor,
  input: InviteUserInput & { email: string },
  holder: User | null,
): Promise<InvitedUser> {
  const now = deps.clock();
  const invitingMunicipality = await deps.store.municipalities.findById(actor.municipalityId);
  const ownMunicipality = holder
    ? await deps.store.municipalities.findById(holder.municipalityId)
    : null;
  const lookalike: User = {
    id: randomUUID(),
    municipalityId: actor.municipalityId,
    organisationId: input.organisationId,
    email: input.email,
    displayName: input.displayName.trim(),
    locale: input.locale ?? 'sv',
    roles: [...new Set(input.roles)],
    passwordHash: null,
    passwordChangedAt: null,
    disabledAt: null,
    lastLoginAt: null,
    createdAt: now.toISOString(),
  };
  const view = await deps.store.transaction(async (repositories) => {
    if (holder) {
      await recordAudit(
        repositories,
        now,
        { userId: null, municipalityId: holder.municipalityId, organisationId: null, roles: [] },
        {
          action: 'user.create',
          entityType: 'user',
          entityId: holder.id,
          outcome: 'denied',
          details: { reason: 'address_in_use', invitingMunicipalityId: actor.municipalityId },
        },
      );
    } else {
      await recordAudit(repositories, now, actor, {
        action: 'user.create',
        entityType: 'user',
        entityId: null,
        outcome: 'denied',
        details: { reason: 'address_reserved' },
      });
    }
    return viewUser(repositories, lookalike);
  });
  const link = unusableLink(deps, 'invitation', now);
  const shownLink = { link: link.link, isEmailed: false, expiresAt: link.expiresAt };
  if (!deps.mailer) return { user: view, invitation: shownLink };
  const emailed = { link: null, isEmailed: true, expiresAt: link.expiresAt };
  if (!holder) return { user: view, invitation: emailed };
  const email = invitedElsewhereEmail(holder.locale, {
    displayName: holder.displayName,
    invitingMunicipalityName: invitingMunicipality?.name ?? '',
    ownMunicipalityName: ownMunicipality?.name ?? '',
  });
  try {
    await deps.mailer.send({ to: holder.email, ...email });
    return { user: view, invitation: emailed };
  } catch (error) {
    logFailure(deps.logger, 'INVITED_ELSEWHERE_MAIL_FAILED', error, {
      municipalityId: holder.municipalityId,
    });
    return { user: view, invitation: shownLink };
  }
}
