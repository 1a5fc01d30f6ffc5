import type { Kysely } from 'kysely';

/**
 * Which weeks of a municipality a change touched, and at which situation version (issue 21).
 * A write to counted incidents records each Stockholm week (by its Monday, YYYY-MM-DD) whose
 * counts it changed; any other change to what the picture reads (taxonomy, district layers, a
 * rebuild) records the week '' that stands for all of them. A cached picture is keyed by the
 * highest version among the weeks it read and '', so a report in week 50 leaves week 30's
 * picture cached. The primary key serves that lookup.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('situation_week_versions')
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('cascade'),
    )
    .addColumn('week', 'text', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull())
    .addPrimaryKeyConstraint('situation_week_versions_primary_key', ['municipality_id', 'week'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('situation_week_versions').execute();
}
