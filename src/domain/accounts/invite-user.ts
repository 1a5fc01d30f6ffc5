import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError, notFound, UniqueViolation } from '../errors.js';
import type { InvitedUser, InviteUserInput } from './invitation.js';
import { inviteAddressInUse } from './invite-address-in-use.js';

export type { InvitedUser, InviteUserInput } from './invitation.js';
import { isInstallationAdmin, isListedInstallationAdminEmail } from './installation-admin.js';
import { deliverLink, issueLink } from './issue-link.js';
import { normaliseEmail, type User } from './user.js';
import { viewUser } from './user-view.js';

/**
 * Creates an account in the actor's municipality and sends its holder a one-time link to
 * choose a password. The account can do nothing until then. An address already used in the
 * actor's own municipality is refused (the admin sees that account anyway); one used in
 * another municipality gets the same answer as a fresh address (see inviteAddressInUse).
 * So does an address the operator listed in TRYGGVE_INSTALLATION_ADMINS that has no account
 * yet, unless the command line or an installation admin invites it: whoever chose its
 * password would otherwise become installation admin.
 */
export async function inviteUser(
  deps: Deps,
  actor: Actor,
  input: InviteUserInput,
): Promise<InvitedUser> {
  await authorize(deps, actor, 'user.manage', 'user.create');
  const now = deps.clock();
  const email = normaliseEmail(input.email);
  const isReserved =
    actor.userId !== null &&
    isListedInstallationAdminEmail(deps, email) &&
    !(await isInstallationAdmin(deps, actor));
  const emailTaken = () =>
    new DomainError('EMAIL_ALREADY_IN_USE', 'An account with this e-mail address exists already.');
  const created = await deps.store
    .transaction(async (repositories) => {
      const organisation = await repositories.organisations.findById(
        actor.municipalityId,
        input.organisationId,
      );
      if (!organisation) throw notFound('organisation');
      if (organisation.disabledAt !== null) {
        throw new DomainError(
          'ORGANISATION_DISABLED',
          'The organisation is disabled; enable it first.',
        );
      }
      const holder = await repositories.users.findByEmail(email);
      if (holder?.municipalityId === actor.municipalityId) throw emailTaken();
      if (holder) return { isInUseElsewhere: true as const, holder };
      if (isReserved) return { isInUseElsewhere: true as const, holder: null };
      const municipality = await repositories.municipalities.findById(actor.municipalityId);
      if (!municipality) throw notFound('municipality');
      const user: User = {
        id: randomUUID(),
        municipalityId: actor.municipalityId,
        organisationId: organisation.id,
        email,
        displayName: input.displayName.trim(),
        locale: input.locale ?? 'sv',
        roles: [...new Set(input.roles)],
        passwordHash: null,
        passwordChangedAt: null,
        disabledAt: null,
        lastLoginAt: null,
        createdAt: now.toISOString(),
      };
      await repositories.users.create(user);
      const issued = await issueLink(deps, repositories, user, 'invitation', actor.userId, now);
      await recordAudit(repositories, now, actor, {
        action: 'user.create',
        entityType: 'user',
        entityId: user.id,
        details: { organisationId: organisation.id, roles: user.roles },
      });
      return {
        isInUseElsewhere: false as const,
        user,
        view: await viewUser(repositories, user),
        issued,
        municipalityName: municipality.name,
      };
    })
    .catch(async (error: unknown) => {
      // Two admins inviting the same address at once: the loser gets the answer it would
      // have got a moment later.
      if (!(error instanceof UniqueViolation)) throw error;
      const holder = await deps.store.users.findByEmail(email);
      if (!holder || holder.municipalityId === actor.municipalityId) throw emailTaken();
      return { isInUseElsewhere: true as const, holder };
    });
  if (created.isInUseElsewhere) {
    return inviteAddressInUse(deps, actor, { ...input, email }, created.holder);
  }
  const { user, view, issued, municipalityName } = created;
  const invitation = await deliverLink(deps, user, municipalityName, 'invitation', issued);
  return { user: view, invitation };
}
