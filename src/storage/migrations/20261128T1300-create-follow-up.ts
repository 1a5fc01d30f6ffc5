import type { Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

/**
 * Follow-up of plans (issue 5): rounds, one task per measure, the in-app notifications that
 * are also the reminder job's sent-log (unique by task, kind, due day and recipient, so no
 * run sends twice), and the follow-up reports with their texts and, once final, their data.
 * A task names its measure without a foreign key: the measure belongs to the plan's content,
 * and the follow-up keeps what was reported even if a draft's measure is later removed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { timestamp, float } = columnTypes(db);

  await db.schema
    .createTable('follow_up_rounds')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('plan_id', 'text', (column) =>
      column.notNull().references('plans.id').onDelete('restrict'),
    )
    .addColumn('label', 'text', (column) => column.notNull())
    .addColumn('due_on', 'text', (column) => column.notNull())
    .addColumn('origin', 'text', (column) => column.notNull())
    .addColumn('is_final', 'integer', (column) => column.notNull())
    .addColumn('created_by_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .addUniqueConstraint('follow_up_rounds_plan_due', ['plan_id', 'due_on'])
    .execute();

  await db.schema
    .createTable('follow_up_tasks')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('round_id', 'text', (column) =>
      column.notNull().references('follow_up_rounds.id').onDelete('cascade'),
    )
    .addColumn('plan_id', 'text', (column) => column.notNull())
    .addColumn('measure_id', 'text', (column) => column.notNull())
    .addColumn('assignee_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .addColumn('colour', 'text')
    .addColumn('delivery_state', 'text')
    .addColumn('delivery', 'text', (column) => column.notNull())
    .addColumn('process', 'text', (column) => column.notNull())
    .addColumn('effect', 'text', (column) => column.notNull())
    .addColumn('hours_spent', float)
    .addColumn('cost_sek', float)
    .addColumn('reported_at', timestamp)
    .addColumn('reported_by_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .addColumn('updated_at', timestamp, (column) => column.notNull())
    .addUniqueConstraint('follow_up_tasks_round_measure', ['round_id', 'measure_id'])
    .execute();
  await db.schema
    .createIndex('follow_up_tasks_assignee')
    .on('follow_up_tasks')
    .columns(['assignee_user_id', 'reported_at'])
    .execute();

  await db.schema
    .createTable('follow_up_notifications')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('user_id', 'text', (column) =>
      column.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('plan_id', 'text', (column) => column.notNull())
    .addColumn('round_id', 'text', (column) =>
      column.notNull().references('follow_up_rounds.id').onDelete('cascade'),
    )
    .addColumn('task_id', 'text', (column) =>
      column.notNull().references('follow_up_tasks.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('due_on', 'text', (column) => column.notNull())
    .addColumn('message', 'text', (column) => column.notNull())
    .addColumn('email_status', 'text', (column) => column.notNull())
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .addColumn('read_at', timestamp)
    .addUniqueConstraint('follow_up_notifications_sent_once', [
      'task_id',
      'kind',
      'due_on',
      'user_id',
    ])
    .execute();
  await db.schema
    .createIndex('follow_up_notifications_user')
    .on('follow_up_notifications')
    .columns(['user_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('follow_up_reports')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('round_id', 'text', (column) =>
      column.notNull().references('follow_up_rounds.id').onDelete('restrict'),
    )
    .addColumn('plan_id', 'text', (column) => column.notNull())
    .addColumn('heading', 'text', (column) => column.notNull())
    .addColumn('texts', 'text', (column) => column.notNull())
    .addColumn('finalized_at', timestamp)
    .addColumn('finalized_by_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .addColumn('archived_data', 'text')
    .addColumn('created_by_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .addColumn('updated_at', timestamp, (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('follow_up_reports').execute();
  await db.schema.dropTable('follow_up_notifications').execute();
  await db.schema.dropTable('follow_up_tasks').execute();
  await db.schema.dropTable('follow_up_rounds').execute();
}
