import type { Actor } from '../access/actor.js';
import { auditRead } from '../audit/audit-read.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { openOrNull, requireCipher } from './case-access.js';
import type { EmergencyAccessForReview } from './intervention-repository.js';

/** Days the review list looks back: the programme owner reviews it weekly. */
export const reviewDays = 7;
const listed = 500;

/**
 * The weekly review list: every nödåtkomst to a case of a programme the caseworker owns,
 * granted in the last seven days (and older ones not yet reviewed stay until marked), with
 * who, when, until when and the written reason.
 */
export async function listEmergencyAccessReviews(
  deps: Deps,
  actor: Actor,
): Promise<EmergencyAccessForReview[]> {
  await authorize(deps, actor, 'intervention.work_cases', 'intervention.emergency_review_list');
  const cipher = requireCipher(deps);
  if (actor.userId === null) return [];
  const since = new Date(deps.clock().getTime() - reviewDays * 86_400_000).toISOString();
  const accesses = await deps.store.interventions.listEmergencyAccessesForOwner(
    actor.municipalityId,
    actor.userId,
    since,
    listed,
  );
  await auditRead(deps, actor, {
    action: 'intervention.emergency_review_list',
    entityType: 'intervention_emergency_access',
    ids: accesses.map((access) => access.id),
  });
  return accesses.map((access) => ({ ...access, reason: openOrNull(cipher, access.reason) }));
}
