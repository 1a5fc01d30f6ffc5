import type { Actor } from '../access/actor.js';
import type { OrganisationKind } from '../access/roles.js';
import { auditRead } from '../audit/audit-read.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';

interface MemberCandidates {
  organisations: { id: string; name: string; kind: OrganisationKind }[];
  users: { id: string; displayName: string; organisationId: string }[];
}

/** The organisations and active users a manager may make members or hold responsible. */
export async function listMemberCandidates(deps: Deps, actor: Actor): Promise<MemberCandidates> {
  await authorize(deps, actor, 'meeting.manage', 'meeting.member_candidates');
  const organisations = await deps.store.organisations.list(actor.municipalityId);
  const users = await deps.store.users.list(actor.municipalityId, {});
  const activeUsers = users.filter((user) => user.disabledAt === null);
  // Names of people: every listing is recorded (issue 20).
  await auditRead(deps, actor, {
    action: 'meeting.member_candidates',
    entityType: 'user',
    ids: activeUsers.map((user) => user.id),
  });
  return {
    organisations: organisations
      .filter((item) => item.disabledAt === null)
      .map(({ id, name, kind }) => ({ id, name, kind })),
    users: activeUsers.map(({ id, displayName, organisationId }) => ({
      id,
      displayName,
      organisationId,
    })),
  };
}
