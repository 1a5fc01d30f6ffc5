// Measured, not guessed: what the obvious changes would give, tried on the benchmark's own
// throwaway databases and undone afterwards. The product is not changed.
import {
  formatLocalDate,
  stockholmLocalParts,
} from '../../dist/server/domain/time/stockholm-time.js';
import { Kysely, SqliteDialect } from 'kysely';
import { createStore } from '../../dist/server/storage/store.js';
import { timePictureUseCase } from './picture-diagnosis.js';

const coveringIndexSql =
  'CREATE INDEX bench_what_if_covering ON incidents (municipality_id, occurred_at, status, category_code, time_precision, id)';

function sizeOf(sqlite, name) {
  try {
    return sqlite.prepare('SELECT sum(pgsize) FROM dbstat WHERE name = ?').pluck().get(name);
  } catch {
    return null;
  }
}

/**
 * An index that holds every column the picture's queries read, so that SQLite never visits
 * the table rows: the use case timed before and after, then the index dropped.
 */
export async function whatIfCoveringIndex({ database, deps, municipalityId, weekKeys, countSql }) {
  const before = await timePictureUseCase(deps, municipalityId, weekKeys);
  const buildStart = performance.now();
  database.sqlite.exec(coveringIndexSql);
  const buildMilliseconds = performance.now() - buildStart;
  try {
    const after = await timePictureUseCase(deps, municipalityId, weekKeys);
    return {
      change: coveringIndexSql,
      buildSeconds: Math.round(buildMilliseconds / 100) / 10,
      indexBytes: sizeOf(database.sqlite, 'bench_what_if_covering'),
      planOfCountQuery: database.sqlite
        .prepare(`EXPLAIN QUERY PLAN ${countSql.sql}`)
        .all(countSql.parameters)
        .map((step) => step.detail),
      useCaseBefore: before,
      useCaseAfter: after,
    };
  } finally {
    database.sqlite.exec('DROP INDEX bench_what_if_covering');
  }
}

/** Each incident's Stockholm day, cached per UTC hour (offsets change on whole hours). */
function localDayOf() {
  const byHour = new Map();
  return (occurredAt) => {
    const hour = occurredAt.slice(0, 13);
    let day = byHour.get(hour);
    if (day === undefined) {
      day = formatLocalDate(stockholmLocalParts(new Date(`${hour}:00:00.000Z`)));
      byHour.set(hour, day);
    }
    return day;
  };
}

/** The Stockholm day an instant at a day's start falls on (periods start and end at midnight). */
const dayOfInstant = (iso) => formatLocalDate(stockholmLocalParts(new Date(iso)));

/**
 * A rollup of counts per Stockholm day × district (or the whole municipality) × category,
 * as whatever writes incidents would keep it. A week's counts then read at most 7 days ×
 * districts × categories rows whatever the number of incidents; the weekday × hour table
 * still reads the week's incidents, as today. Returns the rollup's size, a `deps` function
 * that gives deps whose count query reads the rollup (through Kysely, as a repository
 * would), and `drop` to remove it.
 */
export function buildDailyRollup(database, municipalityId) {
  const sqlite = database.sqlite;
  const buildStart = performance.now();
  sqlite.exec(`CREATE TABLE bench_what_if_daily_counts (
    municipality_id TEXT NOT NULL, day TEXT NOT NULL, district_id TEXT NOT NULL,
    category_code TEXT NOT NULL, count INTEGER NOT NULL,
    PRIMARY KEY (municipality_id, day, district_id, category_code)) WITHOUT ROWID`);
  const dayOf = localDayOf();
  const counts = new Map();
  const add = (day, districtId, categoryCode) => {
    const key = `${day}\u0000${districtId}\u0000${categoryCode}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  const counting = "i.municipality_id = ? AND i.status IN ('new', 'reviewed')";
  const whole = sqlite
    .prepare(`SELECT i.occurred_at, i.category_code FROM incidents i WHERE ${counting}`)
    .raw();
  for (const [occurredAt, categoryCode] of whole.iterate(municipalityId))
    add(dayOf(occurredAt), '', categoryCode);
  const byDistrict = sqlite
    .prepare(
      `SELECT i.occurred_at, d.district_id, i.category_code FROM incidents i
       JOIN incident_districts d ON d.incident_id = i.id WHERE ${counting}`,
    )
    .raw();
  for (const [occurredAt, districtId, categoryCode] of byDistrict.iterate(municipalityId))
    add(dayOf(occurredAt), districtId, categoryCode);
  const insert = sqlite.prepare('INSERT INTO bench_what_if_daily_counts VALUES (?, ?, ?, ?, ?)');
  sqlite.transaction(() => {
    for (const [key, count] of counts) insert.run(municipalityId, ...key.split('\u0000'), count);
  })();
  const buildMilliseconds = performance.now() - buildStart;

  const countByDistrictAndCategory = async (municipality, from, to) => {
    const rows = await database.db
      .selectFrom('bench_what_if_daily_counts')
      .select(['district_id', 'category_code'])
      .select((eb) => eb.fn.sum('count').as('count'))
      .where('municipality_id', '=', municipality)
      .where('day', '>=', dayOfInstant(from))
      .where('day', '<', dayOfInstant(to))
      .groupBy(['district_id', 'category_code'])
      .execute();
    return rows.map((row) => ({
      districtId: row.district_id === '' ? null : row.district_id,
      categoryCode: row.category_code,
      count: Number(row.count),
    }));
  };
  return {
    description: {
      change:
        'a table of counts per municipality × Stockholm day × district (or whole) × category, kept on write; the picture’s count query reads it',
      rollupRows: counts.size,
      rollupBytes: sizeOf(sqlite, 'bench_what_if_daily_counts'),
      buildSeconds: Math.round(buildMilliseconds / 100) / 10,
    },
    deps: (baseDeps) => ({
      ...baseDeps,
      store: {
        ...baseDeps.store,
        incidents: { ...baseDeps.store.incidents, countByDistrictAndCategory },
      },
    }),
    drop: () => sqlite.exec('DROP TABLE bench_what_if_daily_counts'),
  };
}

/**
 * The better-sqlite3 connection with a statement cache: Kysely's SQLite driver prepares every
 * statement anew, and the import's 500-row INSERT has the same SQL text every time.
 */
function withStatementCache(sqlite) {
  const statements = new Map();
  const prepare = (sql) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = sqlite.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > 200) statements.delete(statements.keys().next().value);
    }
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, property) {
      if (property === 'prepare') return prepare;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Deps whose store runs on the same connection through a statement cache (never destroy it). */
export function statementCacheDeps(baseDeps, database) {
  const db = new Kysely({
    dialect: new SqliteDialect({ database: withStatementCache(database.sqlite) }),
  });
  return { ...baseDeps, store: createStore({ ...database, db }) };
}
