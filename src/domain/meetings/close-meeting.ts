import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import { buildMinutesData } from './build-minutes-data.js';
import type { Meeting } from './meeting.js';
import { currentMinutes, viewMeeting, type MeetingDetail } from './meeting-view.js';
import { sendMeetingMailings } from './send-meeting-mailings.js';

/** Freezes the minutes and lists every member user with an address for the mailing. */
async function freeze(deps: Deps, actor: Actor, id: string): Promise<Meeting> {
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const meeting = await repositories.meetings.findMeeting(actor.municipalityId, id);
    if (!meeting) throw notFound('meeting');
    if (meeting.closedAt) return meeting;
    const closed: Meeting = {
      ...meeting,
      minutesSnapshot: await currentMinutes(repositories, meeting),
      closedAt: now.toISOString(),
      closedByUserId: actor.userId,
      updatedAt: now.toISOString(),
    };
    await repositories.meetings.saveMeeting(closed);
    const recipients = [];
    for (const userId of meeting.memberUserIds) {
      const user = await repositories.users.findById(actor.municipalityId, userId);
      if (user && user.disabledAt === null) recipients.push(userId);
    }
    await repositories.minutesMailings.addPending(id, recipients);
    await recordAudit(repositories, now, actor, {
      action: 'meeting.close',
      entityType: 'meeting',
      entityId: id,
      details: { recipients: recipients.length },
    });
    return closed;
  });
}

/**
 * The coordinator closes the meeting: the minutes are frozen as they stand, and every member
 * receives them by e-mail, as text with the DOCX attached (rendered through `deps.minutesMail`).
 * Each sending is recorded, so a retry (or a second click) sends only what was not sent: never
 * twice to one member.
 */
export async function closeMeeting(deps: Deps, actor: Actor, id: string): Promise<MeetingDetail> {
  await authorize(deps, actor, 'meeting.manage', 'meeting.close');
  const meeting = await freeze(deps, actor, id);
  await sendMeetingMailings(
    deps,
    deps.store.minutesMailings,
    meeting,
    async () =>
      deps.minutesMail.render(
        await buildMinutesData(deps.store, meeting, await currentMinutes(deps.store, meeting)),
      ),
    'MEETING_MINUTES_MAIL_FAILED',
  );
  return viewMeeting(deps.store, actor, meeting, deps.clock());
}
