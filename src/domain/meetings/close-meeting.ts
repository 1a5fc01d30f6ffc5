import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps, MailMessage } from '../deps.js';
import { notFound } from '../errors.js';
import { logFailure } from '../failure-log.js';
import { buildMinutesData } from './build-minutes-data.js';
import type { Meeting } from './meeting.js';
import { currentMinutes, viewMeeting, type MeetingDetail } from './meeting-view.js';

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
 * receives them by e-mail, as text with the DOCX attached (rendered through `deps.minutesMail`). Each sending is recorded, so a
 * retry (or a second click) sends only what was not sent: never twice to one member.
 */
export async function closeMeeting(deps: Deps, actor: Actor, id: string): Promise<MeetingDetail> {
  await authorize(deps, actor, 'meeting.manage', 'meeting.close');
  const meeting = await freeze(deps, actor, id);
  const { minutesMailings } = deps.store;
  const waiting = (await minutesMailings.list(id)).filter((item) => item.status !== 'sent');
  if (waiting.length > 0) {
    const data = await buildMinutesData(
      deps.store,
      meeting,
      await currentMinutes(deps.store, meeting),
    );
    const mail: Omit<MailMessage, 'to'> = await deps.minutesMail.render(data);
    for (const mailing of waiting) {
      if (!deps.mailer) {
        await minutesMailings.save({ ...mailing, status: 'no_mailer', sentAt: null });
        continue;
      }
      if (!(await minutesMailings.claim(id, mailing.userId, deps.clock().toISOString()))) continue;
      const user = await deps.store.users.findById(actor.municipalityId, mailing.userId);
      if (!user) continue;
      try {
        await deps.mailer.send({ to: user.email, ...mail });
        await minutesMailings.save({
          ...mailing,
          status: 'sent',
          sentAt: deps.clock().toISOString(),
        });
      } catch (error) {
        logFailure(deps.logger, 'MEETING_MINUTES_MAIL_FAILED', error, { meetingId: id });
        await minutesMailings.save({ ...mailing, status: 'failed', sentAt: null });
      }
    }
  }
  return viewMeeting(deps.store, actor, meeting, deps.clock());
}
