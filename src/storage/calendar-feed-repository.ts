import type { Kysely, Selectable } from 'kysely';
import type { CalendarFeedRepository } from '../domain/meetings/calendar-feed-repository.js';
import type { Tables } from './tables.js';

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
