import type { Actor } from '../access/actor.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { findPlanOrThrow } from '../plans/plan-rules.js';
import type { RoundProgress } from './follow-up.js';
import { roundProgress } from './follow-up-progress.js';
import { stockholmToday } from '../../shared/time/stockholm-time.js';

/** A plan's rounds, oldest first, each with its progress: what the coordinator follows. */
export async function listRounds(
  deps: Deps,
  actor: Actor,
  planId: string,
): Promise<(RoundProgress & { isReported: boolean })[]> {
  await authorize(deps, actor, 'follow_up.read', 'follow_up.round_list');
  const today = stockholmToday(deps.clock());
  await findPlanOrThrow(deps.store, actor.municipalityId, planId);
  const rounds = await deps.store.followUp.listRounds(actor.municipalityId, [planId]);
  const tasks = await deps.store.followUp.listTasks(actor.municipalityId, {
    roundIds: rounds.map((round) => round.id),
  });
  return Promise.all(
    rounds.map(async (round) =>
      roundProgress(
        round,
        tasks,
        await deps.store.followUp.listReports(actor.municipalityId, round.id),
        today,
      ),
    ),
  );
}
