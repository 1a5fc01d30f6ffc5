import { sql, type Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

/** The tables whose rows are never changed or removed: the history of checks and decisions. */
const appendOnlyTables = [
  'supplier_evidence',
  'supplier_checks',
  'sanctions_matches',
  'sanctions_match_reviews',
  'supplier_decisions',
] as const;

/**
 * Supplier vetting (issue 8): suppliers by organisation number, contracts with their check
 * programmes, the checks with their evidence (uploaded documents and registry responses kept
 * in the database), sanctions matches and their reviews, and decisions. Checks, evidence,
 * matches, reviews and decisions are append-only, in the database too, like the audit log.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { timestamp, float, isPostgres } = columnTypes(db);
  const blob = isPostgres ? sql`bytea` : sql`blob`;

  await db.schema
    .createTable('suppliers')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('organisation_number', 'text', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('address', 'text')
    .addColumn('phone', 'text')
    .addColumn('beneficial_owners', 'text', (column) => column.notNull())
    .addColumn('created_by_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .addColumn('updated_at', timestamp, (column) => column.notNull())
    .addUniqueConstraint('suppliers_municipality_number_unique', [
      'municipality_id',
      'organisation_number',
    ])
    .execute();

  await db.schema
    .createTable('contracts')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('supplier_id', 'text', (column) =>
      column.notNull().references('suppliers.id').onDelete('restrict'),
    )
    .addColumn('procurement_reference', 'text', (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('starts_on', 'text', (column) => column.notNull())
    .addColumn('ends_on', 'text', (column) => column.notNull())
    .addColumn('value_sek', 'bigint', (column) => column.notNull())
    .addColumn('responsible_unit', 'text', (column) => column.notNull())
    .addColumn('responsible_officer_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .addColumn('subcontractor_ids', 'text', (column) => column.notNull())
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .addColumn('updated_at', timestamp, (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('contracts_municipality_supplier')
    .on('contracts')
    .columns(['municipality_id', 'supplier_id'])
    .execute();

  await db.schema
    .createTable('contract_check_programmes')
    .addColumn('contract_id', 'text', (column) =>
      column.notNull().references('contracts.id').onDelete('cascade'),
    )
    .addColumn('check_kind', 'text', (column) => column.notNull())
    .addColumn('interval_months', 'integer')
    .addColumn('responsible_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .addColumn('position', 'integer', (column) => column.notNull())
    .addPrimaryKeyConstraint('contract_check_programmes_pk', ['contract_id', 'check_kind'])
    .execute();

  await db.schema
    .createTable('supplier_evidence')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('supplier_id', 'text', (column) =>
      column.notNull().references('suppliers.id').onDelete('restrict'),
    )
    .addColumn('file_name', 'text', (column) => column.notNull())
    .addColumn('content_type', 'text', (column) => column.notNull())
    .addColumn('size_bytes', 'integer', (column) => column.notNull())
    .addColumn('sha256', 'text', (column) => column.notNull())
    .addColumn('content', blob, (column) => column.notNull())
    .addColumn('created_by_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('supplier_checks')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('supplier_id', 'text', (column) =>
      column.notNull().references('suppliers.id').onDelete('restrict'),
    )
    .addColumn('contract_id', 'text', (column) =>
      column.references('contracts.id').onDelete('restrict'),
    )
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('source', 'text', (column) => column.notNull())
    .addColumn('checked_on', 'text', (column) => column.notNull())
    .addColumn('result', 'text', (column) => column.notNull())
    .addColumn('summary', 'text', (column) => column.notNull())
    .addColumn('evidence_id', 'text', (column) =>
      column.references('supplier_evidence.id').onDelete('restrict'),
    )
    .addColumn('registry_record', 'text')
    .addColumn('performed_by_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('supplier_checks_municipality_supplier')
    .on('supplier_checks')
    .columns(['municipality_id', 'supplier_id', 'checked_on'])
    .execute();

  await db.schema
    .createTable('sanctions_matches')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('supplier_id', 'text', (column) =>
      column.notNull().references('suppliers.id').onDelete('restrict'),
    )
    .addColumn('check_id', 'text', (column) =>
      column.notNull().references('supplier_checks.id').onDelete('restrict'),
    )
    .addColumn('subject_key', 'text', (column) => column.notNull())
    .addColumn('subject_name', 'text', (column) => column.notNull())
    .addColumn('subject_fingerprint', 'text', (column) => column.notNull())
    .addColumn('entity_id', 'text', (column) => column.notNull())
    .addColumn('caption', 'text', (column) => column.notNull())
    .addColumn('schema', 'text', (column) => column.notNull())
    .addColumn('datasets', 'text', (column) => column.notNull())
    .addColumn('score', float, (column) => column.notNull())
    .addColumn('features', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('sanctions_matches_supplier')
    .on('sanctions_matches')
    .columns(['municipality_id', 'supplier_id'])
    .execute();

  await db.schema
    .createTable('sanctions_match_reviews')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('supplier_id', 'text', (column) =>
      column.notNull().references('suppliers.id').onDelete('restrict'),
    )
    .addColumn('match_id', 'text', (column) =>
      column.notNull().unique().references('sanctions_matches.id').onDelete('restrict'),
    )
    .addColumn('entity_id', 'text', (column) => column.notNull())
    .addColumn('subject_fingerprint', 'text', (column) => column.notNull())
    .addColumn('decision', 'text', (column) => column.notNull())
    .addColumn('comment', 'text', (column) => column.notNull())
    .addColumn('decided_by_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .addColumn('decided_at', timestamp, (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('supplier_decisions')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('supplier_id', 'text', (column) =>
      column.notNull().references('suppliers.id').onDelete('restrict'),
    )
    .addColumn('contract_id', 'text', (column) =>
      column.references('contracts.id').onDelete('restrict'),
    )
    .addColumn('decision', 'text', (column) => column.notNull())
    .addColumn('note', 'text', (column) => column.notNull())
    .addColumn('decided_by_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .addColumn('decided_at', timestamp, (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('supplier_decisions_supplier')
    .on('supplier_decisions')
    .columns(['municipality_id', 'supplier_id'])
    .execute();

  // Append-only inside the database too: an UPDATE or DELETE of the history fails.
  if (isPostgres) {
    await sql`
      create function supplier_history_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception '% is append-only', TG_TABLE_NAME;
      end;
      $$`.execute(db);
  }
  for (const table of appendOnlyTables) {
    if (isPostgres) {
      await sql`
        create trigger ${sql.raw(`${table}_no_update_or_delete`)} before update or delete
        on ${sql.table(table)} for each row execute function supplier_history_is_append_only()`.execute(
        db,
      );
    } else {
      await sql`
        create trigger ${sql.raw(`${table}_no_update`)} before update on ${sql.table(table)}
        begin select raise(abort, ${sql.lit(`${table} is append-only`)}); end`.execute(db);
      await sql`
        create trigger ${sql.raw(`${table}_no_delete`)} before delete on ${sql.table(table)}
        begin select raise(abort, ${sql.lit(`${table} is append-only`)}); end`.execute(db);
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const { isPostgres } = columnTypes(db);
  for (const table of [
    'supplier_decisions',
    'sanctions_match_reviews',
    'sanctions_matches',
    'supplier_checks',
    'supplier_evidence',
    'contract_check_programmes',
    'contracts',
    'suppliers',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  if (isPostgres) await sql`drop function supplier_history_is_append_only()`.execute(db);
}
