import type { Kysely } from 'kysely';

/**
 * A version number per municipality that every change to what its situation picture reads
 * (counted incidents, their districts, the taxonomy, the district layers) raises in the same
 * transaction. A cached picture is valid while the version it was computed at is current, so
 * several server processes on one database never serve a stale picture (issue 7).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('situation_versions')
    .addColumn('municipality_id', 'text', (column) =>
      column.primaryKey().references('municipalities.id').onDelete('cascade'),
    )
    .addColumn('version', 'integer', (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('situation_versions').execute();
}
