import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { Meeting } from './meeting.js';
import {
  assertNoMeetingProblems,
  checkMembers,
  unique,
  type MeetingFieldProblem,
} from './meeting-rules.js';
import { summariseMeeting, type MeetingSummary } from './meeting-view.js';
import { maskFreeTextFields } from '../privacy/mask-free-text.js';

export interface OneOffMeetingFields {
  title: string;
  place?: string | undefined;
  /** An instant; the UI sends the Stockholm wall clock converted to UTC. */
  startsAt: string;
  durationMinutes: number;
  organisationIds?: string[] | undefined;
  memberUserIds?: string[] | undefined;
}

export const endOf = (startsAt: string, durationMinutes: number) =>
  new Date(new Date(startsAt).getTime() + durationMinutes * 60_000).toISOString();

/** A one-off meeting, outside any series. */
export async function createMeeting(
  deps: Deps,
  actor: Actor,
  input: OneOffMeetingFields,
): Promise<MeetingSummary> {
  await authorize(deps, actor, 'meeting.manage', 'meeting.create');
  input = maskFreeTextFields(input, ['title', 'place'], deps.clock()).value;
  const now = deps.clock();
  const startsAt = new Date(input.startsAt).toISOString();
  const meeting: Meeting = {
    id: randomUUID(),
    municipalityId: actor.municipalityId,
    seriesId: null,
    occurrenceOn: null,
    title: input.title.trim(),
    place: input.place?.trim() ?? '',
    startsAt,
    endsAt: endOf(startsAt, input.durationMinutes),
    organisationIds: unique(input.organisationIds),
    memberUserIds: unique(input.memberUserIds),
    generalNotes: '',
    guests: '',
    attendance: [],
    agendaGeneratedAt: null,
    cancelledAt: null,
    closedAt: null,
    closedByUserId: null,
    minutesSnapshot: null,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  return deps.store.transaction(async (repositories) => {
    const problems: MeetingFieldProblem[] = [];
    if (meeting.title === '') problems.push({ field: 'title', problem: 'required' });
    await checkMembers(repositories, actor.municipalityId, meeting, problems);
    assertNoMeetingProblems(problems);
    await repositories.meetings.saveMeeting(meeting);
    await recordAudit(repositories, now, actor, {
      action: 'meeting.create',
      entityType: 'meeting',
      entityId: meeting.id,
      details: null,
    });
    return summariseMeeting(meeting, actor);
  });
}
