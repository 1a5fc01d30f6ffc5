import type { Actor } from '../access/actor.js';
import { isPermitted } from '../access/permissions.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError, notFound } from '../errors.js';
import type { MeasureStatusColour } from '../plans/plan.js';
import type { DeliveryState, FollowUpTask } from './follow-up.js';
import { maskFreeTextFields } from '../privacy/mask-free-text.js';

interface ReportTaskInput {
  colour: MeasureStatusColour;
  deliveryState: DeliveryState;
  delivery: string;
  process: string;
  effect: string;
  hoursSpent?: number | null | undefined;
  costSek?: number | null | undefined;
}

/**
 * A measure's owner reports the task: delivery (was it done, how much), process and effect,
 * with a status colour. Only the task's assignee reports it, or a coordinator on their
 * behalf; a task of someone else reads as missing. Correctable until the round's report is
 * final. The audit entry names the colour and state, never the text.
 */
export async function reportTask(
  deps: Deps,
  actor: Actor,
  id: string,
  input: ReportTaskInput,
): Promise<FollowUpTask> {
  await authorize(deps, actor, 'follow_up.report', 'follow_up.task_report');
  input = maskFreeTextFields(input, ['delivery', 'process', 'effect'], deps.clock()).value;
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const task = await repositories.followUp.findTask(actor.municipalityId, id);
    const isManager = isPermitted(actor, 'follow_up.manage');
    if (!task || (!isManager && task.assigneeUserId !== actor.userId)) {
      throw notFound('follow-up task');
    }
    const reports = await repositories.followUp.listReports(actor.municipalityId, task.roundId);
    if (reports.some((report) => report.finalizedAt !== null)) {
      throw new DomainError(
        'FOLLOW_UP_REPORT_FINAL',
        "The round's report is final: its reported data can no longer change.",
        { roundId: task.roundId },
      );
    }
    const updated: FollowUpTask = {
      ...task,
      colour: input.colour,
      deliveryState: input.deliveryState,
      delivery: input.delivery.trim(),
      process: input.process.trim(),
      effect: input.effect.trim(),
      hoursSpent: input.hoursSpent ?? null,
      costSek: input.costSek ?? null,
      reportedAt: now.toISOString(),
      reportedByUserId: actor.userId,
      updatedAt: now.toISOString(),
    };
    await repositories.followUp.saveTask(updated);
    await recordAudit(repositories, now, actor, {
      action: 'follow_up.task_report',
      entityType: 'follow_up_task',
      entityId: task.id,
      details: {
        roundId: task.roundId,
        colour: input.colour,
        deliveryState: input.deliveryState,
        isCorrection: task.reportedAt !== null,
      },
    });
    return updated;
  });
}
