import { sql, type Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

/**
 * A municipality's own mapping of police event types to categories, where it differs from
 * the default (null: the type is not an incident there), and the category "Bilbrand" that
 * the police import's text rules give car fires, for every municipality that lacks it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { timestamp } = columnTypes(db);
  await db.schema
    .createTable('police_type_mappings')
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('police_type', 'text', (column) => column.notNull())
    .addColumn('category_code', 'text')
    .addColumn('updated_at', timestamp, (column) => column.notNull())
    .addPrimaryKeyConstraint('police_type_mappings_primary_key', ['municipality_id', 'police_type'])
    .execute();

  await sql`
    insert into taxonomy_categories
      (municipality_id, code, label_sv, label_en, category_group, is_organized_crime_signal,
       sort_order, retired_at)
    select m.id, 'vehicle_arson', 'Bilbrand', 'Car fire', 'fire', 0,
      coalesce((select max(t.sort_order) from taxonomy_categories t
                where t.municipality_id = m.id), 0) + 10, null
    from municipalities m
    where not exists (select 1 from taxonomy_categories t
                      where t.municipality_id = m.id and t.code = 'vehicle_arson')
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    delete from taxonomy_categories where code = 'vehicle_arson'
      and not exists (select 1 from incidents i
                      where i.municipality_id = taxonomy_categories.municipality_id
                        and i.category_code = 'vehicle_arson')
  `.execute(db);
  await db.schema.dropTable('police_type_mappings').execute();
}
