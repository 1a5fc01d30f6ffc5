import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { Meeting } from './meeting.js';
import {
  assertNoMeetingProblems,
  checkMembers,
  requireWritableMeeting,
  unique,
  type MeetingFieldProblem,
} from './meeting-rules.js';
import { viewMeeting, type MeetingDetail } from './meeting-view.js';
import { endOf, type OneOffMeetingFields } from './create-meeting.js';
import { maskFreeTextFields } from '../privacy/mask-free-text.js';

interface MeetingChanges extends Partial<OneOffMeetingFields> {
  generalNotes?: string | undefined;
  guests?: string | undefined;
  isCancelled?: boolean | undefined;
}

/** Changes an open meeting: time, place, members, the general notes, cancelled or not. */
export async function updateMeeting(
  deps: Deps,
  actor: Actor,
  id: string,
  input: MeetingChanges,
): Promise<MeetingDetail> {
  await authorize(deps, actor, 'meeting.manage', 'meeting.update');
  input = maskFreeTextFields(input, ['title', 'place', 'generalNotes'], deps.clock()).value;
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const current = await requireWritableMeeting(repositories, actor, id);
    const startsAt =
      input.startsAt !== undefined ? new Date(input.startsAt).toISOString() : current.startsAt;
    const duration =
      input.durationMinutes ??
      Math.round((Date.parse(current.endsAt) - Date.parse(current.startsAt)) / 60_000);
    const meeting: Meeting = {
      ...current,
      ...(input.title !== undefined ? { title: input.title.trim() } : {}),
      ...(input.place !== undefined ? { place: input.place.trim() } : {}),
      startsAt,
      endsAt: endOf(startsAt, duration),
      ...(input.organisationIds !== undefined
        ? { organisationIds: unique(input.organisationIds) }
        : {}),
      ...(input.memberUserIds !== undefined ? { memberUserIds: unique(input.memberUserIds) } : {}),
      ...(input.generalNotes !== undefined ? { generalNotes: input.generalNotes } : {}),
      ...(input.guests !== undefined ? { guests: input.guests } : {}),
      ...(input.isCancelled !== undefined
        ? { cancelledAt: input.isCancelled ? (current.cancelledAt ?? now.toISOString()) : null }
        : {}),
      updatedAt: now.toISOString(),
    };
    const problems: MeetingFieldProblem[] = [];
    if (meeting.title === '') problems.push({ field: 'title', problem: 'required' });
    await checkMembers(repositories, actor.municipalityId, input, problems);
    assertNoMeetingProblems(problems);
    await repositories.meetings.saveMeeting(meeting);
    await recordAudit(repositories, now, actor, {
      action: 'meeting.update',
      entityType: 'meeting',
      entityId: id,
      details: { fields: Object.keys(input).sort() },
    });
    return viewMeeting(repositories, actor, meeting, now);
  });
}
