import type { Actor } from '../access/actor.js';
import type { Role } from '../access/roles.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError, notFound } from '../errors.js';
import { assertAnotherAdminRemains } from './admin-guards.js';
import { viewUser, type UserView } from './user-view.js';

interface UpdateUserInput {
  displayName?: string | undefined;
  roles?: Role[] | undefined;
  organisationId?: string | undefined;
}

/**
 * An admin changes an account's name, roles or organisation (an active one of the same
 * municipality). Roles take effect at the next request. The audit entry records the roles and
 * the organisation before and after, so who gave whom which rights can always be read back;
 * the last active admin cannot lose the role (checked under the municipality's lock, so two
 * admins removing each other at once cannot both succeed).
 */
export async function updateUser(
  deps: Deps,
  actor: Actor,
  userId: string,
  input: UpdateUserInput,
): Promise<UserView> {
  await authorize(deps, actor, 'user.manage', 'user.update');
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const user = await repositories.users.findById(actor.municipalityId, userId);
    if (!user) throw notFound('user');
    const roles = input.roles ? [...new Set(input.roles)] : undefined;
    if (roles && !roles.includes('admin')) await assertAnotherAdminRemains(repositories, user);
    const organisationId =
      input.organisationId !== undefined && input.organisationId !== user.organisationId
        ? input.organisationId
        : undefined;
    if (organisationId !== undefined) {
      const organisation = await repositories.organisations.findById(
        actor.municipalityId,
        organisationId,
      );
      if (!organisation) throw notFound('organisation');
      if (organisation.disabledAt !== null) {
        throw new DomainError(
          'ORGANISATION_DISABLED',
          'The organisation is disabled; enable it first.',
        );
      }
    }
    await repositories.users.update(user.id, {
      ...(input.displayName ? { displayName: input.displayName.trim() } : {}),
      ...(roles ? { roles } : {}),
      ...(organisationId !== undefined ? { organisationId } : {}),
    });
    await recordAudit(repositories, now, actor, {
      action: 'user.update',
      entityType: 'user',
      entityId: user.id,
      details: {
        ...(roles ? { roles, previousRoles: user.roles } : {}),
        ...(organisationId !== undefined
          ? { organisationId, previousOrganisationId: user.organisationId }
          : {}),
        isNameChanged: input.displayName !== undefined,
      },
    });
    const updated = await repositories.users.findById(actor.municipalityId, user.id);
    if (!updated) throw notFound('user');
    return viewUser(repositories, updated);
  });
}
