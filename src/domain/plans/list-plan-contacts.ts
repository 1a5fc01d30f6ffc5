import type { Actor } from '../access/actor.js';
import { isPermitted } from '../access/permissions.js';
import { auditRead } from '../audit/audit-read.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';

/** A person a measure can name as its contact and a follow-up task can go to. */
interface PlanContact {
  id: string;
  displayName: string;
  organisationName: string;
}

/**
 * The municipality's active users as a coordinator picks among them for a measure's contact
 * person or a follow-up task's owner. Only what the choice needs (no e-mail address, no
 * roles), so the admin's user list is not required: plan.manage or follow_up.manage is.
 */
export async function listPlanContacts(deps: Deps, actor: Actor): Promise<PlanContact[]> {
  if (!isPermitted(actor, 'follow_up.manage')) {
    await authorize(deps, actor, 'plan.manage', 'plan.contact_list');
  }
  const [users, organisations] = await Promise.all([
    deps.store.users.list(actor.municipalityId, { status: 'active' }),
    deps.store.organisations.list(actor.municipalityId),
  ]);
  // Names of people: every listing is recorded (issue 20).
  await auditRead(deps, actor, {
    action: 'plan.contact_list',
    entityType: 'user',
    ids: users.map((user) => user.id),
  });
  const organisationName = new Map(organisations.map((item) => [item.id, item.name]));
  return users.map((user) => ({
    id: user.id,
    displayName: user.displayName,
    organisationName: organisationName.get(user.organisationId) ?? '',
  }));
}
