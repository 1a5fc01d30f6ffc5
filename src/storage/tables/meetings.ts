/**
 * Tables: Meetings, minutes and joint actions.
 * ../tables.ts joins every area into the one database Kysely sees.
 */

/** A meeting series (issue 6); JSON arrays of organisation and user ids. */
export interface MeetingSeriesTable {
  id: string;
  municipality_id: string;
  title: string;
  place: string;
  weekday: number;
  start_time: string;
  duration_minutes: number;
  starts_on: string;
  ends_on: string | null;
  organisation_ids: string;
  member_user_ids: string;
  created_by_user_id: string | null;
  created_at: string;
  updated_at: string;
}

/** A meeting: one occurrence of a series (unique by series and day) or a one-off. */
export interface MeetingTable {
  id: string;
  municipality_id: string;
  series_id: string | null;
  occurrence_on: string | null;
  title: string;
  place: string;
  starts_at: string;
  ends_at: string;
  organisation_ids: string;
  member_user_ids: string;
  general_notes: string;
  guests: string;
  /** JSON of AttendanceMark[]. */
  attendance: string;
  agenda_generated_at: string | null;
  cancelled_at: string | null;
  closed_at: string | null;
  closed_by_user_id: string | null;
  /** JSON of MinutesSnapshot, written at closing. */
  minutes_snapshot: string | null;
  created_at: string;
  updated_at: string;
}

export interface MeetingAgendaItemTable {
  id: string;
  municipality_id: string;
  meeting_id: string;
  position: number;
  kind: string;
  source_ref: string | null;
  title: string;
  notes: string;
  decisions: string;
  /** 0 or 1. */
  is_automatic: number;
  removed_at: string | null;
  created_at: string;
  updated_at: string;
}

/** An incident a coordinator flagged for a meeting; unique by meeting and incident. */
export interface MeetingIncidentFlagTable {
  id: string;
  municipality_id: string;
  meeting_id: string;
  incident_id: string;
  note: string;
  flagged_by_user_id: string | null;
  flagged_at: string;
}

export interface JointActionTable {
  id: string;
  municipality_id: string;
  meeting_id: string;
  series_id: string | null;
  title: string;
  description: string;
  district_ids: string;
  organisation_ids: string;
  responsible_user_ids: string;
  due_on: string | null;
  expected_result: string;
  status: string;
  outcome: string;
  created_by_user_id: string | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

/** The minutes' sent-log: one row per meeting and member, so a retry never sends twice. */
export interface MeetingMinutesMailingTable {
  meeting_id: string;
  user_id: string;
  status: string;
  claimed_at: string | null;
  sent_at: string | null;
}

/** A user's iCalendar feed: only the SHA-256 of the token in its URL is kept. */
export interface CalendarFeedTable {
  token_hash: string;
  municipality_id: string;
  user_id: string;
  created_at: string;
  revoked_at: string | null;
}
