import type { Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

/**
 * An imported copy of Bolagsverket's weekly bulk file (issue 8), one row per organisation,
 * so the register answers without a network. Replaced whole by each import.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { timestamp } = columnTypes(db);
  await db.schema
    .createTable('company_register')
    .addColumn('organisation_number', 'text', (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('legal_form', 'text')
    .addColumn('registered_on', 'text')
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('status_since', 'text')
    .addColumn('address', 'text')
    .addColumn('business_description', 'text')
    .addColumn('recent_changes', 'text')
    .addColumn('raw', 'text', (column) => column.notNull())
    .addColumn('imported_at', timestamp, (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('company_register').execute();
}
