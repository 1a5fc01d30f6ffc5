import type { Kysely, Selectable } from 'kysely';
import type { Role } from '../domain/access/roles.js';
import type { Locale, User, UserChanges, UserFilter } from '../domain/accounts/user.js';
import type { UserRepository } from '../domain/accounts/user-repository.js';
import type { Tables, UserTable } from './tables.js';

export function toUser(row: Selectable<UserTable>, roles: Role[]): User {
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    organisationId: row.organisation_id,
    email: row.email,
    displayName: row.display_name,
    locale: row.locale as Locale,
    roles,
    passwordHash: row.password_hash,
    passwordChangedAt: row.password_changed_at,
    disabledAt: row.disabled_at,
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
  };
}

/** The roles of each user, in one query. */
export async function rolesOf(db: Kysely<Tables>, userIds: string[]): Promise<Map<string, Role[]>> {
  const roles = new Map<string, Role[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return roles;
  const rows = await db
    .selectFrom('user_roles')
    .select(['user_id', 'role'])
    .where('user_id', 'in', userIds)
    .orderBy('role')
    .execute();
  for (const row of rows) roles.get(row.user_id)?.push(row.role as Role);
  return roles;
}

export function createUserRepository(db: Kysely<Tables>): UserRepository {
  async function withRoles(rows: Selectable<UserTable>[]): Promise<User[]> {
    const roles = await rolesOf(
      db,
      rows.map((row) => row.id),
    );
    return rows.map((row) => toUser(row, roles.get(row.id) ?? []));
  }
  const first = async (rows: Selectable<UserTable>[]) => (await withRoles(rows))[0] ?? null;

  return {
    async create(user) {
      await db
        .insertInto('users')
        .values({
          id: user.id,
          municipality_id: user.municipalityId,
          organisation_id: user.organisationId,
          email: user.email,
          display_name: user.displayName,
          locale: user.locale,
          password_hash: user.passwordHash,
          password_changed_at: user.passwordChangedAt,
          disabled_at: user.disabledAt,
          last_login_at: user.lastLoginAt,
          created_at: user.createdAt,
        })
        .execute();
      if (user.roles.length > 0) {
        await db
          .insertInto('user_roles')
          .values(user.roles.map((role) => ({ user_id: user.id, role })))
          .execute();
      }
    },

    async findById(municipalityId, id) {
      return first(
        await db
          .selectFrom('users')
          .selectAll()
          .where('id', '=', id)
          .where('municipality_id', '=', municipalityId)
          .execute(),
      );
    },

    async findByIdUnscoped(id) {
      return first(await db.selectFrom('users').selectAll().where('id', '=', id).execute());
    },

    async lockForUpdate(id) {
      // A write that changes nothing: PostgreSQL locks the row until the commit, and SQLite
      // makes this transaction the one writer. Neither needs dialect-specific SQL.
      await db
        .updateTable('users')
        .set((eb) => ({ id: eb.ref('id') }))
        .where('id', '=', id)
        .execute();
    },

    async findByEmail(email) {
      return first(await db.selectFrom('users').selectAll().where('email', '=', email).execute());
    },

    async list(municipalityId, filter: UserFilter) {
      let query = db
        .selectFrom('users')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .orderBy('display_name')
        .orderBy('id');
      if (filter.organisationId) query = query.where('organisation_id', '=', filter.organisationId);
      if (filter.status === 'disabled') query = query.where('disabled_at', 'is not', null);
      if (filter.status === 'invited') {
        query = query.where('disabled_at', 'is', null).where('password_hash', 'is', null);
      }
      if (filter.status === 'active') {
        query = query.where('disabled_at', 'is', null).where('password_hash', 'is not', null);
      }
      return withRoles(await query.execute());
    },

    async update(id, changes: UserChanges) {
      const values = {
        ...(changes.displayName !== undefined ? { display_name: changes.displayName } : {}),
        ...(changes.locale !== undefined ? { locale: changes.locale } : {}),
        ...(changes.organisationId !== undefined
          ? { organisation_id: changes.organisationId }
          : {}),
        ...(changes.passwordHash !== undefined ? { password_hash: changes.passwordHash } : {}),
        ...(changes.passwordChangedAt !== undefined
          ? { password_changed_at: changes.passwordChangedAt }
          : {}),
        ...(changes.disabledAt !== undefined ? { disabled_at: changes.disabledAt } : {}),
        ...(changes.lastLoginAt !== undefined ? { last_login_at: changes.lastLoginAt } : {}),
      };
      if (Object.keys(values).length > 0) {
        await db.updateTable('users').set(values).where('id', '=', id).execute();
      }
      if (changes.roles) {
        await db.deleteFrom('user_roles').where('user_id', '=', id).execute();
        if (changes.roles.length > 0) {
          await db
            .insertInto('user_roles')
            .values(changes.roles.map((role) => ({ user_id: id, role })))
            .execute();
        }
      }
    },

    async countActiveAdmins(municipalityId) {
      const row = await db
        .selectFrom('users')
        .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
        .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('users.municipality_id', '=', municipalityId)
        .where('user_roles.role', '=', 'admin')
        .where('users.disabled_at', 'is', null)
        .where('users.password_hash', 'is not', null)
        .where('organisations.disabled_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },
  };
}
