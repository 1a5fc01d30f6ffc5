import type { Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

/**
 * Sanctions lists loaded from FollowTheMoney entity files (issue 8): public data shared by
 * every municipality of the instance. A list is replaced whole, in one transaction. Names are
 * indexed by token and identifiers by their compared form, so screening looks up candidates
 * instead of reading every entity.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { timestamp } = columnTypes(db);
  await db.schema
    .createTable('sanctions_lists')
    .addColumn('dataset', 'text', (column) => column.primaryKey())
    .addColumn('source_file', 'text', (column) => column.notNull())
    .addColumn('entities', 'integer', (column) => column.notNull())
    .addColumn('loaded_at', timestamp, (column) => column.notNull())
    .execute();
  await db.schema
    .createTable('sanctions_entities')
    .addColumn('dataset', 'text', (column) =>
      column.notNull().references('sanctions_lists.dataset').onDelete('cascade'),
    )
    .addColumn('entity_id', 'text', (column) => column.notNull())
    .addColumn('schema', 'text', (column) => column.notNull())
    .addColumn('caption', 'text', (column) => column.notNull())
    .addColumn('names', 'text', (column) => column.notNull())
    .addColumn('identifiers', 'text', (column) => column.notNull())
    .addColumn('addresses', 'text', (column) => column.notNull())
    .addColumn('countries', 'text', (column) => column.notNull())
    .addColumn('birth_dates', 'text', (column) => column.notNull())
    .addColumn('source_datasets', 'text', (column) => column.notNull())
    .addColumn('topics', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('sanctions_entities_pk', ['dataset', 'entity_id'])
    .execute();
  for (const [table, column] of [
    ['sanctions_name_tokens', 'token'],
    ['sanctions_identifiers', 'identifier'],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn('dataset', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn(column, 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, ['dataset', 'entity_id', column])
      .addForeignKeyConstraint(
        `${table}_entity`,
        ['dataset', 'entity_id'],
        'sanctions_entities',
        ['dataset', 'entity_id'],
        (constraint) => constraint.onDelete('cascade'),
      )
      .execute();
    await db.schema.createIndex(`${table}_${column}`).on(table).column(column).execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'sanctions_identifiers',
    'sanctions_name_tokens',
    'sanctions_entities',
    'sanctions_lists',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
