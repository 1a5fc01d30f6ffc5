import type { OrganisationKind } from '../access/roles.js';
import type { Actor } from '../access/actor.js';
import type { Repositories } from '../deps.js';
import type {
  AgendaItem,
  JointAction,
  Meeting,
  MeetingStatus,
  MinutesMailing,
  MinutesSnapshot,
} from './meeting.js';
import {
  canManageMeetings,
  isActionOpen,
  isActionOverdue,
  meetingStatus,
} from './meeting-rules.js';

export interface JointActionView extends JointAction {
  isOpen: boolean;
  isOverdue: boolean;
}

export interface MeetingSummary extends Meeting {
  status: MeetingStatus;
  canManage: boolean;
}

interface MemberView {
  userId: string;
  displayName: string;
  organisationId: string;
  organisationName: string;
}

export interface FlaggedIncidentView {
  /** The flag's own id. */
  id: string;
  incidentId: string;
  meetingId: string;
  note: string;
  categoryCode: string;
  occurredAt: string | null;
  districtIds: string[];
  flaggedByUserId: string | null;
  flaggedAt: string;
}

export interface MeetingDetail extends MeetingSummary {
  organisations: { id: string; name: string; kind: OrganisationKind }[];
  members: MemberView[];
  agenda: AgendaItem[];
  attendanceList: (MemberView & { isPresent: boolean | null })[];
  actions: JointActionView[];
  carriedActions: JointActionView[];
  flaggedIncidents: FlaggedIncidentView[];
  mailings: MinutesMailing[];
  /** Who has been sent the agenda before the meeting, and how it went. */
  agendaMailings: MinutesMailing[];
}

export const viewAction = (action: JointAction, now: Date): JointActionView => ({
  ...action,
  isOpen: isActionOpen(action),
  isOverdue: isActionOverdue(action, now),
});

export function summariseMeeting(meeting: Meeting, actor: Actor): MeetingSummary {
  const status = meetingStatus(meeting);
  return { ...meeting, status, canManage: canManageMeetings(actor) && status !== 'closed' };
}

/** Open actions of the series' earlier meetings: they stay on the agenda until closed. */
export async function carriedActionsOf(
  repositories: Repositories,
  meeting: Meeting,
): Promise<JointAction[]> {
  if (meeting.seriesId === null) return [];
  const actions = await repositories.jointActions.listBySeries(meeting.seriesId);
  return actions.filter((action) => action.meetingId !== meeting.id && isActionOpen(action));
}

/** The minutes as they stand: live while the meeting is open, the frozen snapshot once closed. */
export async function currentMinutes(
  repositories: Repositories,
  meeting: Meeting,
): Promise<MinutesSnapshot> {
  if (meeting.minutesSnapshot) return meeting.minutesSnapshot;
  const [items, actions, carriedActions] = await Promise.all([
    repositories.meetingAgenda.listItems(meeting.id),
    repositories.jointActions.listByMeeting(meeting.id),
    carriedActionsOf(repositories, meeting),
  ]);
  return {
    agenda: items.filter((item) => item.removedAt === null),
    attendance: meeting.attendance,
    guests: meeting.guests,
    generalNotes: meeting.generalNotes,
    actions,
    carriedActions,
  };
}

/** The meeting with its members, agenda, attendance, actions, flags and mailings. */
export async function viewMeeting(
  repositories: Repositories,
  actor: Actor,
  meeting: Meeting,
  now: Date,
): Promise<MeetingDetail> {
  const minutes = await currentMinutes(repositories, meeting);
  const organisations = [];
  const organisationNames = new Map<string, string>();
  for (const id of meeting.organisationIds) {
    const organisation = await repositories.organisations.findById(actor.municipalityId, id);
    if (!organisation) continue;
    organisations.push({ id, name: organisation.name, kind: organisation.kind });
    organisationNames.set(id, organisation.name);
  }
  const members: MemberView[] = [];
  for (const userId of meeting.memberUserIds) {
    const user = await repositories.users.findById(actor.municipalityId, userId);
    if (!user) continue;
    let organisationName = organisationNames.get(user.organisationId);
    if (organisationName === undefined) {
      const organisation = await repositories.organisations.findById(
        actor.municipalityId,
        user.organisationId,
      );
      organisationName = organisation?.name ?? '';
      organisationNames.set(user.organisationId, organisationName);
    }
    members.push({
      userId,
      displayName: user.displayName,
      organisationId: user.organisationId,
      organisationName,
    });
  }
  const marks = new Map(minutes.attendance.map((mark) => [mark.userId, mark.isPresent]));
  const flags = await repositories.meetingAgenda.listFlags(meeting.id);
  const flaggedIncidents: FlaggedIncidentView[] = [];
  for (const flag of flags) {
    const incident = await repositories.incidents.findById(actor.municipalityId, flag.incidentId);
    flaggedIncidents.push({
      id: flag.id,
      incidentId: flag.incidentId,
      meetingId: flag.meetingId,
      note: flag.note,
      categoryCode: incident?.categoryCode ?? '',
      occurredAt: incident?.occurredAt ?? null,
      districtIds: incident?.districtIds ?? [],
      flaggedByUserId: flag.flaggedByUserId,
      flaggedAt: flag.flaggedAt,
    });
  }
  return {
    ...summariseMeeting(meeting, actor),
    generalNotes: minutes.generalNotes,
    guests: minutes.guests,
    organisations,
    members,
    agenda: minutes.agenda,
    attendanceList: members.map((member) => ({
      ...member,
      isPresent: marks.get(member.userId) ?? null,
    })),
    actions: minutes.actions.map((action) => viewAction(action, now)),
    carriedActions: minutes.carriedActions.map((action) => viewAction(action, now)),
    flaggedIncidents,
    mailings: await repositories.minutesMailings.list(meeting.id),
    agendaMailings: await repositories.agendaMailings.list(meeting.id),
  };
}
