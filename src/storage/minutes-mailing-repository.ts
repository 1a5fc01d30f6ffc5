import type { Kysely } from 'kysely';
import type { MailingStatus } from '../domain/meetings/meeting.js';
import type { MinutesMailingRepository } from '../domain/meetings/minutes-mailing-repository.js';
import type { Tables } from './tables.js';

/** A claim older than this is taken to have died with its process, and may be taken again. */
const claimTimeoutMs = 10 * 60_000;

/**
 * The minutes' sent-log (issue 6), or with `table` the agenda's (issue 15): the same shape,
 * one row per meeting and member.
 */
export function createMinutesMailingRepository(
  db: Kysely<Tables>,
  table: 'meeting_minutes_mailings' | 'meeting_agenda_mailings' = 'meeting_minutes_mailings',
): MinutesMailingRepository {
  return {
    async list(meetingId) {
      const rows = await db
        .selectFrom(table)
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

    async addPending(meetingId, userIds) {
      if (userIds.length === 0) return;
      await db
        .insertInto(table)
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

    async claim(meetingId, userId, now) {
      const staleBefore = new Date(Date.parse(now) - claimTimeoutMs).toISOString();
      const updated = await db
        .updateTable(table)
        .set({ claimed_at: now })
        .where('meeting_id', '=', meetingId)
        .where('user_id', '=', userId)
        .where('status', '!=', 'sent')
        .where((eb) => eb.or([eb('claimed_at', 'is', null), eb('claimed_at', '<', staleBefore)]))
        .executeTakeFirst();
      return Number(updated.numUpdatedRows) > 0;
    },

    async save(mailing) {
      await db
        .updateTable(table)
        .set({ status: mailing.status, sent_at: mailing.sentAt, claimed_at: null })
        .where('meeting_id', '=', mailing.meetingId)
        .where('user_id', '=', mailing.userId)
        .execute();
    },
  };
}
