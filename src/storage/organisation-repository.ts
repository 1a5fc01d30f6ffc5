import type { Kysely, Selectable } from 'kysely';
import type { OrganisationKind } from '../domain/access/roles.js';
import type { Organisation } from '../domain/organisations/organisation.js';
import type { OrganisationRepository } from '../domain/organisations/organisation-repository.js';
import type { OrganisationTable, Tables } from './tables.js';

export function toOrganisation(row: Selectable<OrganisationTable>): Organisation {
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    name: row.name,
    kind: row.kind as OrganisationKind,
    disabledAt: row.disabled_at,
    createdAt: row.created_at,
  };
}

export function createOrganisationRepository(db: Kysely<Tables>): OrganisationRepository {
  return {
    async create(organisation) {
      await db
        .insertInto('organisations')
        .values({
          id: organisation.id,
          municipality_id: organisation.municipalityId,
          name: organisation.name,
          kind: organisation.kind,
          disabled_at: organisation.disabledAt,
          created_at: organisation.createdAt,
        })
        .execute();
    },

    async findById(municipalityId, id) {
      const row = await db
        .selectFrom('organisations')
        .selectAll()
        .where('id', '=', id)
        .where('municipality_id', '=', municipalityId)
        .executeTakeFirst();
      return row ? toOrganisation(row) : null;
    },

    async findByName(municipalityId, name) {
      // Compared here rather than with SQL lower(), which folds only ASCII on SQLite ("Ö" ≠ "ö").
      const key = name.normalize('NFC').toLocaleLowerCase('sv');
      const rows = await db
        .selectFrom('organisations')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .execute();
      const row = rows.find((item) => item.name.normalize('NFC').toLocaleLowerCase('sv') === key);
      return row ? toOrganisation(row) : null;
    },

    async list(municipalityId) {
      const rows = await db
        .selectFrom('organisations')
        .leftJoin('users', 'users.organisation_id', 'organisations.id')
        .selectAll('organisations')
        .select((eb) => eb.fn.count<number>('users.id').as('user_count'))
        .where('organisations.municipality_id', '=', municipalityId)
        .groupBy([
          'organisations.id',
          'organisations.municipality_id',
          'organisations.name',
          'organisations.kind',
          'organisations.disabled_at',
          'organisations.created_at',
        ])
        .orderBy('organisations.name')
        .execute();
      return rows.map((row) => ({ ...toOrganisation(row), userCount: Number(row.user_count) }));
    },

    async setDisabledAt(id, disabledAt) {
      await db
        .updateTable('organisations')
        .set({ disabled_at: disabledAt })
        .where('id', '=', id)
        .execute();
    },
  };
}
