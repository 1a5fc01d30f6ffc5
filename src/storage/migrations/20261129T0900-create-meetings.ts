import type { Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

/**
 * The OSG meeting workspace (issue 6): meeting series and their meetings (unique by series
 * and occurrence day, so making the coming meetings exist is idempotent), agenda items
 * (removed ones kept, unique by meeting and source, so a regenerated agenda adds only what is
 * new), incidents flagged for a meeting (here, not on the incident), joint actions, the
 * minutes' sent-log (one row per meeting and member) and the users' calendar feeds (token
 * hashes only).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { timestamp } = columnTypes(db);
  await db.schema
    .createTable('meeting_series')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('place', 'text', (column) => column.notNull())
    .addColumn('weekday', 'integer', (column) => column.notNull())
    .addColumn('start_time', 'text', (column) => column.notNull())
    .addColumn('duration_minutes', 'integer', (column) => column.notNull())
    .addColumn('starts_on', 'text', (column) => column.notNull())
    .addColumn('ends_on', 'text')
    .addColumn('organisation_ids', 'text', (column) => column.notNull())
    .addColumn('member_user_ids', 'text', (column) => column.notNull())
    .addColumn('created_by_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .addColumn('updated_at', timestamp, (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('meetings')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('series_id', 'text', (column) =>
      column.references('meeting_series.id').onDelete('restrict'),
    )
    .addColumn('occurrence_on', 'text')
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('place', 'text', (column) => column.notNull())
    .addColumn('starts_at', timestamp, (column) => column.notNull())
    .addColumn('ends_at', timestamp, (column) => column.notNull())
    .addColumn('organisation_ids', 'text', (column) => column.notNull())
    .addColumn('member_user_ids', 'text', (column) => column.notNull())
    .addColumn('general_notes', 'text', (column) => column.notNull())
    .addColumn('guests', 'text', (column) => column.notNull())
    .addColumn('attendance', 'text', (column) => column.notNull())
    .addColumn('agenda_generated_at', timestamp)
    .addColumn('cancelled_at', timestamp)
    .addColumn('closed_at', timestamp)
    .addColumn('closed_by_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .addColumn('minutes_snapshot', 'text')
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .addColumn('updated_at', timestamp, (column) => column.notNull())
    .addUniqueConstraint('meetings_series_occurrence', ['series_id', 'occurrence_on'])
    .execute();
  await db.schema
    .createIndex('meetings_municipality_start')
    .on('meetings')
    .columns(['municipality_id', 'starts_at'])
    .execute();

  await db.schema
    .createTable('meeting_agenda_items')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('meeting_id', 'text', (column) =>
      column.notNull().references('meetings.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('source_ref', 'text')
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('notes', 'text', (column) => column.notNull())
    .addColumn('decisions', 'text', (column) => column.notNull())
    .addColumn('is_automatic', 'integer', (column) => column.notNull())
    .addColumn('removed_at', timestamp)
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .addColumn('updated_at', timestamp, (column) => column.notNull())
    .addUniqueConstraint('meeting_agenda_items_source', ['meeting_id', 'source_ref'])
    .execute();

  await db.schema
    .createTable('meeting_incident_flags')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('meeting_id', 'text', (column) =>
      column.notNull().references('meetings.id').onDelete('cascade'),
    )
    .addColumn('incident_id', 'text', (column) => column.notNull())
    .addColumn('note', 'text', (column) => column.notNull())
    .addColumn('flagged_by_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .addColumn('flagged_at', timestamp, (column) => column.notNull())
    .addUniqueConstraint('meeting_incident_flags_once', ['meeting_id', 'incident_id'])
    .execute();

  await db.schema
    .createTable('joint_actions')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('meeting_id', 'text', (column) =>
      column.notNull().references('meetings.id').onDelete('restrict'),
    )
    .addColumn('series_id', 'text', (column) =>
      column.references('meeting_series.id').onDelete('restrict'),
    )
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull())
    .addColumn('district_ids', 'text', (column) => column.notNull())
    .addColumn('organisation_ids', 'text', (column) => column.notNull())
    .addColumn('responsible_user_ids', 'text', (column) => column.notNull())
    .addColumn('due_on', 'text')
    .addColumn('expected_result', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('outcome', 'text', (column) => column.notNull())
    .addColumn('created_by_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .addColumn('updated_at', timestamp, (column) => column.notNull())
    .addColumn('closed_at', timestamp)
    .execute();
  await db.schema
    .createIndex('joint_actions_municipality')
    .on('joint_actions')
    .columns(['municipality_id', 'status'])
    .execute();

  await db.schema
    .createTable('meeting_minutes_mailings')
    .addColumn('meeting_id', 'text', (column) =>
      column.notNull().references('meetings.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (column) =>
      column.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('claimed_at', timestamp)
    .addColumn('sent_at', timestamp)
    .addPrimaryKeyConstraint('meeting_minutes_mailings_pk', ['meeting_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('calendar_feeds')
    .addColumn('token_hash', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('user_id', 'text', (column) =>
      column.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .addColumn('revoked_at', timestamp)
    .execute();
  await db.schema
    .createIndex('calendar_feeds_user')
    .on('calendar_feeds')
    .columns(['user_id', 'revoked_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('calendar_feeds').execute();
  await db.schema.dropTable('meeting_minutes_mailings').execute();
  await db.schema.dropTable('joint_actions').execute();
  await db.schema.dropTable('meeting_incident_flags').execute();
  await db.schema.dropTable('meeting_agenda_items').execute();
  await db.schema.dropTable('meetings').execute();
  await db.schema.dropTable('meeting_series').execute();
}
