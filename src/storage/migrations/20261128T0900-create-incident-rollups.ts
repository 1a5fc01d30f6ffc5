import type { Kysely } from 'kysely';
import { computeRollups } from '../incident-rollups.js';
import type { Tables } from '../tables.js';

/**
 * Daily rollups for the situation picture (issue 3): counts per Stockholm day × district (''
 * for the whole municipality) × category, and per day × hour for incidents with an exact
 * time, filled from the incidents there are. Also an index on the district a reporter chose,
 * so deleting or replacing a district layer does not scan every incident for references.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('incident_daily_counts')
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('day', 'text', (column) => column.notNull())
    .addColumn('district_id', 'text', (column) => column.notNull())
    .addColumn('category_code', 'text', (column) => column.notNull())
    .addColumn('count', 'integer', (column) => column.notNull())
    .addPrimaryKeyConstraint('incident_daily_counts_primary_key', [
      'municipality_id',
      'day',
      'district_id',
      'category_code',
    ])
    .execute();
  await db.schema
    .createIndex('incident_daily_counts_district_index')
    .on('incident_daily_counts')
    .column('district_id')
    .execute();

  await db.schema
    .createTable('incident_hourly_counts')
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('day', 'text', (column) => column.notNull())
    .addColumn('hour', 'integer', (column) => column.notNull())
    .addColumn('count', 'integer', (column) => column.notNull())
    .addPrimaryKeyConstraint('incident_hourly_counts_primary_key', [
      'municipality_id',
      'day',
      'hour',
    ])
    .execute();

  await db.schema
    .createIndex('incidents_chosen_district_index')
    .on('incidents')
    .column('chosen_district_id')
    .execute();

  // The backfill counts as a rebuild counts, so what a migration fills and what a rebuild
  // computes cannot disagree; it writes the rows alone, as later tables do not exist yet.
  const tables = db as unknown as Kysely<Tables>;
  const municipalities = await tables.selectFrom('municipalities').select('id').execute();
  for (const { id } of municipalities) await (await computeRollups(tables, id)).write(tables);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('incidents_chosen_district_index').execute();
  await db.schema.dropTable('incident_hourly_counts').execute();
  await db.schema.dropTable('incident_daily_counts').execute();
}
