import type { Kysely, Selectable } from 'kysely';
import type { CategoryGroup } from '../domain/incidents/default-taxonomy.js';
import type { Category } from '../domain/incidents/taxonomy.js';
import type { TaxonomyRepository } from '../domain/incidents/taxonomy-repository.js';
import { raiseSituationVersion } from './situation-version.js';
import type { Tables, TaxonomyCategoryTable } from './tables.js';

function toCategory(row: Selectable<TaxonomyCategoryTable>): Category {
  return {
    municipalityId: row.municipality_id,
    code: row.code,
    labelSv: row.label_sv,
    labelEn: row.label_en,
    group: row.category_group as CategoryGroup,
    isOrganizedCrimeSignal: Number(row.is_organized_crime_signal) === 1,
    sortOrder: Number(row.sort_order),
    retiredAt: row.retired_at,
  };
}

function toRow(category: Category) {
  return {
    label_sv: category.labelSv,
    label_en: category.labelEn,
    category_group: category.group,
    is_organized_crime_signal: category.isOrganizedCrimeSignal ? 1 : 0,
    sort_order: category.sortOrder,
    retired_at: category.retiredAt,
  };
}

export function createTaxonomyRepository(db: Kysely<Tables>): TaxonomyRepository {
  return {
    async createMany(categories) {
      if (categories.length === 0) return;
      const createdAt = new Date().toISOString();
      await db
        .insertInto('taxonomy_categories')
        .values(
          categories.map((category) => ({
            municipality_id: category.municipalityId,
            code: category.code,
            created_at: createdAt,
            ...toRow(category),
          })),
        )
        .execute();
      await raiseSituationVersion(
        db,
        categories.map((category) => category.municipalityId),
      );
    },

    async list(municipalityId) {
      const rows = await db
        .selectFrom('taxonomy_categories')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .orderBy('sort_order')
        .orderBy('code')
        .execute();
      return rows.map(toCategory);
    },

    async find(municipalityId, code) {
      const row = await db
        .selectFrom('taxonomy_categories')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('code', '=', code)
        .executeTakeFirst();
      return row ? toCategory(row) : null;
    },

    async update(category) {
      await db
        .updateTable('taxonomy_categories')
        .set(toRow(category))
        .where('municipality_id', '=', category.municipalityId)
        .where('code', '=', category.code)
        .execute();
      await raiseSituationVersion(db, [category.municipalityId]);
    },
  };
}
