// What an import leaves in the database, read the same way on SQLite and PostgreSQL.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';

/**
 * Incidents from CSV files and the import runs that claim them: the completed runs, and what
 * the unfinished ones (killed between two batches) say they wrote.
 */
export async function importState(database) {
  const { db } = database;
  const incidents = await db
    .selectFrom('incidents')
    .where('source', '=', 'csv')
    .select((eb) => eb.fn.countAll().as('count'))
    .executeTakeFirstOrThrow();
  const runs = await db
    .selectFrom('import_runs')
    .where('status', '=', 'completed')
    .select('counts')
    .execute();
  const unfinished = await db
    .selectFrom('import_runs')
    .where('status', '=', 'unfinished')
    .select('counts')
    .execute();
  const insertedOf = (counts) =>
    (typeof counts === 'string' ? JSON.parse(counts) : counts).inserted ?? 0;
  return {
    incidents: Number(incidents.count),
    completedRuns: runs.length,
    insertedByRuns: runs.reduce((sum, run) => sum + insertedOf(run.counts), 0),
    unfinishedRuns: unfinished.length,
    insertedByUnfinishedRuns: unfinished.reduce((sum, run) => sum + insertedOf(run.counts), 0),
  };
}

const digestOf = (rows) =>
  createHash('sha256')
    .update(
      rows
        .map((row) => JSON.stringify(row))
        .sort()
        .join('\n'),
    )
    .digest('hex');

/**
 * A digest of each part of the imported data, without what differs between two clean imports
 * of the same file: generated ids, the time of writing (and of reporting, for a file without one), who ran the
 * import. An incident is
 * known by its source id; its districts and the rollups follow from it.
 */
export async function digestState(database) {
  const { db } = database;
  const incidents = await db
    .selectFrom('incidents')
    .selectAll()
    .execute()
    .then((rows) =>
      rows.map(
        ({
          id: _id,
          report_id: _report,
          reporter_user_id: _reporter,
          created_at: _created,
          // A CSV file without a report time is reported when it is imported.
          reported_at: _reported,
          updated_at: _updated,
          ...rest
        }) => ({
          ...rest,
          // Timestamps and floats read back alike on both dialects once normalised.
          occurred_at: new Date(rest.occurred_at).toISOString(),
          occurred_until: rest.occurred_until && new Date(rest.occurred_until).toISOString(),
        }),
      ),
    );
  const districts = await sql`
    select i.source_id, d.district_id
    from incident_districts d join incidents i on i.id = d.incident_id`.execute(db);
  const daily = await db.selectFrom('incident_daily_counts').selectAll().execute();
  const hourly = await db.selectFrom('incident_hourly_counts').selectAll().execute();
  return {
    incidents: digestOf(incidents),
    incidentDistricts: digestOf(districts.rows),
    dailyCounts: digestOf(daily),
    hourlyCounts: digestOf(hourly),
  };
}
