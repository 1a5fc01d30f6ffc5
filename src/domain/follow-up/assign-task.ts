import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError, notFound } from '../errors.js';
import type { FollowUpTask } from './follow-up.js';

/** A coordinator gives a task to another active user of the municipality. */
export async function assignTask(
  deps: Deps,
  actor: Actor,
  id: string,
  assigneeUserId: string,
): Promise<FollowUpTask> {
  await authorize(deps, actor, 'follow_up.manage', 'follow_up.task_assign');
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const task = await repositories.followUp.findTask(actor.municipalityId, id);
    if (!task) throw notFound('follow-up task');
    const user = await repositories.users.findById(actor.municipalityId, assigneeUserId);
    if (!user || user.disabledAt !== null) {
      throw new DomainError('FOLLOW_UP_INVALID', 'Assign the task to an active user.', {
        problems: [{ field: 'assigneeUserId', problem: 'user_unknown' }],
      });
    }
    const updated = { ...task, assigneeUserId, updatedAt: now.toISOString() };
    await repositories.followUp.saveTask(updated);
    await recordAudit(repositories, now, actor, {
      action: 'follow_up.task_assign',
      entityType: 'follow_up_task',
      entityId: task.id,
      details: { assigneeUserId },
    });
    return updated;
  });
}
