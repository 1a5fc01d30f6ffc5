import type { Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

/**
 * The early warning's own records: each municipality's settings, and the coordinators'
 * decisions on alarms. Alarms themselves are computed from the rollups, not stored: a
 * late report changes the week's statistics, and the alarm list follows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { timestamp } = columnTypes(db);
  await db.schema
    .createTable('early_warning_settings')
    .addColumn('municipality_id', 'text', (column) =>
      column.primaryKey().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('definition', 'text', (column) => column.notNull())
    .addColumn('updated_at', timestamp, (column) => column.notNull())
    .execute();
  await db.schema
    .createTable('alarm_decisions')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('alarm_key', 'text', (column) => column.notNull())
    .addColumn('decision', 'text', (column) => column.notNull())
    .addColumn('comment', 'text', (column) => column.notNull())
    .addColumn('decided_by_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .addColumn('decided_at', timestamp, (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('alarm_decisions_municipality_key')
    .on('alarm_decisions')
    .columns(['municipality_id', 'alarm_key'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('alarm_decisions').execute();
  await db.schema.dropTable('early_warning_settings').execute();
}
