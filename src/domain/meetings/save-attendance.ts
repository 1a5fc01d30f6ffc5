import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { AttendanceMark } from './meeting.js';
import { assertNoMeetingProblems, requireWritableMeeting } from './meeting-rules.js';
import { viewMeeting, type MeetingDetail } from './meeting-view.js';
import { maskFreeTextFields } from '../privacy/mask-free-text.js';

/** Records who of the members were present; others present go in `guests`, as text. */
export async function saveAttendance(
  deps: Deps,
  actor: Actor,
  meetingId: string,
  input: { entries: AttendanceMark[]; guests?: string | undefined },
): Promise<MeetingDetail> {
  await authorize(deps, actor, 'meeting.manage', 'meeting.attendance.save');
  input = maskFreeTextFields(input, ['guests'], deps.clock()).value;
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const meeting = await requireWritableMeeting(repositories, actor, meetingId);
    assertNoMeetingProblems(
      input.entries
        .filter((entry) => !meeting.memberUserIds.includes(entry.userId))
        .map((entry) => ({ field: 'entries', problem: 'user_unknown', value: entry.userId })),
    );
    const marks = new Map(meeting.attendance.map((mark) => [mark.userId, mark]));
    for (const entry of input.entries) marks.set(entry.userId, entry);
    const saved = {
      ...meeting,
      attendance: [...marks.values()],
      ...(input.guests !== undefined ? { guests: input.guests } : {}),
      updatedAt: now.toISOString(),
    };
    await repositories.meetings.saveMeeting(saved);
    await recordAudit(repositories, now, actor, {
      action: 'meeting.attendance.save',
      entityType: 'meeting',
      entityId: meetingId,
      details: { entries: input.entries.length },
    });
    return viewMeeting(repositories, actor, saved, now);
  });
}
