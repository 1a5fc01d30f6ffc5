import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps, Repositories } from '../deps.js';
import { DomainError } from '../errors.js';
import type { Plan } from '../plans/plan.js';
import { findPlanOrThrow } from '../plans/plan-rules.js';
import type { FollowUpRound } from './follow-up.js';
import { addMonths, followUpSchedule, roundLabel } from './follow-up-schedule.js';
import { activeUsers, addRoundWithTasks, defaultAssignee } from './round-assignment.js';
import { stockholmToday } from '../../shared/time/stockholm-time.js';

/**
 * Writes the rounds of the plan's schedule (see `followUpSchedule`) due on or before `until`
 * that it does not have yet. Idempotent: a round due on a day the plan has is skipped.
 */
export async function addScheduledRounds(
  repositories: Repositories,
  plan: Plan,
  until: string,
  actor: Actor,
  now: Date,
): Promise<FollowUpRound[]> {
  const schedule = followUpSchedule(plan, until).filter((round) => round.dueOn <= until);
  if (schedule.length === 0) return [];
  const existing = new Set(
    (await repositories.followUp.listRounds(plan.municipalityId, [plan.id])).map(
      (round) => round.dueOn,
    ),
  );
  const missing = schedule.filter((round) => !existing.has(round.dueOn));
  if (missing.length === 0) return [];
  const fallback =
    actor.userId ?? defaultAssignee(plan, await activeUsers(repositories, plan.municipalityId));
  const added: FollowUpRound[] = [];
  for (const scheduled of missing) {
    const result = await addRoundWithTasks(
      repositories,
      plan,
      {
        label: roundLabel(scheduled),
        dueOn: scheduled.dueOn,
        origin: 'interval',
        isFinal: scheduled.isFinal,
      },
      actor.userId,
      fallback,
      now,
    );
    if (!result) continue;
    added.push(result.round);
    await recordAudit(repositories, now, actor, {
      action: 'follow_up.round_create',
      entityType: 'follow_up_round',
      entityId: result.round.id,
      details: {
        planId: plan.id,
        dueOn: result.round.dueOn,
        origin: 'interval',
        taskCount: result.tasks.length,
        ...(actor.userId === null ? { via: 'job' } : {}),
      },
    });
  }
  return added;
}

/**
 * The coordinator's "make the rounds": every round the plan's interval gives (one interval
 * ahead for a plan without an end), those it already has left as they are.
 */
export async function createRoundsFromInterval(
  deps: Deps,
  actor: Actor,
  planId: string,
): Promise<FollowUpRound[]> {
  await authorize(deps, actor, 'follow_up.manage', 'follow_up.round_create');
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const plan = await findPlanOrThrow(repositories, actor.municipalityId, planId);
    if (plan.decision === null) {
      throw new DomainError('FOLLOW_UP_INVALID', 'Only an adopted plan is followed up.', {
        problems: [{ field: 'planId', problem: 'plan_not_adopted' }],
      });
    }
    const horizon = addMonths(stockholmToday(now), plan.followUpIntervalMonths);
    return addScheduledRounds(repositories, plan, horizon, actor, now);
  });
}
