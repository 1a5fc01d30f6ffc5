import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';

/** The programme owner marks a nödåtkomst as reviewed; only the owner of its programme may. */
export async function reviewEmergencyAccess(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<{ id: string; reviewedAt: string }> {
  await authorize(deps, actor, 'intervention.work_cases', 'intervention.emergency_review');
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const access = await repositories.interventions.findEmergencyAccess(actor.municipalityId, id);
    const programme = access
      ? await repositories.interventions.findProgramme(actor.municipalityId, access.programmeId)
      : null;
    if (!access || !programme || actor.userId === null || programme.ownerUserId !== actor.userId) {
      throw notFound('emergency access');
    }
    const reviewedAt = access.reviewedAt ?? now.toISOString();
    if (access.reviewedAt === null) {
      await repositories.interventions.saveEmergencyAccess({
        ...access,
        reviewedAt,
        reviewedByUserId: actor.userId,
      });
      await recordAudit(repositories, now, actor, {
        action: 'intervention.emergency_review',
        entityType: 'intervention_case',
        entityId: access.caseId,
        details: { emergencyAccessId: id },
      });
    }
    return { id, reviewedAt };
  });
}
