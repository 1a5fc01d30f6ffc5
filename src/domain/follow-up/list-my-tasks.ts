import type { Actor } from '../access/actor.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { FollowUpTask } from './follow-up.js';

interface MyTask extends FollowUpTask {
  planTitle: string;
  roundLabel: string;
  dueOn: string;
  measureTitle: string;
}

/** The signed-in user's follow-up tasks, open ones first, soonest due first. */
export async function listMyTasks(deps: Deps, actor: Actor): Promise<MyTask[]> {
  await authorize(deps, actor, 'follow_up.report', 'follow_up.task_list');
  if (actor.userId === null) return [];
  const tasks = await deps.store.followUp.listTasks(actor.municipalityId, {
    assigneeUserId: actor.userId,
  });
  const rounds = new Map(
    (
      await deps.store.followUp.listRounds(actor.municipalityId, [
        ...new Set(tasks.map((task) => task.planId)),
      ])
    ).map((round) => [round.id, round]),
  );
  const plans = new Map<string, { title: string; measures: Map<string, string> }>();
  for (const planId of new Set(tasks.map((task) => task.planId))) {
    const plan = await deps.store.plans.find(actor.municipalityId, planId);
    const measures = await deps.store.plans.listMeasures(actor.municipalityId, planId);
    plans.set(planId, {
      title: plan?.title ?? '',
      measures: new Map(measures.map((measure) => [measure.id, measure.measure])),
    });
  }
  return tasks
    .map((task) => {
      const round = rounds.get(task.roundId);
      const plan = plans.get(task.planId);
      return {
        ...task,
        planTitle: plan?.title ?? '',
        roundLabel: round?.label ?? '',
        dueOn: round?.dueOn ?? '',
        measureTitle: plan?.measures.get(task.measureId) ?? '',
      };
    })
    .sort(
      (a, b) =>
        Number(a.reportedAt !== null) - Number(b.reportedAt !== null) ||
        a.dueOn.localeCompare(b.dueOn),
    );
}
