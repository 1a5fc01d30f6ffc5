import type { Actor } from '../access/actor.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import type { FollowUpNotification } from './follow-up.js';

/** The signed-in user's follow-up notices in the app, newest first. */
export async function listNotifications(
  deps: Deps,
  actor: Actor,
  isUnreadOnly: boolean,
): Promise<FollowUpNotification[]> {
  await authorize(deps, actor, 'follow_up.report', 'follow_up.notification_list');
  if (actor.userId === null) return [];
  return deps.store.followUp.listNotifications(actor.municipalityId, actor.userId, isUnreadOnly);
}

/** Marks one of the user's own notices read; another's reads as missing. */
export async function markNotificationRead(deps: Deps, actor: Actor, id: string): Promise<void> {
  await authorize(deps, actor, 'follow_up.report', 'follow_up.notification_read');
  const isMarked =
    actor.userId !== null &&
    (await deps.store.followUp.markNotificationRead(
      actor.municipalityId,
      actor.userId,
      id,
      deps.clock().toISOString(),
    ));
  if (!isMarked) throw notFound('notification');
}
