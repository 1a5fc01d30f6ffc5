// Where the time of an import goes: one year's file imported again into an empty copy of the
// seeded database with every statement logged, and the import's pure steps (validation,
// district assignment, personal-data scan, Kysely compiling the inserts) timed on their own
// over the same rows. What is left is the use case's own object work.
import { copyFileSync } from 'node:fs';
import { DistrictIndex } from '../../dist/server/domain/districts/district-index.js';
import {
  findPersonalData,
  maskPersonalData,
} from '../../dist/server/domain/incidents/personal-data-guard.js';
import { MunicipalityExtent } from '../../dist/server/domain/municipalities/municipality-extent.js';
import { groupByStatement, loggingDeps } from './query-log.js';
import { insertRaw } from './raw-insert.js';
import { benchDeps, importFile, openBenchDatabase } from './synthetic-huddinge.js';
import { statementCacheDeps } from './what-if.js';

const round = (value) => Math.round(value * 10) / 10;

/** The fastest of three passes over the rows: these steps are pure, so slower passes are noise. */
function timeEach(rows, work) {
  const passes = [];
  for (let pass = 0; pass < 3; pass += 1) {
    const start = performance.now();
    for (const row of rows) work(row);
    passes.push(performance.now() - start);
  }
  return Math.min(...passes);
}

/** Imports the file into a fresh copy of the template through `depsFor`; returns milliseconds. */
async function importIntoCopy({ templatePath, path, huddinge, file }, depsFor) {
  copyFileSync(templatePath, path);
  const database = await openBenchDatabase(path);
  try {
    const start = performance.now();
    await importFile(depsFor(database), huddinge, file);
    return performance.now() - start;
  } finally {
    await database.close();
  }
}

/**
 * `scratchPath(name)` gives a path for a throwaway database. Also tries a statement cache
 * (what-if): the same import, on a fresh copy, with and without it.
 */
export async function diagnoseImport({ templatePath, scratchPath, huddinge, file }) {
  const plainMilliseconds = await importIntoCopy(
    { templatePath, path: scratchPath('import-plain.db'), huddinge, file },
    (database) => benchDeps(database),
  );
  const cachedMilliseconds = await importIntoCopy(
    { templatePath, path: scratchPath('import-cached.db'), huddinge, file },
    (database) => statementCacheDeps(benchDeps(database), database),
  );
  copyFileSync(templatePath, scratchPath('import-logged.db'));
  copyFileSync(templatePath, scratchPath('import-raw.db'));
  const database = await openBenchDatabase(scratchPath('import-logged.db'));
  const rawDatabase = await openBenchDatabase(scratchPath('import-raw.db'));
  try {
    const { deps, log, db } = loggingDeps(benchDeps(database), database);
    const start = performance.now();
    await importFile(deps, huddinge, file);
    const total = performance.now() - start;
    const statements = groupByStatement(log.entries);
    const sqlTotal = statements.reduce((sum, group) => sum + group.milliseconds, 0);

    // SQLite prepares each multi-row INSERT anew (a new SQL text of 14,000 parameters).
    const insertEntry = log.entries.find((entry) =>
      entry.sql.startsWith('insert into "incidents"'),
    );
    const prepareStart = performance.now();
    for (let attempt = 0; attempt < 10; attempt += 1) database.sqlite.prepare(insertEntry.sql);
    const preparePerStatement = (performance.now() - prepareStart) / 10;
    const insertCalls = statements.find((group) => group.label.startsWith('insert incidents'));

    const now = new Date();
    const extent = new MunicipalityExtent(huddinge.boundary, huddinge.districts);
    const index = new DistrictIndex(huddinge.districts);
    const pure = {
      validation: timeEach(file.rows, (row) => extent.contains(row.point)),
      districtAssignment: timeEach(file.rows, (row) => index.districtsAt(row.point)),
      personalDataScan: timeEach(file.rows, (row) =>
        maskPersonalData(row.description, findPersonalData(row.description, now)),
      ),
    };
    const stored = await db.selectFrom('incidents').selectAll().execute();
    const batches = [];
    for (let offset = 0; offset < stored.length; offset += 500)
      batches.push(stored.slice(offset, offset + 500));
    pure.kyselyCompilingInserts = timeEach(batches, (batch) =>
      db.insertInto('incidents').values(batch).compile(),
    );

    const [raw] = insertRaw(database.sqlite, rawDatabase.sqlite, [
      { lastRowid: database.sqlite.prepare('SELECT max(rowid) FROM incidents').pluck().get() },
    ]);

    const pureTotal = Object.values(pure).reduce((sum, value) => sum + value, 0);
    const parts = [
      ...statements.map((group) => ({
        part: `SQL: ${group.label}`,
        milliseconds: round(group.milliseconds),
        calls: group.calls,
      })),
      ...Object.entries(pure).map(([part, milliseconds]) => ({
        part,
        milliseconds: round(milliseconds),
      })),
      {
        part: 'the rest: objects per row (toIncident, toRow), UUIDs, chunking, promises',
        milliseconds: round(total - sqlTotal - pureTotal),
      },
    ].map((item) => ({ ...item, share: Math.round((item.milliseconds / total) * 1000) / 1000 }));
    const rowsPerSecond = (milliseconds) => Math.round(file.rows.length / (milliseconds / 1000));
    return {
      file: file.name,
      rows: file.rows.length,
      plainImportRowsPerSecond: rowsPerSecond(plainMilliseconds),
      whatIfStatementCache: {
        change:
          'a prepared-statement cache under Kysely’s SQLite driver (the 500-row INSERT has one SQL text)',
        importRowsPerSecond: rowsPerSecond(cachedMilliseconds),
        gain: Math.round((plainMilliseconds / cachedMilliseconds - 1) * 1000) / 1000,
      },
      loggedImport: 'the parts below come from this import, with every statement logged',
      importMilliseconds: round(total),
      importRowsPerSecond: Math.round(file.rows.length / (total / 1000)),
      rawMilliseconds: round(raw.milliseconds),
      rawRowsPerSecond: Math.round(raw.rows / (raw.milliseconds / 1000)),
      sqlMilliseconds: round(sqlTotal),
      insertStatementPrepare: {
        millisecondsPerStatement: round(preparePerStatement),
        statements: insertCalls?.calls ?? 0,
        milliseconds: round(preparePerStatement * (insertCalls?.calls ?? 0)),
      },
      parts: parts.sort((a, b) => b.milliseconds - a.milliseconds),
    };
  } finally {
    await database.close();
    await rawDatabase.close();
  }
}
