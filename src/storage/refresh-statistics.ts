import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Tables } from './tables.js';

/** The tables an import or a district layer's change writes in bulk. */
export const incidentTables = [
  'incidents',
  'incident_districts',
  'incident_daily_counts',
  'incident_hourly_counts',
] as const satisfies readonly (keyof Tables)[];

/**
 * PostgreSQL: ANALYZE the tables a bulk write changed, before the work reports done. Until
 * autovacuum comes round, the planner would otherwise plan the next join of incidents and
 * incident_districts on the figures of an empty table (a nested loop over 100k rows: minutes
 * instead of a tenth of a second). SQLite plans without gathered statistics: nothing to do.
 */
export async function refreshStatistics(
  db: Kysely<Tables>,
  tables: readonly (keyof Tables)[] = incidentTables,
): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`analyze ${sql.join(tables.map((table) => sql.table(table)))}`.execute(db);
}
