import type { Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

/**
 * Imports: the version of each imported record as its source gave it (so a re-run can tell
 * unchanged from updated), and a record of every import run with what it rejected.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { timestamp } = columnTypes(db);
  await db.schema.alterTable('incidents').addColumn('source_version', 'text').execute();
  await db.schema
    .createTable('import_runs')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('source', 'text', (column) => column.notNull())
    .addColumn('file_name', 'text', (column) => column.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('counts', 'text', (column) => column.notNull())
    .addColumn('rejected_rows', 'text', (column) => column.notNull())
    .addColumn('started_at', timestamp, (column) => column.notNull())
    .addColumn('finished_at', timestamp, (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('import_runs_municipality_index')
    .on('import_runs')
    .columns(['municipality_id', 'started_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('import_runs').execute();
  await db.schema.alterTable('incidents').dropColumn('source_version').execute();
}
