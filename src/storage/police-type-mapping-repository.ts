import type { Kysely } from 'kysely';
import type { PoliceTypeMappingRepository } from '../domain/police-types/police-type-mapping-repository.js';
import type { Tables } from './tables.js';

export function createPoliceTypeMappingRepository(db: Kysely<Tables>): PoliceTypeMappingRepository {
  return {
    async list(municipalityId) {
      const rows = await db
        .selectFrom('police_type_mappings')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .orderBy('police_type')
        .execute();
      return rows.map((row) => ({
        policeType: row.police_type,
        categoryCode: row.category_code,
        updatedAt: row.updated_at,
      }));
    },

    async save(municipalityId, mapping) {
      await db
        .insertInto('police_type_mappings')
        .values({
          municipality_id: municipalityId,
          police_type: mapping.policeType,
          category_code: mapping.categoryCode,
          updated_at: mapping.updatedAt,
        })
        .onConflict((conflict) =>
          conflict.columns(['municipality_id', 'police_type']).doUpdateSet({
            category_code: mapping.categoryCode,
            updated_at: mapping.updatedAt,
          }),
        )
        .execute();
    },

    async remove(municipalityId, policeType) {
      const result = await db
        .deleteFrom('police_type_mappings')
        .where('municipality_id', '=', municipalityId)
        .where('police_type', '=', policeType)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
