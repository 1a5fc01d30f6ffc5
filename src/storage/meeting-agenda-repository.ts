import type { Kysely, Selectable } from 'kysely';
import type { AgendaItem, AgendaItemKind, IncidentFlag } from '../domain/meetings/meeting.js';
import type { MeetingAgendaRepository } from '../domain/meetings/meeting-agenda-repository.js';
import type { MeetingAgendaItemTable, MeetingIncidentFlagTable, Tables } from './tables.js';

function toItem(row: Selectable<MeetingAgendaItemTable>): AgendaItem {
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    meetingId: row.meeting_id,
    position: Number(row.position),
    kind: row.kind as AgendaItemKind,
    sourceRef: row.source_ref,
    title: row.title,
    notes: row.notes,
    decisions: row.decisions,
    isAutomatic: Number(row.is_automatic) === 1,
    removedAt: row.removed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toFlag(row: Selectable<MeetingIncidentFlagTable>): IncidentFlag {
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    meetingId: row.meeting_id,
    incidentId: row.incident_id,
    note: row.note,
    flaggedByUserId: row.flagged_by_user_id,
    flaggedAt: row.flagged_at,
  };
}

/** A meeting's agenda items and the incidents flagged for it (issue 6). */
export function createMeetingAgendaRepository(db: Kysely<Tables>): MeetingAgendaRepository {
  return {
    async listItems(meetingId) {
      const rows = await db
        .selectFrom('meeting_agenda_items')
        .selectAll()
        .where('meeting_id', '=', meetingId)
        .orderBy('position')
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toItem);
    },

    async countItems(meetingIds) {
      const counts = new Map<string, number>();
      if (meetingIds.length === 0) return counts;
      const rows = await db
        .selectFrom('meeting_agenda_items')
        .select(['meeting_id', (eb) => eb.fn.countAll().as('count')])
        .where('meeting_id', 'in', [...meetingIds])
        .groupBy('meeting_id')
        .execute();
      for (const row of rows) counts.set(row.meeting_id, Number(row.count));
      return counts;
    },

    async findItem(municipalityId, id) {
      const row = await db
        .selectFrom('meeting_agenda_items')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toItem(row) : null;
    },

    async saveItem(item) {
      const values: MeetingAgendaItemTable = {
        id: item.id,
        municipality_id: item.municipalityId,
        meeting_id: item.meetingId,
        position: item.position,
        kind: item.kind,
        source_ref: item.sourceRef,
        title: item.title,
        notes: item.notes,
        decisions: item.decisions,
        is_automatic: item.isAutomatic ? 1 : 0,
        removed_at: item.removedAt,
        created_at: item.createdAt,
        updated_at: item.updatedAt,
      };
      await db
        .insertInto('meeting_agenda_items')
        .values(values)
        .onConflict((conflict) => conflict.column('id').doUpdateSet(values))
        .execute();
    },

    async saveFlag(flag) {
      const values = {
        id: flag.id,
        municipality_id: flag.municipalityId,
        meeting_id: flag.meetingId,
        incident_id: flag.incidentId,
        note: flag.note,
        flagged_by_user_id: flag.flaggedByUserId,
        flagged_at: flag.flaggedAt,
      };
      await db
        .insertInto('meeting_incident_flags')
        .values(values)
        .onConflict((conflict) =>
          conflict.columns(['meeting_id', 'incident_id']).doUpdateSet({
            note: values.note,
            flagged_by_user_id: values.flagged_by_user_id,
          }),
        )
        .execute();
    },

    async findFlag(municipalityId, id) {
      const row = await db
        .selectFrom('meeting_incident_flags')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toFlag(row) : null;
    },

    async deleteFlag(id) {
      await db.deleteFrom('meeting_incident_flags').where('id', '=', id).execute();
    },

    async listFlags(meetingId) {
      const rows = await db
        .selectFrom('meeting_incident_flags')
        .selectAll()
        .where('meeting_id', '=', meetingId)
        .orderBy('flagged_at')
        .orderBy('id')
        .execute();
      return rows.map(toFlag);
    },
  };
}
