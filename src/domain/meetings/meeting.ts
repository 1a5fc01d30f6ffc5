/**
 * The OSG meeting workspace (issue 6): meeting series (e.g. "OSG Huddinge", every Thursday
 * 09:00 Europe/Stockholm), their meetings as records of their own, one-off meetings, the
 * agenda each meeting builds from the week's situation picture, the minutes written during
 * the meeting, and the joint actions (gemensamma insatser) decided there.
 *
 * Membership decides who reads: a meeting's member users and the users of its member
 * organisations, and those who manage meetings. Instants are UTC ISO strings; days are
 * Stockholm calendar days "YYYY-MM-DD".
 */

export const agendaItemKinds = [
  'largest_change',
  'alarm',
  'signals',
  'flagged_incident',
  'joint_action',
  'custom',
] as const;
export type AgendaItemKind = (typeof agendaItemKinds)[number];

export const jointActionStatuses = ['planned', 'ongoing', 'done', 'cancelled'] as const;
export type JointActionStatus = (typeof jointActionStatuses)[number];

export type MeetingStatus = 'scheduled' | 'cancelled' | 'closed';
export type MailingStatus = 'pending' | 'sent' | 'failed' | 'no_mailer';

export interface MeetingSeries {
  id: string;
  municipalityId: string;
  title: string;
  place: string;
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: number;
  /** Stockholm wall clock, "09:00". */
  startTime: string;
  durationMinutes: number;
  startsOn: string;
  endsOn: string | null;
  organisationIds: string[];
  memberUserIds: string[];
  createdByUserId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AttendanceMark {
  userId: string;
  isPresent: boolean | null;
}

export interface Meeting {
  id: string;
  municipalityId: string;
  seriesId: string | null;
  /** The series' occurrence day this meeting is; null for a one-off meeting. */
  occurrenceOn: string | null;
  title: string;
  place: string;
  startsAt: string;
  endsAt: string;
  organisationIds: string[];
  memberUserIds: string[];
  generalNotes: string;
  guests: string;
  attendance: AttendanceMark[];
  agendaGeneratedAt: string | null;
  cancelledAt: string | null;
  closedAt: string | null;
  closedByUserId: string | null;
  /** The minutes as they were at closing (JSON of MinutesSnapshot); null while open. */
  minutesSnapshot: MinutesSnapshot | null;
  createdAt: string;
  updatedAt: string;
}

export interface AgendaItem {
  id: string;
  municipalityId: string;
  meetingId: string;
  position: number;
  kind: AgendaItemKind;
  /** What the item was built from (a change, an alarm, an incident, an action); null: typed. */
  sourceRef: string | null;
  title: string;
  notes: string;
  decisions: string;
  isAutomatic: boolean;
  /** Removed items are kept, so regenerating the agenda does not bring them back. */
  removedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface JointAction {
  id: string;
  municipalityId: string;
  meetingId: string;
  seriesId: string | null;
  title: string;
  description: string;
  districtIds: string[];
  organisationIds: string[];
  responsibleUserIds: string[];
  dueOn: string | null;
  expectedResult: string;
  status: JointActionStatus;
  outcome: string;
  createdByUserId: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface IncidentFlag {
  id: string;
  municipalityId: string;
  meetingId: string;
  incidentId: string;
  note: string;
  flaggedByUserId: string | null;
  flaggedAt: string;
}

export interface MinutesMailing {
  meetingId: string;
  userId: string;
  status: MailingStatus;
  sentAt: string | null;
}

/** What a closed meeting's minutes hold: frozen at closing. */
export interface MinutesSnapshot {
  agenda: AgendaItem[];
  attendance: AttendanceMark[];
  guests: string;
  generalNotes: string;
  actions: JointAction[];
  carriedActions: JointAction[];
}

export interface CalendarFeed {
  /** SHA-256 (hex) of the token in the URL. */
  tokenHash: string;
  municipalityId: string;
  userId: string;
  createdAt: string;
  revokedAt: string | null;
}
