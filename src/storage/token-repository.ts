import type { Kysely } from 'kysely';
import type {
  LoginThrottleRepository,
  OneTimeTokenRepository,
  TokenPurpose,
} from '../domain/accounts/one-time-token.js';
import type { Tables } from './tables.js';

export function createTokenRepository(db: Kysely<Tables>): OneTimeTokenRepository {
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
  };
}

export function createLoginThrottleRepository(db: Kysely<Tables>): LoginThrottleRepository {
  return {
    async find(key) {
      const row = await db
        .selectFrom('login_throttle')
        .selectAll()
        .where('key', '=', key)
        .executeTakeFirst();
      if (!row) return null;
      return {
        key: row.key,
        failureCount: Number(row.failure_count),
        lockedUntil: row.locked_until,
        updatedAt: row.updated_at,
      };
    },

    async save(throttle) {
      const values = {
        failure_count: throttle.failureCount,
        locked_until: throttle.lockedUntil,
        updated_at: throttle.updatedAt,
      };
      await db
        .insertInto('login_throttle')
        .values({ key: throttle.key, ...values })
        .onConflict((conflict) => conflict.column('key').doUpdateSet(values))
        .execute();
    },

    async clear(key) {
      await db.deleteFrom('login_throttle').where('key', '=', key).execute();
    },
  };
}
