import type { Actor } from '../access/actor.js';
import { hashToken, newSecretToken } from '../accounts/session.js';
import { auditRead } from '../audit/audit-read.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import type { JointAction, Meeting } from './meeting.js';
import { isActionOpen, isMember, meetingStatus } from './meeting-rules.js';
import { materialiseSeries } from './series-occurrences.js';

/** The path of a feed, after the public URL: the token is its only secret. */
const calendarPath = (token: string) => `/api/calendar/${token}.ics`;

/** Whether the signed-in user has a working feed, and since when. */
export async function getCalendarFeedState(
  deps: Deps,
  actor: Actor,
): Promise<{ isActive: boolean; createdAt: string | null }> {
  await authorize(deps, actor, 'calendar.use', 'calendar_feed.read');
  const feed = actor.userId ? await deps.store.calendarFeeds.findActiveForUser(actor.userId) : null;
  return { isActive: feed !== null, createdAt: feed?.createdAt ?? null };
}

/**
 * Makes the user a new secret feed URL; any earlier one stops working. Only the token's hash
 * is stored, so the URL is shown this once.
 */
export async function createCalendarFeed(
  deps: Deps,
  actor: Actor,
): Promise<{ url: string; createdAt: string }> {
  await authorize(deps, actor, 'calendar.use', 'calendar_feed.create');
  const userId = actor.userId;
  if (userId === null) throw notFound('user');
  const now = deps.clock().toISOString();
  const token = newSecretToken();
  await deps.store.transaction(async (repositories) => {
    await repositories.calendarFeeds.revokeForUser(userId, now);
    await repositories.calendarFeeds.create({
      tokenHash: hashToken(token),
      municipalityId: actor.municipalityId,
      userId,
      createdAt: now,
      revokedAt: null,
    });
    await recordAudit(repositories, deps.clock(), actor, {
      action: 'calendar_feed.create',
      entityType: 'user',
      entityId: userId,
    });
  });
  return {
    url: `${deps.settings.publicUrl.replace(/\/$/, '')}${calendarPath(token)}`,
    createdAt: now,
  };
}

/** Stops the user's feed URL working. */
export async function revokeCalendarFeed(deps: Deps, actor: Actor): Promise<void> {
  await authorize(deps, actor, 'calendar.use', 'calendar_feed.revoke');
  const userId = actor.userId;
  if (userId === null) return;
  await deps.store.transaction(async (repositories) => {
    await repositories.calendarFeeds.revokeForUser(userId, deps.clock().toISOString());
    await recordAudit(repositories, deps.clock(), actor, {
      action: 'calendar_feed.revoke',
      entityType: 'user',
      entityId: userId,
    });
  });
}

export interface CalendarFeedContent {
  meetings: (Meeting & { isCancelled: boolean })[];
  /** Open joint actions the user is responsible for, with a due day. */
  deadlines: (JointAction & { dueOn: string })[];
}

/**
 * What a feed URL carries, read without a session: the meetings the user is a member of
 * (by name or organisation) and the user's open joint-action deadlines. An unknown or revoked
 * token, or a disabled user, is NOT_FOUND.
 */
export async function readCalendarFeed(deps: Deps, token: string): Promise<CalendarFeedContent> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw notFound('calendar');
  const { store } = deps;
  const feed = await store.calendarFeeds.findByTokenHash(hashToken(token));
  if (!feed || feed.revokedAt !== null) throw notFound('calendar');
  const user = await store.users.findById(feed.municipalityId, feed.userId);
  if (!user || user.disabledAt !== null) throw notFound('calendar');
  const organisation = await store.organisations.findById(feed.municipalityId, user.organisationId);
  if (!organisation || organisation.disabledAt !== null) throw notFound('calendar');
  const actor: Actor = {
    userId: user.id,
    municipalityId: user.municipalityId,
    organisationId: user.organisationId,
    roles: user.roles,
  };
  const now = deps.clock();
  const series = await store.meetings.listSeries(feed.municipalityId);
  const memberSeries = series.filter((item) => isMember(actor, item));
  if (memberSeries.length > 0) {
    await store.transaction(async (repositories) => {
      for (const item of memberSeries) await materialiseSeries(repositories, item, now);
    });
  }
  const from = new Date(now.getTime() - 90 * 86_400_000).toISOString();
  const meetings = (await store.meetings.listMeetings(feed.municipalityId, { from }))
    .filter((meeting) => isMember(actor, meeting))
    .map((meeting) => ({ ...meeting, isCancelled: meetingStatus(meeting) === 'cancelled' }));
  const deadlines = (await store.jointActions.list(feed.municipalityId)).filter(
    (action): action is JointAction & { dueOn: string } =>
      isActionOpen(action) && action.dueOn !== null && action.responsibleUserIds.includes(user.id),
  );
  // Fetched by a calendar program, without a session: recorded as the feed's owner (issue 20).
  await auditRead(deps, actor, {
    action: 'calendar_feed.fetch',
    entityType: 'meeting',
    ids: meetings.map((meeting) => meeting.id),
    details: { deadlineCount: deadlines.length },
  });
  return { meetings, deadlines };
}
