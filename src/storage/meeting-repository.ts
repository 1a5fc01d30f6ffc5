import type { Kysely, Selectable } from 'kysely';
import type {
  AttendanceMark,
  Meeting,
  MeetingSeries,
  MinutesSnapshot,
} from '../domain/meetings/meeting.js';
import type { MeetingRepository } from '../domain/meetings/meeting-repository.js';
import type { MeetingSeriesTable, MeetingTable, Tables } from './tables.js';

const parseIds = (text: string) => JSON.parse(text) as string[];

function toSeries(row: Selectable<MeetingSeriesTable>): MeetingSeries {
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    title: row.title,
    place: row.place,
    weekday: Number(row.weekday),
    startTime: row.start_time,
    durationMinutes: Number(row.duration_minutes),
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    organisationIds: parseIds(row.organisation_ids),
    memberUserIds: parseIds(row.member_user_ids),
    createdByUserId: row.created_by_user_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function seriesRow(series: MeetingSeries): MeetingSeriesTable {
  return {
    id: series.id,
    municipality_id: series.municipalityId,
    title: series.title,
    place: series.place,
    weekday: series.weekday,
    start_time: series.startTime,
    duration_minutes: series.durationMinutes,
    starts_on: series.startsOn,
    ends_on: series.endsOn,
    organisation_ids: JSON.stringify(series.organisationIds),
    member_user_ids: JSON.stringify(series.memberUserIds),
    created_by_user_id: series.createdByUserId,
    created_at: series.createdAt,
    updated_at: series.updatedAt,
  };
}

function toMeeting(row: Selectable<MeetingTable>): Meeting {
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    seriesId: row.series_id,
    occurrenceOn: row.occurrence_on,
    title: row.title,
    place: row.place,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    organisationIds: parseIds(row.organisation_ids),
    memberUserIds: parseIds(row.member_user_ids),
    generalNotes: row.general_notes,
    guests: row.guests,
    attendance: JSON.parse(row.attendance) as AttendanceMark[],
    agendaGeneratedAt: row.agenda_generated_at,
    cancelledAt: row.cancelled_at,
    closedAt: row.closed_at,
    closedByUserId: row.closed_by_user_id,
    minutesSnapshot:
      row.minutes_snapshot === null ? null : (JSON.parse(row.minutes_snapshot) as MinutesSnapshot),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function meetingRow(meeting: Meeting): MeetingTable {
  return {
    id: meeting.id,
    municipality_id: meeting.municipalityId,
    series_id: meeting.seriesId,
    occurrence_on: meeting.occurrenceOn,
    title: meeting.title,
    place: meeting.place,
    starts_at: meeting.startsAt,
    ends_at: meeting.endsAt,
    organisation_ids: JSON.stringify(meeting.organisationIds),
    member_user_ids: JSON.stringify(meeting.memberUserIds),
    general_notes: meeting.generalNotes,
    guests: meeting.guests,
    attendance: JSON.stringify(meeting.attendance),
    agenda_generated_at: meeting.agendaGeneratedAt,
    cancelled_at: meeting.cancelledAt,
    closed_at: meeting.closedAt,
    closed_by_user_id: meeting.closedByUserId,
    minutes_snapshot:
      meeting.minutesSnapshot === null ? null : JSON.stringify(meeting.minutesSnapshot),
    created_at: meeting.createdAt,
    updated_at: meeting.updatedAt,
  };
}

/** Meeting series and their meetings (issue 6). */
export function createMeetingRepository(db: Kysely<Tables>): MeetingRepository {
  return {
    async saveSeries(series) {
      const values = seriesRow(series);
      await db
        .insertInto('meeting_series')
        .values(values)
        .onConflict((conflict) => conflict.column('id').doUpdateSet(values))
        .execute();
    },

    async findSeries(municipalityId, id) {
      const row = await db
        .selectFrom('meeting_series')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toSeries(row) : null;
    },

    async listSeries(municipalityId) {
      const rows = await db
        .selectFrom('meeting_series')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .orderBy('title')
        .orderBy('id')
        .execute();
      return rows.map(toSeries);
    },

    async saveMeeting(meeting) {
      const values = meetingRow(meeting);
      await db
        .insertInto('meetings')
        .values(values)
        .onConflict((conflict) => conflict.column('id').doUpdateSet(values))
        .execute();
    },

    async insertOccurrence(meeting) {
      const result = await db
        .insertInto('meetings')
        .values(meetingRow(meeting))
        .onConflict((conflict) => conflict.columns(['series_id', 'occurrence_on']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },

    async deleteMeeting(id) {
      await db.deleteFrom('meetings').where('id', '=', id).execute();
    },

    async findMeeting(municipalityId, id) {
      const row = await db
        .selectFrom('meetings')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toMeeting(row) : null;
    },

    async listMeetings(municipalityId, filter) {
      let query = db
        .selectFrom('meetings')
        .selectAll()
        .where('municipality_id', '=', municipalityId);
      if (filter.from) query = query.where('starts_at', '>=', filter.from);
      if (filter.to) query = query.where('starts_at', '<', filter.to);
      if (filter.seriesId) query = query.where('series_id', '=', filter.seriesId);
      const rows = await query.orderBy('starts_at').orderBy('id').execute();
      return rows.map(toMeeting);
    },

    async listSeriesMeetingsFrom(seriesId, from) {
      const rows = await db
        .selectFrom('meetings')
        .selectAll()
        .where('series_id', '=', seriesId)
        .where('starts_at', '>=', from)
        .orderBy('starts_at')
        .execute();
      return rows.map(toMeeting);
    },
  };
}
