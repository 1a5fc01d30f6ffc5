import type { Kysely } from 'kysely';
import type { TokenPurpose } from '../domain/accounts/one-time-token.js';
import type { OneTimeTokenRepository } from '../domain/accounts/one-time-token-repository.js';
import type { Tables } from './tables.js';

export function createOneTimeTokenRepository(db: Kysely<Tables>): OneTimeTokenRepository {
  return {
    async create(token) {
      await db
        .insertInto('one_time_tokens')
        .values({
          id: token.id,
          purpose: token.purpose,
          user_id: token.userId,
          created_by_user_id: token.createdByUserId,
          created_at: token.createdAt,
          expires_at: token.expiresAt,
          used_at: token.usedAt,
        })
        .execute();
    },

    async findById(id) {
      const row = await db
        .selectFrom('one_time_tokens')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return null;
      return {
        id: row.id,
        purpose: row.purpose as TokenPurpose,
        userId: row.user_id,
        createdByUserId: row.created_by_user_id,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
        usedAt: row.used_at,
      };
    },

    async markUsed(id, usedAt) {
      await db
        .updateTable('one_time_tokens')
        .set({ used_at: usedAt })
        .where('id', '=', id)
        .execute();
    },

    async expireUnused(userId, purpose, at) {
      await db
        .updateTable('one_time_tokens')
        .set({ expires_at: at })
        .where('user_id', '=', userId)
        .where('purpose', '=', purpose)
        .where('used_at', 'is', null)
        .where('expires_at', '>', at)
        .execute();
    },

    async wasIssuedByUser(userId, purpose) {
      const row = await db
        .selectFrom('one_time_tokens')
        .select('id')
        .where('user_id', '=', userId)
        .where('purpose', '=', purpose)
        .where('created_by_user_id', 'is not', null)
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },

    async latestIssuedAt(userId, purpose) {
      const row = await db
        .selectFrom('one_time_tokens')
        .select('created_at')
        .where('user_id', '=', userId)
        .where('purpose', '=', purpose)
        .orderBy('created_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row?.created_at ?? null;
    },
  };
}
