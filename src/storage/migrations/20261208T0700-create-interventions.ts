import { type Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

/**
 * Individual interventions (issue 14): programmes (SIG, avhopparverksamhet, Samkraft-style
 * teams, the municipality's own), cases per participant and programme, their assigned
 * caseworkers, consents per agency, individual plan items, notes, disclosures and nödåtkomst.
 * Identity and every free text of a case are stored sealed (AES-256-GCM, `<keyId>.<iv>.<tag>.<data>`);
 * the personnummer is searchable only through a keyed hash.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { timestamp } = columnTypes(db);

  await db.schema
    .createTable('intervention_programmes')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull())
    .addColumn('owner_organisation_id', 'text', (column) =>
      column.references('organisations.id').onDelete('restrict'),
    )
    .addColumn('owner_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('planned_restart_on', 'text')
    .addColumn('starts_on', 'text')
    .addColumn('ends_on', 'text')
    .addColumn('school_level', 'text')
    .addColumn('staff_members', 'text', (column) => column.notNull())
    .addColumn('measure_ids', 'text', (column) => column.notNull())
    .addColumn('effort_ids', 'text', (column) => column.notNull())
    .addColumn('partner_organisation_ids', 'text', (column) => column.notNull())
    .addColumn('is_synthetic', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .addColumn('updated_at', timestamp, (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('intervention_programmes_municipality')
    .on('intervention_programmes')
    .columns(['municipality_id', 'kind'])
    .execute();

  await db.schema
    .createTable('intervention_cases')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('programme_id', 'text', (column) =>
      column.notNull().references('intervention_programmes.id').onDelete('restrict'),
    )
    .addColumn('identity_kind', 'text', (column) => column.notNull())
    .addColumn('identity_sealed', 'text')
    .addColumn('identity_search_hash', 'text')
    .addColumn('age_group', 'text', (column) => column.notNull())
    .addColumn('protection_need', 'text')
    .addColumn('threat_sealed', 'text')
    .addColumn('agreement_signed_on', 'text')
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('closing_reason', 'text')
    .addColumn('opened_on', 'text', (column) => column.notNull())
    .addColumn('closed_on', 'text')
    .addColumn('is_synthetic', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('erased_at', timestamp)
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .addColumn('updated_at', timestamp, (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('intervention_cases_programme')
    .on('intervention_cases')
    .columns(['programme_id', 'opened_on'])
    .execute();
  await db.schema
    .createIndex('intervention_cases_search')
    .on('intervention_cases')
    .columns(['municipality_id', 'identity_search_hash'])
    .execute();

  await db.schema
    .createTable('intervention_case_assignments')
    .addColumn('case_id', 'text', (column) =>
      column.notNull().references('intervention_cases.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (column) =>
      column.notNull().references('users.id').onDelete('restrict'),
    )
    .addPrimaryKeyConstraint('intervention_case_assignments_pk', ['case_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('intervention_case_assignments_user')
    .on('intervention_case_assignments')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('intervention_consents')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('case_id', 'text', (column) =>
      column.notNull().references('intervention_cases.id').onDelete('cascade'),
    )
    .addColumn('agency', 'text', (column) => column.notNull())
    .addColumn('given_by', 'text', (column) => column.notNull())
    .addColumn('scope_sealed', 'text')
    .addColumn('given_on', 'text', (column) => column.notNull())
    .addColumn('expires_on', 'text')
    .addColumn('withdrawn_at', timestamp)
    .addColumn('recorded_by_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .addColumn('recorded_at', timestamp, (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('intervention_consents_case')
    .on('intervention_consents')
    .column('case_id')
    .execute();

  await db.schema
    .createTable('intervention_plan_items')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('case_id', 'text', (column) =>
      column.notNull().references('intervention_cases.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('text_sealed', 'text')
    .addColumn('responsible_sealed', 'text')
    .addColumn('due_on', 'text')
    .addColumn('follow_up_on', 'text')
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .addColumn('updated_at', timestamp, (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('intervention_plan_items_follow_up')
    .on('intervention_plan_items')
    .columns(['case_id', 'follow_up_on'])
    .execute();

  await db.schema
    .createTable('intervention_notes')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('case_id', 'text', (column) =>
      column.notNull().references('intervention_cases.id').onDelete('cascade'),
    )
    .addColumn('text_sealed', 'text')
    .addColumn('written_by_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .addColumn('written_at', timestamp, (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('intervention_notes_case')
    .on('intervention_notes')
    .columns(['case_id', 'written_at'])
    .execute();

  await db.schema
    .createTable('intervention_disclosures')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('case_id', 'text', (column) =>
      column.notNull().references('intervention_cases.id').onDelete('cascade'),
    )
    .addColumn('recipient_agency', 'text', (column) => column.notNull())
    .addColumn('legal_ground', 'text', (column) => column.notNull())
    .addColumn('consent_id', 'text', (column) =>
      column.references('intervention_consents.id').onDelete('restrict'),
    )
    .addColumn('what_sealed', 'text')
    .addColumn('disclosed_on', 'text', (column) => column.notNull())
    .addColumn('recorded_by_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .addColumn('recorded_at', timestamp, (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('intervention_disclosures_case')
    .on('intervention_disclosures')
    .column('case_id')
    .execute();

  await db.schema
    .createTable('intervention_emergency_accesses')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('case_id', 'text', (column) =>
      column.notNull().references('intervention_cases.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (column) =>
      column.notNull().references('users.id').onDelete('restrict'),
    )
    .addColumn('reason_sealed', 'text')
    .addColumn('granted_at', timestamp, (column) => column.notNull())
    .addColumn('expires_at', timestamp, (column) => column.notNull())
    .addColumn('reviewed_at', timestamp)
    .addColumn('reviewed_by_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .execute();
  await db.schema
    .createIndex('intervention_emergency_accesses_case')
    .on('intervention_emergency_accesses')
    .columns(['case_id', 'user_id', 'expires_at'])
    .execute();

  // A case's own access log is read from the audit chain by the case's id.
  await db.schema
    .createIndex('audit_log_entity')
    .on('audit_log')
    .columns(['chain', 'entity_type', 'entity_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('audit_log_entity').execute();
  for (const table of [
    'intervention_emergency_accesses',
    'intervention_disclosures',
    'intervention_notes',
    'intervention_plan_items',
    'intervention_consents',
    'intervention_case_assignments',
    'intervention_cases',
    'intervention_programmes',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
