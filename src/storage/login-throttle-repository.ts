import type { Kysely } from 'kysely';
import type { LoginThrottleRepository } from '../domain/accounts/login-throttle-repository.js';
import type { Dialect } from './db.js';
import type { Tables } from './tables.js';

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
