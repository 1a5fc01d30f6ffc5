// A second Kysely on the same SQLite connection that records every statement the product's
// repositories run and how long SQLite took (prepare, bind, step, rows to objects), so that
// the time of a use case can be split into SQL and everything else.
import { Kysely, SqliteDialect } from 'kysely';
import { createStore } from '../../dist/server/storage/store.js';

/**
 * Returns deps whose store logs into `log.entries` (clear it between measurements). Never
 * destroy this Kysely: it would close the connection the benchmark still uses.
 */
export function loggingDeps(baseDeps, database) {
  const log = { entries: [] };
  const db = new Kysely({
    dialect: new SqliteDialect({ database: database.sqlite }),
    log: (event) => {
      if (event.level !== 'query') return;
      log.entries.push({
        sql: event.query.sql,
        parameters: event.query.parameters,
        milliseconds: event.queryDurationMillis,
      });
    },
  });
  return { deps: { ...baseDeps, store: createStore({ ...database, db }) }, log, db };
}

/** The product's statements, named by what they do. */
export function statementLabel(sql) {
  const text = sql.toLowerCase();
  if (text.startsWith('insert into "incidents"')) return 'insert incidents (500 rows a statement)';
  if (text.startsWith('insert into "incident_districts"')) return 'insert incident districts';
  if (text.startsWith('insert into "incident_daily_counts"')) return 'daily rollup: upsert';
  if (text.startsWith('insert into "incident_hourly_counts"')) return 'hourly rollup: upsert';
  if (text.includes('from "incident_daily_counts"'))
    return 'daily rollup: count per district × category';
  if (text.includes('from "incident_hourly_counts"')) return 'hourly rollup: weekday × hour table';
  if (text.includes('"source_id" in')) return 'find source versions (deduplication)';
  if (text.includes('join "incident_districts"') && text.includes('count(*)'))
    return 'count per district × category';
  if (text.includes('count(*)') && text.includes('group by "incidents"."category_code"'))
    return 'count per category (whole municipality)';
  if (text.includes('"time_precision" =')) return 'exact times (weekday × hour table)';
  if (text.includes('min("occurred_at")')) return 'earliest occurrence';
  if (text.startsWith('begin') || text.startsWith('commit') || text.startsWith('rollback'))
    return 'begin / commit';
  const table = /from "([a-z_]+)"|into "([a-z_]+)"|update "([a-z_]+)"/.exec(text);
  return `other: ${table?.[1] ?? table?.[2] ?? table?.[3] ?? text.slice(0, 40)}`;
}

/** Totals per statement label: calls and milliseconds, the largest first. */
export function groupByStatement(entries) {
  const groups = new Map();
  for (const entry of entries) {
    const label = statementLabel(entry.sql);
    const group = groups.get(label) ?? { label, calls: 0, milliseconds: 0, example: entry };
    group.calls += 1;
    group.milliseconds += entry.milliseconds;
    groups.set(label, group);
  }
  return [...groups.values()].sort((a, b) => b.milliseconds - a.milliseconds);
}

/** SQLite's plan for a logged statement, one line a step. */
export function queryPlan(sqlite, entry) {
  return sqlite
    .prepare(`EXPLAIN QUERY PLAN ${entry.sql}`)
    .all(entry.parameters)
    .map((step) => step.detail);
}
