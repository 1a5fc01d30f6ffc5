import type { Actor } from '../access/actor.js';
import { isPermitted } from '../access/permissions.js';
import type { Deps } from '../deps.js';
import type { DueFollowUp } from './intervention-repository.js';

/** How far ahead a follow-up counts as due on the caseworker's task list. */
export const followUpDaysAhead = 14;
const listed = 200;

/**
 * The follow-ups of individual plans due within two weeks (or overdue) on the caseworker's
 * own open cases, for "Mina uppgifter". No identity and no text: the case is opened from there.
 * Anyone who is no caseworker has none.
 */
export async function listDueCaseFollowUps(deps: Deps, actor: Actor): Promise<DueFollowUp[]> {
  if (!isPermitted(actor, 'intervention.work_cases') || actor.userId === null) return [];
  const until = new Date(deps.clock().getTime() + followUpDaysAhead * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return deps.store.interventions.listDueFollowUps(
    actor.municipalityId,
    actor.userId,
    until,
    listed,
  );
}
