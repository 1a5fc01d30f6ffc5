import { sql, type Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

/**
 * Partnership agreements and citizen promises (issue 6): the agreements, their parties (an
 * organisation of the municipality with its signatory), commitments (linked to plan measures
 * by id, as JSON: a measure of a draft may later be removed, the commitment stays), the
 * append-only joint follow-up, and the signed PDF (bytea on PostgreSQL, blob on SQLite).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { timestamp, isPostgres } = columnTypes(db);
  const binary = isPostgres ? sql`bytea` : sql`blob`;

  await db.schema
    .createTable('agreements')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('summary', 'text', (column) => column.notNull())
    .addColumn('valid_from', 'text')
    .addColumn('valid_until', 'text')
    .addColumn('signed_on', 'text')
    .addColumn('created_by_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .addColumn('updated_at', timestamp, (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('agreements_municipality')
    .on('agreements')
    .columns(['municipality_id', 'valid_from'])
    .execute();

  await db.schema
    .createTable('agreement_parties')
    .addColumn('agreement_id', 'text', (column) =>
      column.notNull().references('agreements.id').onDelete('cascade'),
    )
    .addColumn('organisation_id', 'text', (column) =>
      column.notNull().references('organisations.id').onDelete('restrict'),
    )
    .addColumn('signatory_name', 'text', (column) => column.notNull())
    .addColumn('signatory_title', 'text', (column) => column.notNull())
    .addColumn('position', 'integer', (column) => column.notNull())
    .addPrimaryKeyConstraint('agreement_parties_pk', ['agreement_id', 'organisation_id'])
    .execute();
  await db.schema
    .createIndex('agreement_parties_organisation')
    .on('agreement_parties')
    .column('organisation_id')
    .execute();

  await db.schema
    .createTable('agreement_commitments')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('agreement_id', 'text', (column) =>
      column.notNull().references('agreements.id').onDelete('cascade'),
    )
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('responsible_organisation_id', 'text', (column) =>
      column.references('organisations.id').onDelete('restrict'),
    )
    .addColumn('measure_ids', 'text', (column) => column.notNull())
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .addColumn('updated_at', timestamp, (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('agreement_commitments_agreement')
    .on('agreement_commitments')
    .columns(['agreement_id', 'position'])
    .execute();

  await db.schema
    .createTable('agreement_follow_ups')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('agreement_id', 'text', (column) =>
      column.notNull().references('agreements.id').onDelete('cascade'),
    )
    .addColumn('commitment_id', 'text', (column) =>
      column.notNull().references('agreement_commitments.id').onDelete('cascade'),
    )
    .addColumn('followed_up_on', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('comment', 'text', (column) => column.notNull())
    .addColumn('recorded_by_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .addColumn('recorded_at', timestamp, (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('agreement_follow_ups_agreement')
    .on('agreement_follow_ups')
    .columns(['agreement_id', 'recorded_at'])
    .execute();

  await db.schema
    .createTable('agreement_documents')
    .addColumn('agreement_id', 'text', (column) =>
      column.primaryKey().references('agreements.id').onDelete('cascade'),
    )
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('file_name', 'text', (column) => column.notNull())
    .addColumn('size_bytes', 'integer', (column) => column.notNull())
    .addColumn('sha256', 'text', (column) => column.notNull())
    .addColumn('content', binary, (column) => column.notNull())
    .addColumn('uploaded_by_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .addColumn('uploaded_at', timestamp, (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('agreement_documents').execute();
  await db.schema.dropTable('agreement_follow_ups').execute();
  await db.schema.dropTable('agreement_commitments').execute();
  await db.schema.dropTable('agreement_parties').execute();
  await db.schema.dropTable('agreements').execute();
}
