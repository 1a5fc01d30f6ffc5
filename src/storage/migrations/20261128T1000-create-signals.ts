import type { Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

/**
 * The signal register: signals of organized crime from outside the statistics. Links to
 * incidents and alarms are kept as JSON lists of ids and keys: a link is a reference for
 * the reader, and an incident removed by retention must not take the signal with it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { timestamp } = columnTypes(db);
  await db.schema
    .createTable('signals')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('category_code', 'text', (column) => column.notNull())
    .addColumn('district_id', 'text', (column) =>
      column.references('districts.id').onDelete('set null'),
    )
    .addColumn('observed_at', timestamp, (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull())
    .addColumn('personal_data_kinds', 'text', (column) => column.notNull())
    .addColumn('source', 'text', (column) => column.notNull())
    .addColumn('source_organisation_id', 'text', (column) =>
      column.references('organisations.id').onDelete('restrict'),
    )
    .addColumn('credibility', 'text')
    .addColumn('seriousness', 'text')
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('follow_up', 'text', (column) => column.notNull())
    .addColumn('incident_ids', 'text', (column) => column.notNull())
    .addColumn('alarm_keys', 'text', (column) => column.notNull())
    .addColumn('registered_by_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .addColumn('updated_at', timestamp, (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('signals_municipality_observed')
    .on('signals')
    .columns(['municipality_id', 'observed_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('signals').execute();
}
