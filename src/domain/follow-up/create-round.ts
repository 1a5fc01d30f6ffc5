import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { findPlanOrThrow } from '../plans/plan-rules.js';
import type { FollowUpRound } from './follow-up.js';
import { addRoundWithTasks } from './round-assignment.js';
import { isCalendarDay } from '../../shared/time/calendar.js';

interface CreateRoundInput {
  planId: string;
  label: string;
  dueOn: string;
}

/** A round made by hand (an extra follow-up the board asked for), with a task per measure. */
export async function createRound(
  deps: Deps,
  actor: Actor,
  input: CreateRoundInput,
): Promise<FollowUpRound> {
  await authorize(deps, actor, 'follow_up.manage', 'follow_up.round_create');
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const plan = await findPlanOrThrow(repositories, actor.municipalityId, input.planId);
    const problems = [
      ...(plan.decision === null ? [{ field: 'planId', problem: 'plan_not_adopted' }] : []),
      ...(isCalendarDay(input.dueOn) ? [] : [{ field: 'dueOn', problem: 'invalid_date' }]),
      ...(input.label.trim() === '' ? [{ field: 'label', problem: 'required' }] : []),
    ];
    if (problems.length > 0) {
      throw new DomainError('FOLLOW_UP_INVALID', 'The round needs correcting.', { problems });
    }
    const result = await addRoundWithTasks(
      repositories,
      plan,
      { label: input.label.trim(), dueOn: input.dueOn, origin: 'manual', isFinal: false },
      actor.userId,
      actor.userId,
      now,
    );
    if (!result) {
      throw new DomainError(
        'FOLLOW_UP_ROUND_EXISTS',
        'The plan already has a round due that day.',
        {
          dueOn: input.dueOn,
        },
      );
    }
    await recordAudit(repositories, now, actor, {
      action: 'follow_up.round_create',
      entityType: 'follow_up_round',
      entityId: result.round.id,
      details: {
        planId: plan.id,
        dueOn: input.dueOn,
        origin: 'manual',
        taskCount: result.tasks.length,
      },
    });
    return result.round;
  });
}
