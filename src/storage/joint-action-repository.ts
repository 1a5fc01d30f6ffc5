import type { Kysely, Selectable } from 'kysely';
import type { JointAction, JointActionStatus } from '../domain/meetings/meeting.js';
import type { JointActionRepository } from '../domain/meetings/joint-action-repository.js';
import type { JointActionTable, Tables } from './tables.js';

const parseIds = (text: string) => JSON.parse(text) as string[];

function toAction(row: Selectable<JointActionTable>): JointAction {
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    meetingId: row.meeting_id,
    seriesId: row.series_id,
    title: row.title,
    description: row.description,
    districtIds: parseIds(row.district_ids),
    organisationIds: parseIds(row.organisation_ids),
    responsibleUserIds: parseIds(row.responsible_user_ids),
    dueOn: row.due_on,
    expectedResult: row.expected_result,
    status: row.status as JointActionStatus,
    outcome: row.outcome,
    createdByUserId: row.created_by_user_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    closedAt: row.closed_at,
  };
}

/** Joint actions (issue 6). */
export function createJointActionRepository(db: Kysely<Tables>): JointActionRepository {
  const select = () => db.selectFrom('joint_actions').selectAll();
  const ordered = <T extends ReturnType<typeof select>>(query: T) =>
    query.orderBy('due_on').orderBy('created_at').orderBy('id');
  return {
    async save(action) {
      const values: JointActionTable = {
        id: action.id,
        municipality_id: action.municipalityId,
        meeting_id: action.meetingId,
        series_id: action.seriesId,
        title: action.title,
        description: action.description,
        district_ids: JSON.stringify(action.districtIds),
        organisation_ids: JSON.stringify(action.organisationIds),
        responsible_user_ids: JSON.stringify(action.responsibleUserIds),
        due_on: action.dueOn,
        expected_result: action.expectedResult,
        status: action.status,
        outcome: action.outcome,
        created_by_user_id: action.createdByUserId,
        created_at: action.createdAt,
        updated_at: action.updatedAt,
        closed_at: action.closedAt,
      };
      await db
        .insertInto('joint_actions')
        .values(values)
        .onConflict((conflict) => conflict.column('id').doUpdateSet(values))
        .execute();
    },

    async findById(municipalityId, id) {
      const row = await select()
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toAction(row) : null;
    },

    async listByMeeting(meetingId) {
      return (await ordered(select().where('meeting_id', '=', meetingId)).execute()).map(toAction);
    },

    async listBySeries(seriesId) {
      return (await ordered(select().where('series_id', '=', seriesId)).execute()).map(toAction);
    },

    async list(municipalityId) {
      return (await ordered(select().where('municipality_id', '=', municipalityId)).execute()).map(
        toAction,
      );
    },
  };
}
