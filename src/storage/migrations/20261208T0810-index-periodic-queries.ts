import { sql, type Kysely } from 'kysely';

/**
 * An index for every periodic query (issue 21; checked by periodic-query-plans.test.ts): the
 * retention job's incidents and signals whose text is still kept (partial, so a run with
 * nothing to remove reads nothing), the follow-up job's failed mails, and the session purge's
 * two conditions. The alarms and the picture read incident_daily_counts by its primary key.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('incidents_text_kept_index')
    .on('incidents')
    .columns(['municipality_id', 'reported_at'])
    .where(sql.ref('text_removed_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('signals_text_kept_index')
    .on('signals')
    .columns(['municipality_id', 'status', 'updated_at'])
    .where(sql.ref('text_removed_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('follow_up_notifications_email_status_index')
    .on('follow_up_notifications')
    .columns(['email_status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('sessions_expires_at_index')
    .on('sessions')
    .column('expires_at')
    .execute();
  await db.schema
    .createIndex('sessions_last_seen_at_index')
    .on('sessions')
    .column('last_seen_at')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of [
    'sessions_last_seen_at_index',
    'sessions_expires_at_index',
    'follow_up_notifications_email_status_index',
    'signals_text_kept_index',
    'incidents_text_kept_index',
  ])
    await db.schema.dropIndex(name).execute();
}
