import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { buildMinutesData } from './build-minutes-data.js';
import { requireWritableMeeting } from './meeting-rules.js';
import { currentMinutes, viewMeeting, type MeetingDetail } from './meeting-view.js';
import { sendMeetingMailings } from './send-meeting-mailings.js';

/**
 * The coordinator sends the agenda to the members before the meeting (issue 15): every member
 * user with an active account gets it by e-mail, as text with the agenda as DOCX and PDF.
 * Each sending is recorded: sending again reaches only those who have not had it (a member
 * added since, or one whose mail failed), never anyone twice.
 */
export async function sendAgenda(deps: Deps, actor: Actor, id: string): Promise<MeetingDetail> {
  await authorize(deps, actor, 'meeting.manage', 'meeting.agenda.send');
  const now = deps.clock();
  const meeting = await deps.store.transaction(async (repositories) => {
    const open = await requireWritableMeeting(repositories, actor, id);
    const recipients = [];
    for (const userId of open.memberUserIds) {
      const user = await repositories.users.findById(actor.municipalityId, userId);
      if (user && user.disabledAt === null) recipients.push(userId);
    }
    await repositories.agendaMailings.addPending(id, recipients);
    await recordAudit(repositories, now, actor, {
      action: 'meeting.agenda.send',
      entityType: 'meeting',
      entityId: id,
      details: { recipients: recipients.length },
    });
    return open;
  });
  await sendMeetingMailings(
    deps,
    deps.store.agendaMailings,
    meeting,
    async () =>
      deps.minutesMail.renderAgenda(
        await buildMinutesData(deps.store, meeting, await currentMinutes(deps.store, meeting)),
      ),
    'MEETING_AGENDA_MAIL_FAILED',
  );
  return viewMeeting(deps.store, actor, meeting, deps.clock());
}
