import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError, notFound } from '../errors.js';
import type { Organisation } from './organisation.js';

/**
 * Disables an organisation: its users can no longer sign in and their sessions end at the
 * next request. What it reported stays. Enabling reverses it.
 */
export async function setOrganisationDisabled(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  isDisabled: boolean,
): Promise<Organisation> {
  const action = isDisabled ? 'organisation.disable' : 'organisation.enable';
  await authorize(deps, actor, 'organisation.manage', action);
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const organisation = await repositories.organisations.findById(
      actor.municipalityId,
      organisationId,
    );
    if (!organisation) throw notFound('organisation');
    if (isDisabled && organisation.id === actor.organisationId) {
      throw new DomainError('CANNOT_DISABLE_SELF', 'You cannot disable your own organisation.');
    }
    if (isDisabled) await repositories.municipalities.lockAdministration(actor.municipalityId);
    const disabledAt = isDisabled ? (organisation.disabledAt ?? now.toISOString()) : null;
    await repositories.organisations.setDisabledAt(organisation.id, disabledAt);
    if (isDisabled && (await repositories.users.countActiveAdmins(actor.municipalityId)) === 0) {
      throw new DomainError('LAST_ADMIN', 'Disabling it would leave no active administrator.');
    }
    await recordAudit(repositories, now, actor, {
      action,
      entityType: 'organisation',
      entityId: organisation.id,
    });
    return { ...organisation, disabledAt };
  });
}
