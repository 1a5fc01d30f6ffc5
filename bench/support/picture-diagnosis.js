// Where the time of a weekly picture goes: the use case called directly (no HTTP) with every
// statement logged, SQLite's plan for each, and how many rows each reads (incidents, or rows
// of the daily and hourly rollups).
import { commandLineOperator } from '../../dist/server/domain/access/actor.js';
import { getSituationPicture } from '../../dist/server/domain/situation/get-situation-picture.js';
import { summarize } from './harness.js';
import { groupByStatement, loggingDeps, queryPlan, statementLabel } from './query-log.js';

const round = (value) => Math.round(value * 100) / 100;

/** The domain call alone, without logging: what the use case costs without HTTP. */
export async function timePictureUseCase(deps, municipalityId, weekKeys) {
  const actor = commandLineOperator(municipalityId);
  const durations = [];
  for (const periodKey of weekKeys) {
    const start = performance.now();
    await getSituationPicture(deps, actor, { periodKind: 'week', periodKey, locale: 'sv' });
    durations.push(performance.now() - start);
  }
  return summarize(durations);
}

/**
 * For each week, the picture through a logging store: statements per picture, their SQL time
 * and share, the plan of each, and the rows a picture reads (index entries in each count's
 * range, each followed by a table row lookup; the join adds one incident_districts probe per
 * incident).
 */
export async function diagnosePicture({ baseDeps, database, municipalityId, weekKeys }) {
  const { deps, log } = loggingDeps(baseDeps, database);
  const actor = commandLineOperator(municipalityId);
  const useCase = [];
  const sqlPerPicture = [];
  let entries = [];
  for (const periodKey of weekKeys) {
    log.entries = [];
    const start = performance.now();
    await getSituationPicture(deps, actor, { periodKind: 'week', periodKey, locale: 'sv' });
    useCase.push(performance.now() - start);
    sqlPerPicture.push(log.entries.reduce((sum, entry) => sum + entry.milliseconds, 0));
    entries = entries.concat(log.entries);
  }

  const pictures = weekKeys.length;
  // A count over incidents reads the incidents of its range; one over a rollup, its rows of
  // the range's days.
  const rowsInRange = (label) =>
    database.sqlite.prepare(
      `SELECT count(*) FROM ${label.startsWith('daily rollup') ? 'incident_daily_counts WHERE municipality_id = ? AND day >= ? AND day < ?' : label.startsWith('hourly rollup') ? 'incident_hourly_counts WHERE municipality_id = ? AND day >= ? AND day < ?' : 'incidents WHERE municipality_id = ? AND occurred_at >= ? AND occurred_at < ?'}`,
    );
  // The rows one picture reads: the last week's statements, each count query's range counted.
  const lastPicture = log.entries;
  const rowsRead = {};
  for (const entry of lastPicture) {
    const label = statementLabel(entry.sql);
    const [municipality, from, to] = entry.parameters;
    const isRangeQuery = typeof from === 'string' && typeof to === 'string';
    // Statements without a time range (taxonomy, districts, the earliest date) read a handful.
    if (isRangeQuery) {
      rowsRead[label] =
        (rowsRead[label] ?? 0) + rowsInRange(label).pluck().get(municipality, from, to);
    }
  }

  const statements = groupByStatement(entries).map((group) => ({
    statement: group.label,
    callsPerPicture: round(group.calls / pictures),
    millisecondsPerPicture: round(group.milliseconds / pictures),
    millisecondsPerCall: round(group.milliseconds / group.calls),
    rowsReadPerPicture: rowsRead[group.label] ?? null,
    plan: queryPlan(database.sqlite, group.example),
    sql: group.example.sql,
  }));
  return {
    weeks: pictures,
    useCaseMilliseconds: summarize(useCase),
    sqlMillisecondsPerPicture: summarize(sqlPerPicture),
    rowsReadPerPicture: Object.values(rowsRead).reduce((sum, rows) => sum + rows, 0),
    statements,
  };
}
