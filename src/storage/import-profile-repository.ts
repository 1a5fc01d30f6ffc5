import type { Kysely, Selectable } from 'kysely';
import type { ImportProfile, SavedImportProfile } from '../domain/imports/import-profile.js';
import type { ImportProfileRepository } from '../domain/imports/import-profile-repository.js';
import type { ImportProfileTable, Tables } from './tables.js';

function toProfile(row: Selectable<ImportProfileTable>): SavedImportProfile {
  const definition = JSON.parse(row.definition) as Omit<ImportProfile, 'name'>;
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    name: row.name,
    columns: definition.columns,
    categoryValues: definition.categoryValues,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function createImportProfileRepository(db: Kysely<Tables>): ImportProfileRepository {
  return {
    async save(profile) {
      const values = {
        name: profile.name,
        definition: JSON.stringify({
          columns: profile.columns,
          categoryValues: profile.categoryValues,
        }),
        updated_at: profile.updatedAt,
      };
      await db
        .insertInto('import_profiles')
        .values({
          id: profile.id,
          municipality_id: profile.municipalityId,
          created_at: profile.createdAt,
          ...values,
        })
        .onConflict((conflict) => conflict.column('id').doUpdateSet(values))
        .execute();
    },

    async list(municipalityId) {
      const rows = await db
        .selectFrom('import_profiles')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .orderBy('name')
        .execute();
      return rows.map(toProfile);
    },

    async find(municipalityId, id) {
      const row = await db
        .selectFrom('import_profiles')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toProfile(row) : null;
    },
  };
}
