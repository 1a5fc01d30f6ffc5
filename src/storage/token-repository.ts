import type { Kysely } from 'kysely';
import type { TokenPurpose } from '../domain/accounts/one-time-token.js';
import type { LoginThrottleRepository } from '../domain/accounts/login-throttle-repository.js';
import type { OneTimeTokenRepository } from '../domain/accounts/one-time-token-repository.js';
import type { Dialect } from './db.js';
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

function toLoginThrottle(row: {
  key: string;
  failure_count: number;
  locked_until: string | null;
  updated_at: string;
}) {
  return {
    key: row.key,
    failureCount: Number(row.failure_count),
    lockedUntil: row.locked_until,
    updatedAt: row.updated_at,
  };
}

export function createLoginThrottleRepository(
  db: Kysely<Tables>,
  dialect: Dialect,
): LoginThrottleRepository {
  return {
    async find(key) {
      const row = await db
        .selectFrom('login_throttle')
        .selectAll()
        .where('key', '=', key)
        .executeTakeFirst();
      return row ? toLoginThrottle(row) : null;
    },

    async findForUpdate(key, now) {
      // The row must exist before it can be locked: two first attempts at once would otherwise
      // both read "none" and both count as the first. The insert waits for a concurrent one.
      await db
        .insertInto('login_throttle')
        .values({ key, failure_count: 0, locked_until: null, updated_at: now })
        .onConflict((conflict) => conflict.column('key').doNothing())
        .execute();
      // PostgreSQL: the row lock holds every other attempt on this key until the commit.
      // SQLite: the insert above already made this the one writing transaction.
      const query = db.selectFrom('login_throttle').selectAll().where('key', '=', key);
      const row = await (
        dialect === 'postgres' ? query.forUpdate() : query
      ).executeTakeFirstOrThrow();
      return toLoginThrottle(row);
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
