import { sql, type Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

/**
 * The situation picture's records: each municipality's category taxonomy, reports (one
 * submission from a reporter, holding one or more incidents) and incidents, and which
 * districts each incident lies in.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { timestamp, float } = columnTypes(db);

  await db.schema
    .createTable('taxonomy_categories')
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('code', 'text', (column) => column.notNull())
    .addColumn('label_sv', 'text', (column) => column.notNull())
    .addColumn('label_en', 'text', (column) => column.notNull())
    .addColumn('category_group', 'text', (column) => column.notNull())
    .addColumn('is_organized_crime_signal', 'integer', (column) =>
      column.notNull().check(sqlBit('is_organized_crime_signal')),
    )
    .addColumn('sort_order', 'integer', (column) => column.notNull())
    .addColumn('retired_at', timestamp)
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .addPrimaryKeyConstraint('taxonomy_categories_primary_key', ['municipality_id', 'code'])
    .execute();

  await db.schema
    .createTable('incident_reports')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('organisation_id', 'text', (column) =>
      column.notNull().references('organisations.id').onDelete('restrict'),
    )
    .addColumn('reporter_user_id', 'text', (column) =>
      column.references('users.id').onDelete('set null'),
    )
    .addColumn('client_reference', 'text')
    .addColumn('submitted_at', timestamp, (column) => column.notNull())
    .addUniqueConstraint('incident_reports_client_reference_unique', [
      'reporter_user_id',
      'client_reference',
    ])
    .execute();

  await db.schema
    .createTable('incidents')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('report_id', 'text', (column) =>
      column.references('incident_reports.id').onDelete('set null'),
    )
    .addColumn('occurred_at', timestamp, (column) => column.notNull())
    .addColumn('occurred_until', timestamp)
    .addColumn('time_precision', 'text', (column) => column.notNull())
    .addColumn('reported_at', timestamp, (column) => column.notNull())
    .addColumn('longitude', float)
    .addColumn('latitude', float)
    .addColumn('address', 'text')
    .addColumn('chosen_district_id', 'text', (column) =>
      column.references('districts.id').onDelete('set null'),
    )
    .addColumn('location_precision', 'text', (column) => column.notNull())
    .addColumn('category_code', 'text', (column) => column.notNull())
    .addColumn('severity', 'integer')
    .addColumn('unsafety', 'integer')
    .addColumn('description', 'text', (column) => column.notNull())
    .addColumn('personal_data_kinds', 'text')
    .addColumn('people_count', 'integer')
    .addColumn('organisation_id', 'text', (column) =>
      column.notNull().references('organisations.id').onDelete('restrict'),
    )
    .addColumn('reporter_user_id', 'text', (column) =>
      column.references('users.id').onDelete('set null'),
    )
    .addColumn('source', 'text', (column) => column.notNull())
    .addColumn('source_id', 'text')
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('duplicate_of_id', 'text', (column) =>
      column.references('incidents.id').onDelete('set null'),
    )
    .addColumn('archive_reason', 'text')
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .addColumn('updated_at', timestamp, (column) => column.notNull())
    .addForeignKeyConstraint(
      'incidents_category_foreign_key',
      ['municipality_id', 'category_code'],
      'taxonomy_categories',
      ['municipality_id', 'code'],
    )
    .addUniqueConstraint('incidents_source_unique', ['municipality_id', 'source', 'source_id'])
    .execute();
  await db.schema
    .createIndex('incidents_municipality_occurred_index')
    .on('incidents')
    .columns(['municipality_id', 'occurred_at'])
    .execute();
  await db.schema
    .createIndex('incidents_municipality_status_index')
    .on('incidents')
    .columns(['municipality_id', 'status', 'reported_at'])
    .execute();

  await db.schema
    .createTable('incident_districts')
    .addColumn('incident_id', 'text', (column) =>
      column.notNull().references('incidents.id').onDelete('cascade'),
    )
    .addColumn('district_id', 'text', (column) =>
      column.notNull().references('districts.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('incident_districts_primary_key', ['incident_id', 'district_id'])
    .execute();
  await db.schema
    .createIndex('incident_districts_district_index')
    .on('incident_districts')
    .column('district_id')
    .execute();
}

/** A 0/1 flag column: an integer on both databases, so one repository binds it the same way. */
function sqlBit(column: string) {
  return sql.raw(`${column} in (0, 1)`);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'incident_districts',
    'incidents',
    'incident_reports',
    'taxonomy_categories',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
