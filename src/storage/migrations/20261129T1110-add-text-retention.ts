import type { Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

/**
 * Retention (gallring) of free text: when an incident's description, or a closed signal's
 * description and follow-up, was removed by the retention job. The counts stay; the words go.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { timestamp } = columnTypes(db);
  await db.schema.alterTable('incidents').addColumn('text_removed_at', timestamp).execute();
  await db.schema.alterTable('signals').addColumn('text_removed_at', timestamp).execute();
  await db.schema
    .createIndex('incidents_reported_at_index')
    .on('incidents')
    .columns(['municipality_id', 'reported_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('incidents_reported_at_index').execute();
  await db.schema.alterTable('signals').dropColumn('text_removed_at').execute();
  await db.schema.alterTable('incidents').dropColumn('text_removed_at').execute();
}
