// The analytic reference: DuckDB computing the picture's counts (per district × category and
// for the whole municipality, for the week, its eight baseline weeks and the same week last
// year) by scanning every row, with no index and no precomputation. The rows are loaded
// from the benchmark's SQLite file (DuckDB's SQLite extension cannot be downloaded here).
import { DuckDBInstance, DuckDBTimestampValue } from '@duckdb/node-api';
import {
  parsePeriod,
  samePeriodLastYear,
  shiftPeriod,
} from '../../dist/server/analysis/periods.js';

/** The periods one weekly picture compares, labelled as the product uses them. */
export function picturePeriods(weekKey) {
  const period = parsePeriod('week', weekKey);
  return [
    { label: 'current', period },
    ...Array.from({ length: 8 }, (_, index) => ({
      label: `baseline-${index + 1}`,
      period: shiftPeriod(period, -(index + 1)),
    })),
    { label: 'last-year', period: samePeriodLastYear(period) },
  ];
}

const microseconds = (iso) => new DuckDBTimestampValue(BigInt(Date.parse(iso)) * 1000n);

/** Loads the columns the picture reads into an in-memory DuckDB; returns its connection. */
export async function loadIntoDuckDb(sqlite) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(`CREATE TABLE incidents (
    id VARCHAR, municipality_id VARCHAR, occurred_at TIMESTAMP, status VARCHAR,
    category_code VARCHAR)`);
  await connection.run(
    'CREATE TABLE incident_districts (incident_id VARCHAR, district_id VARCHAR)',
  );

  const incidents = await connection.createAppender('incidents');
  const incidentRows = sqlite
    .prepare('SELECT id, municipality_id, occurred_at, status, category_code FROM incidents')
    .raw()
    .iterate();
  let incidentCount = 0;
  for (const [id, municipalityId, occurredAt, status, categoryCode] of incidentRows) {
    incidents.appendVarchar(id);
    incidents.appendVarchar(municipalityId);
    incidents.appendTimestamp(microseconds(occurredAt));
    incidents.appendVarchar(status);
    incidents.appendVarchar(categoryCode);
    incidents.endRow();
    incidentCount += 1;
  }
  incidents.closeSync();

  const districts = await connection.createAppender('incident_districts');
  let districtCount = 0;
  const districtRows = sqlite
    .prepare('SELECT incident_id, district_id FROM incident_districts')
    .raw()
    .iterate();
  for (const [incidentId, districtId] of districtRows) {
    districts.appendVarchar(incidentId);
    districts.appendVarchar(districtId);
    districts.endRow();
    districtCount += 1;
  }
  districts.closeSync();

  const threads = await connection.runAndReadAll("SELECT current_setting('threads') AS threads");
  return {
    connection,
    incidentCount,
    districtCount,
    threads: Number(threads.getRowObjects()[0]?.threads),
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/**
 * The counts as one statement: the incidents of the nine contiguous weeks and of last year's
 * week (a filter DuckDB prunes row groups with, by their min/max), labelled by a range join
 * with the ten periods, then grouped per district × category and per category.
 */
const pictureSql = `
WITH periods(label, from_at, to_at) AS (
  VALUES ${Array.from({ length: 10 }, (_, index) => `($label${index}, $from${index}, $to${index})`).join(', ')}
),
near AS (
  SELECT id, occurred_at, category_code FROM incidents
  WHERE municipality_id = $municipality AND status IN ('new', 'reviewed')
    AND ((occurred_at >= $from8 AND occurred_at < $to0) OR (occurred_at >= $from9 AND occurred_at < $to9))
),
counted AS (
  SELECT periods.label, near.id, near.category_code
  FROM near JOIN periods ON near.occurred_at >= periods.from_at AND near.occurred_at < periods.to_at
)
SELECT counted.label, incident_districts.district_id, counted.category_code, count(*)::INTEGER AS count
FROM counted JOIN incident_districts ON incident_districts.incident_id = counted.id
GROUP BY ALL
UNION ALL
SELECT counted.label, NULL, counted.category_code, count(*)::INTEGER AS count
FROM counted
GROUP BY ALL`;

/**
 * Prepares the statement once; the returned function computes one week's counts, grouped
 * by period label as the product's CountCell lists.
 */
export async function prepareDuckDbPicture(connection, municipalityId) {
  const statement = await connection.prepare(pictureSql);
  return async (weekKey) => {
    const values = { municipality: municipalityId };
    picturePeriods(weekKey).forEach(({ label, period }, index) => {
      values[`label${index}`] = label;
      values[`from${index}`] = microseconds(period.from);
      values[`to${index}`] = microseconds(period.to);
    });
    statement.bind(values);
    const reader = await statement.runAndReadAll();
    const counts = new Map();
    for (const [label, districtId, categoryCode, count] of reader.getRows()) {
      const cells = counts.get(label) ?? [];
      cells.push({ districtId, categoryCode, count });
      counts.set(label, cells);
    }
    return counts;
  };
}
