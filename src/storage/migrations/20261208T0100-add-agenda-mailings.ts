import type { Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

/**
 * The agenda's sent-log (issue 15): one row per meeting and member, as for the minutes, so the
 * agenda sent before the meeting reaches each member at most once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { timestamp } = columnTypes(db);
  await db.schema
    .createTable('meeting_agenda_mailings')
    .addColumn('meeting_id', 'text', (column) =>
      column.notNull().references('meetings.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (column) =>
      column.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('claimed_at', timestamp)
    .addColumn('sent_at', timestamp)
    .addPrimaryKeyConstraint('meeting_agenda_mailings_pk', ['meeting_id', 'user_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('meeting_agenda_mailings').execute();
}
