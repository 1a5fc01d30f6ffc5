import type { Actor } from '../access/actor.js';
import { auditRead } from '../audit/audit-read.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { canManageMeetings, canRead, isActionOpen } from './meeting-rules.js';
import { viewAction, type JointActionView } from './meeting-view.js';

/**
 * Joint actions the actor may see: a manager every one of the municipality; anyone else
 * those decided at meetings they are members of, and those they are responsible for.
 */
export async function listJointActions(
  deps: Deps,
  actor: Actor,
  filter: { status?: 'open' | 'closed' | 'all' | undefined; seriesId?: string | undefined },
): Promise<JointActionView[]> {
  await authorize(deps, actor, 'meeting.read_as_member', 'joint_action.list');
  const status = filter.status ?? 'open';
  const actions = await deps.store.jointActions.list(actor.municipalityId);
  const isManager = canManageMeetings(actor);
  const readableMeetings = new Map<string, boolean>();
  const visible = [];
  for (const action of actions) {
    if (filter.seriesId && action.seriesId !== filter.seriesId) continue;
    if (status === 'open' && !isActionOpen(action)) continue;
    if (status === 'closed' && isActionOpen(action)) continue;
    let isVisible =
      isManager || (actor.userId !== null && action.responsibleUserIds.includes(actor.userId));
    if (!isVisible) {
      if (!readableMeetings.has(action.meetingId)) {
        const meeting = await deps.store.meetings.findMeeting(
          actor.municipalityId,
          action.meetingId,
        );
        readableMeetings.set(action.meetingId, meeting !== null && canRead(actor, meeting));
      }
      isVisible = readableMeetings.get(action.meetingId) === true;
    }
    if (isVisible) visible.push(action);
  }
  // Descriptions and comments are free text: every listing is recorded (issue 20).
  await auditRead(deps, actor, {
    action: 'joint_action.list',
    entityType: 'joint_action',
    ids: visible.map((action) => action.id),
  });
  const now = deps.clock();
  return visible.map((action) => viewAction(action, now));
}
