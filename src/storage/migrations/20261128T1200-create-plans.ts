import type { Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

/**
 * Action plans (issue 5): versions of plans, the situation picture each rests on, its
 * problems, goals, indicators and their values, measures in BRÅ's grid; and the register of
 * efforts. Calendar days are text "YYYY-MM-DD" on both databases; instants are timestamps.
 * Lists of links (goal ids, category codes, partners) are JSON text, as for signals.
 * A plan's status is derived from its dates and is not stored.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { timestamp, float } = columnTypes(db);

  await db.schema
    .createTable('plans')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('lineage_id', 'text', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('revises_plan_id', 'text', (column) =>
      column.references('plans.id').onDelete('restrict'),
    )
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('owner', 'text', (column) => column.notNull())
    .addColumn('summary', 'text', (column) => column.notNull())
    .addColumn('valid_from', 'text')
    .addColumn('valid_until', 'text')
    .addColumn('follow_up_interval_months', 'integer', (column) => column.notNull())
    .addColumn('decision_body', 'text')
    .addColumn('decision_body_name', 'text')
    .addColumn('decided_on', 'text')
    .addColumn('case_number', 'text')
    .addColumn('adopted_at', timestamp)
    .addColumn('adopted_by_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .addColumn('replaced_by_plan_id', 'text')
    .addColumn('replaced_on', 'text')
    .addColumn('created_by_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .addColumn('updated_at', timestamp, (column) => column.notNull())
    .addUniqueConstraint('plans_lineage_version', ['lineage_id', 'version'])
    .execute();
  await db.schema
    .createIndex('plans_municipality_lineage')
    .on('plans')
    .columns(['municipality_id', 'lineage_id'])
    .execute();

  await db.schema
    .createTable('plan_snapshots')
    .addColumn('plan_id', 'text', (column) =>
      column.primaryKey().references('plans.id').onDelete('cascade'),
    )
    .addColumn('municipality_id', 'text', (column) => column.notNull())
    .addColumn('period_kind', 'text', (column) => column.notNull())
    .addColumn('period_key', 'text', (column) => column.notNull())
    .addColumn('picture', 'text', (column) => column.notNull())
    .addColumn('saved_at', timestamp, (column) => column.notNull())
    .addColumn('saved_by_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .execute();

  await db.schema
    .createTable('plan_problems')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('plan_id', 'text', (column) =>
      column.notNull().references('plans.id').onDelete('cascade'),
    )
    .addColumn('municipality_id', 'text', (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull())
    .addColumn('category_codes', 'text', (column) => column.notNull())
    .addColumn('district_ids', 'text', (column) => column.notNull())
    .addColumn('is_prioritised', 'integer', (column) => column.notNull())
    .addColumn('position', 'integer', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('plan_goals')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('plan_id', 'text', (column) =>
      column.notNull().references('plans.id').onDelete('cascade'),
    )
    .addColumn('municipality_id', 'text', (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull())
    .addColumn('position', 'integer', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('plan_indicators')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('goal_id', 'text', (column) =>
      column.notNull().references('plan_goals.id').onDelete('cascade'),
    )
    .addColumn('plan_id', 'text', (column) => column.notNull())
    .addColumn('municipality_id', 'text', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('unit', 'text', (column) => column.notNull())
    .addColumn('direction', 'text', (column) => column.notNull())
    .addColumn('baseline_value', float)
    .addColumn('baseline_on', 'text')
    .addColumn('target_value', float)
    .addColumn('target_on', 'text')
    .addColumn('computation', 'text')
    .addColumn('position', 'integer', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('plan_indicator_values')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('indicator_id', 'text', (column) =>
      column.notNull().references('plan_indicators.id').onDelete('cascade'),
    )
    .addColumn('plan_id', 'text', (column) => column.notNull())
    .addColumn('municipality_id', 'text', (column) => column.notNull())
    .addColumn('measured_on', 'text', (column) => column.notNull())
    .addColumn('value', float, (column) => column.notNull())
    .addColumn('source', 'text', (column) => column.notNull())
    .addColumn('source_detail', 'text', (column) => column.notNull())
    .addColumn('note', 'text', (column) => column.notNull())
    .addColumn('recorded_at', timestamp, (column) => column.notNull())
    .addColumn('recorded_by_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .execute();
  await db.schema
    .createIndex('plan_indicator_values_plan')
    .on('plan_indicator_values')
    .columns(['plan_id', 'measured_on'])
    .execute();

  await db.schema
    .createTable('plan_measures')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('plan_id', 'text', (column) =>
      column.notNull().references('plans.id').onDelete('cascade'),
    )
    .addColumn('municipality_id', 'text', (column) => column.notNull())
    .addColumn('problem_id', 'text')
    .addColumn('cause', 'text', (column) => column.notNull())
    .addColumn('category_codes', 'text', (column) => column.notNull())
    .addColumn('district_ids', 'text', (column) => column.notNull())
    .addColumn('measure', 'text', (column) => column.notNull())
    .addColumn('operative_goal', 'text', (column) => column.notNull())
    .addColumn('starts_on', 'text')
    .addColumn('ends_on', 'text')
    .addColumn('responsible', 'text', (column) => column.notNull())
    .addColumn('contact_person', 'text', (column) => column.notNull())
    .addColumn('partners', 'text', (column) => column.notNull())
    .addColumn('planned_hours', float)
    .addColumn('cost_sek', float)
    .addColumn('status_colour', 'text')
    .addColumn('status_comment', 'text', (column) => column.notNull())
    .addColumn('status_updated_at', timestamp)
    .addColumn('status_updated_by_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .addColumn('goal_ids', 'text', (column) => column.notNull())
    .addColumn('position', 'integer', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('efforts')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('level', 'text', (column) => column.notNull())
    .addColumn('owner', 'text', (column) => column.notNull())
    .addColumn('target_group', 'text', (column) => column.notNull())
    .addColumn('evidence_basis', 'text', (column) => column.notNull())
    .addColumn('evaluation', 'text', (column) => column.notNull())
    .addColumn('evaluation_note', 'text', (column) => column.notNull())
    .addColumn('goal_ids', 'text', (column) => column.notNull())
    .addColumn('problem_ids', 'text', (column) => column.notNull())
    .addColumn('started_on', 'text')
    .addColumn('ended_on', 'text')
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .addColumn('updated_at', timestamp, (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'efforts',
    'plan_measures',
    'plan_indicator_values',
    'plan_indicators',
    'plan_goals',
    'plan_problems',
    'plan_snapshots',
    'plans',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
