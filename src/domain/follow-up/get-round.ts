import type { Actor } from '../access/actor.js';
import { auditRead } from '../audit/audit-read.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import type { Measure } from '../plans/plan.js';
import type { FollowUpReport, FollowUpTask, RoundProgress } from './follow-up.js';
import { roundProgress } from './follow-up-progress.js';
import { stockholmToday } from '../../shared/time/stockholm-time.js';

interface TaskWithMeasure extends FollowUpTask {
  /** The row of BRÅ's grid the task is about; null if the measure is gone. */
  measure: Pick<
    Measure,
    'measure' | 'cause' | 'operativeGoal' | 'responsible' | 'contactPerson'
  > | null;
}

interface RoundDetail extends RoundProgress {
  isReported: boolean;
  tasks: TaskWithMeasure[];
  reports: Pick<FollowUpReport, 'id' | 'finalizedAt' | 'createdAt' | 'updatedAt'>[];
}

/** One round with its tasks (each with its measure), its progress and its reports. */
export async function getRound(deps: Deps, actor: Actor, id: string): Promise<RoundDetail> {
  await authorize(deps, actor, 'follow_up.read', 'follow_up.round_read');
  const round = await deps.store.followUp.findRound(actor.municipalityId, id);
  if (!round) throw notFound('follow-up round');
  const [tasks, measures, reports] = await Promise.all([
    deps.store.followUp.listTasks(actor.municipalityId, { roundIds: [round.id] }),
    deps.store.plans.listMeasures(actor.municipalityId, round.planId),
    deps.store.followUp.listReports(actor.municipalityId, round.id),
  ]);
  // The tasks carry their owners' free-text answers: every reading is recorded (issue 20).
  await auditRead(deps, actor, {
    action: 'follow_up.round_read',
    entityType: 'follow_up_round',
    ids: [round.id],
  });
  const byId = new Map(measures.map((measure) => [measure.id, measure]));
  return {
    ...roundProgress(round, tasks, reports, stockholmToday(deps.clock())),
    tasks: tasks.map((task) => {
      const measure = byId.get(task.measureId);
      return {
        ...task,
        measure: measure
          ? {
              measure: measure.measure,
              cause: measure.cause,
              operativeGoal: measure.operativeGoal,
              responsible: measure.responsible,
              contactPerson: measure.contactPerson,
            }
          : null,
      };
    }),
    reports: reports.map(({ id: reportId, finalizedAt, createdAt, updatedAt }) => ({
      id: reportId,
      finalizedAt,
      createdAt,
      updatedAt,
    })),
  };
}
