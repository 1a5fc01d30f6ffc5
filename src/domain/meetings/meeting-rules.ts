import type { Actor } from '../access/actor.js';
import { isPermitted } from '../access/permissions.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps, Repositories } from '../deps.js';
import { DomainError, notFound } from '../errors.js';
import { stockholmToday } from '../../shared/time/stockholm-time.js';
import type { JointAction, Meeting, MeetingSeries, MeetingStatus } from './meeting.js';

type MeetingProblemCode =
  | 'required'
  | 'invalid_date'
  | 'ends_before_start'
  | 'organisation_unknown'
  | 'user_unknown'
  | 'district_unknown'
  | 'incident_unknown'
  | 'item_unknown'
  | 'order_mismatch';

export interface MeetingFieldProblem {
  field: string;
  problem: MeetingProblemCode;
  value?: string;
}

/** Throws MEETING_INVALID with every problem by field, when there is one; nothing is saved. */
export function assertNoMeetingProblems(problems: readonly MeetingFieldProblem[]): void {
  if (problems.length === 0) return;
  throw new DomainError('MEETING_INVALID', 'The meeting needs correcting; nothing was saved.', {
    problems,
  });
}

export function meetingStatus(meeting: Meeting): MeetingStatus {
  if (meeting.closedAt) return 'closed';
  return meeting.cancelledAt ? 'cancelled' : 'scheduled';
}

/** Whether the actor is one of the meeting's (or series') members: by user or organisation. */
export function isMember(
  actor: Actor,
  holder: Pick<Meeting | MeetingSeries, 'memberUserIds' | 'organisationIds'>,
): boolean {
  return (
    (actor.userId !== null && holder.memberUserIds.includes(actor.userId)) ||
    (actor.organisationId !== null && holder.organisationIds.includes(actor.organisationId))
  );
}

export const canManageMeetings = (actor: Actor) => isPermitted(actor, 'meeting.manage');

/** Whether the actor may read it: managers read all of the municipality, others as members. */
export function canRead(
  actor: Actor,
  holder: Pick<Meeting | MeetingSeries, 'memberUserIds' | 'organisationIds'>,
): boolean {
  return canManageMeetings(actor) || isMember(actor, holder);
}

/** The meeting, if the actor may read it; otherwise the same NOT_FOUND as a missing one. */
export async function requireReadableMeeting(
  deps: Deps,
  actor: Actor,
  id: string,
  action: string,
): Promise<Meeting> {
  await authorize(deps, actor, 'meeting.read_as_member', action);
  const meeting = await deps.store.meetings.findMeeting(actor.municipalityId, id);
  if (!meeting || !canRead(actor, meeting)) throw notFound('meeting');
  return meeting;
}

/** The meeting, for a manager to change: not closed. */
export async function requireWritableMeeting(
  repositories: Repositories,
  actor: Actor,
  id: string,
): Promise<Meeting> {
  const meeting = await repositories.meetings.findMeeting(actor.municipalityId, id);
  if (!meeting) throw notFound('meeting');
  if (meeting.closedAt) {
    throw new DomainError('MEETING_CLOSED', 'The meeting is closed; its minutes are final.');
  }
  return meeting;
}

/**
 * The meeting, for a member (of whatever role: a partner's police officer too) or a manager
 * to add to: not closed. Anyone else gets the NOT_FOUND of a missing meeting, before the
 * meeting's state can say it exists.
 */
export async function requireWritableMeetingAsMember(
  repositories: Repositories,
  actor: Actor,
  id: string,
): Promise<Meeting> {
  const meeting = await repositories.meetings.findMeeting(actor.municipalityId, id);
  if (!meeting || !canRead(actor, meeting)) throw notFound('meeting');
  return requireWritableMeeting(repositories, actor, id);
}

export const isActionOpen = (action: JointAction) =>
  action.status === 'planned' || action.status === 'ongoing';

export function isActionOverdue(action: JointAction, now: Date): boolean {
  return isActionOpen(action) && action.dueOn !== null && action.dueOn < stockholmToday(now);
}

/** Checks that every organisation and user named belongs to the municipality. */
export async function checkMembers(
  repositories: Repositories,
  municipalityId: string,
  input: { organisationIds?: readonly string[]; memberUserIds?: readonly string[] },
  problems: MeetingFieldProblem[],
  userField = 'memberUserIds',
): Promise<void> {
  for (const id of new Set(input.organisationIds ?? [])) {
    if (!(await repositories.organisations.findById(municipalityId, id))) {
      problems.push({ field: 'organisationIds', problem: 'organisation_unknown', value: id });
    }
  }
  for (const id of new Set(input.memberUserIds ?? [])) {
    if (!(await repositories.users.findById(municipalityId, id))) {
      problems.push({ field: userField, problem: 'user_unknown', value: id });
    }
  }
}

export const unique = (values: readonly string[] | undefined) => [...new Set(values ?? [])];
