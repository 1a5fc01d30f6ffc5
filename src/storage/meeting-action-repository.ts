import type { Kysely, Selectable } from 'kysely';
import type { JointAction, JointActionStatus, MailingStatus } from '../domain/meetings/meeting.js';
import type { CalendarFeedRepository } from '../domain/meetings/calendar-feed-repository.js';
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

/** A claim older than this is taken to have died with its process, and may be taken again. */
const claimTimeoutMs = 10 * 60_000;

/** Joint actions and the minutes' sent-log (issue 6). */
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

    async listMailings(meetingId) {
      const rows = await db
        .selectFrom('meeting_minutes_mailings')
        .selectAll()
        .where('meeting_id', '=', meetingId)
        .orderBy('user_id')
        .execute();
      return rows.map((row) => ({
        meetingId: row.meeting_id,
        userId: row.user_id,
        status: row.status as MailingStatus,
        sentAt: row.sent_at,
      }));
    },

    async addMailings(meetingId, userIds) {
      if (userIds.length === 0) return;
      await db
        .insertInto('meeting_minutes_mailings')
        .values(
          userIds.map((userId) => ({
            meeting_id: meetingId,
            user_id: userId,
            status: 'pending',
            claimed_at: null,
            sent_at: null,
          })),
        )
        .onConflict((conflict) => conflict.columns(['meeting_id', 'user_id']).doNothing())
        .execute();
    },

    async claimMailing(meetingId, userId, now) {
      const staleBefore = new Date(Date.parse(now) - claimTimeoutMs).toISOString();
      const updated = await db
        .updateTable('meeting_minutes_mailings')
        .set({ claimed_at: now })
        .where('meeting_id', '=', meetingId)
        .where('user_id', '=', userId)
        .where('status', '!=', 'sent')
        .where((eb) => eb.or([eb('claimed_at', 'is', null), eb('claimed_at', '<', staleBefore)]))
        .executeTakeFirst();
      return Number(updated.numUpdatedRows) > 0;
    },

    async setMailing(mailing) {
      await db
        .updateTable('meeting_minutes_mailings')
        .set({ status: mailing.status, sent_at: mailing.sentAt, claimed_at: null })
        .where('meeting_id', '=', mailing.meetingId)
        .where('user_id', '=', mailing.userId)
        .execute();
    },
  };
}

/** The users' iCalendar feeds, by the hash of their secret token. */
export function createCalendarFeedRepository(db: Kysely<Tables>): CalendarFeedRepository {
  const toFeed = (row: Selectable<Tables['calendar_feeds']>) => ({
    tokenHash: row.token_hash,
    municipalityId: row.municipality_id,
    userId: row.user_id,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  });
  return {
    async create(feed) {
      await db
        .insertInto('calendar_feeds')
        .values({
          token_hash: feed.tokenHash,
          municipality_id: feed.municipalityId,
          user_id: feed.userId,
          created_at: feed.createdAt,
          revoked_at: feed.revokedAt,
        })
        .execute();
    },

    async findByTokenHash(tokenHash) {
      const row = await db
        .selectFrom('calendar_feeds')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row ? toFeed(row) : null;
    },

    async findActiveForUser(userId) {
      const row = await db
        .selectFrom('calendar_feeds')
        .selectAll()
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .orderBy('created_at', 'desc')
        .executeTakeFirst();
      return row ? toFeed(row) : null;
    },

    async revokeForUser(userId, revokedAt) {
      await db
        .updateTable('calendar_feeds')
        .set({ revoked_at: revokedAt })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .execute();
    },
  };
}
