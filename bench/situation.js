// Issue 3: the situation picture at municipal scale. A synthetic Huddinge with a million EST
// reports over ten years, imported through the product's own path and compared with a raw
// insert; the weekly picture through the HTTP API compared with DuckDB scanning the same
// rows and with the same picture at ten thousand incidents. Where a target is missed, the
// diagnosis says where the time goes. Run it through `npm run bench` (which builds first).
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPictureRows } from '../dist/server/analysis/situation-picture.js';
import { loadIntoDuckDb, prepareDuckDbPicture } from './support/duckdb-picture.js';
import {
  benchmarkOptions,
  cpuMilliseconds,
  progress,
  summarize,
  writeResult,
} from './support/harness.js';
import { randomWeeks, requestPictures } from './support/picture-requests.js';
import { insertRaw } from './support/raw-insert.js';
import { diagnoseSituation, pictureRowsKey } from './support/situation-diagnosis.js';
import { situationReport } from './support/situation-report.js';
import {
  benchDeps,
  copyDatabase,
  importFile,
  openBenchDatabase,
  seedHuddinge,
  span,
  yearFiles,
} from './support/synthetic-huddinge.js';

const { isQuick } = benchmarkOptions();
const options = isQuick
  ? { large: 40_000, small: 4_000, requests: 50, diagnosisWeeks: 10, budgetSeconds: 30 }
  : { large: 1_000_000, small: 10_000, requests: 200, diagnosisWeeks: 50, budgetSeconds: 150 };
const perSecond = (rows, milliseconds) => Math.round(rows / (milliseconds / 1000));

/** Generates and imports a dataset file by file; generation is timed apart from the import. */
async function importDataset(database, huddinge, { expectedCount, seed, sourcePrefix }) {
  const deps = benchDeps(database);
  const files = [];
  // The first file's rows are kept for the import diagnosis; the others are let go.
  let firstFile = null;
  let generationMilliseconds = 0;
  const iterator = yearFiles({ huddinge, expectedCount, seed, sourcePrefix });
  for (;;) {
    const generationStart = performance.now();
    const next = iterator.next();
    generationMilliseconds += performance.now() - generationStart;
    if (next.done) break;
    const file = next.value;
    const start = performance.now();
    const run = await importFile(deps, huddinge, file);
    const milliseconds = performance.now() - start;
    const lastRowid = database.sqlite.prepare('SELECT max(rowid) FROM incidents').pluck().get();
    const { inserted } = run.counts;
    files.push({
      name: file.name,
      rows: inserted,
      rejectedRows: run.rejectedRows,
      milliseconds,
      lastRowid,
    });
    firstFile ??= file;
    progress(`  ${file.name}: ${inserted} rows, ${perSecond(inserted, milliseconds)} rows/s`);
  }
  return {
    files,
    firstFile,
    rows: files.reduce((sum, file) => sum + file.rows, 0),
    rejectedRows: files.flatMap((file) =>
      file.rejectedRows.map((row) => ({ file: file.name, ...row })),
    ),
    milliseconds: files.reduce((sum, file) => sum + file.milliseconds, 0),
    generationMilliseconds,
  };
}

/** Both datasets, the import of each timed, and the raw insert of the large one. */
async function buildDatasets(folder) {
  const path = (name) => join(folder, name);
  progress(`Seeding Huddinge in ${folder}`);
  const large = await openBenchDatabase(path('large.db'));
  const huddinge = await seedHuddinge(large);
  copyDatabase(large, path('template.db'));

  progress(`Importing ~${options.large} incidents over ${span.years} years, a file a year`);
  const largeImport = await importDataset(large, huddinge, {
    expectedCount: options.large,
    seed: 126,
    sourcePrefix: 'est',
  });

  progress('Inserting the same rows raw into a fresh copy');
  copyFileSync(path('template.db'), path('raw.db'));
  const rawDatabase = await openBenchDatabase(path('raw.db'));
  const rawFiles = insertRaw(large.sqlite, rawDatabase.sqlite, largeImport.files);
  await rawDatabase.close();
  rmSync(path('raw.db'));

  progress(`Importing ~${options.small} incidents over the same years`);
  copyFileSync(path('template.db'), path('small.db'));
  const small = await openBenchDatabase(path('small.db'));
  const smallImport = await importDataset(small, huddinge, {
    expectedCount: options.small,
    seed: 127,
    sourcePrefix: 'est-small',
  });
  return {
    huddinge,
    datasets: {
      large,
      small,
      largeImport,
      smallImport,
      rawFiles,
      templatePath: path('template.db'),
      scratchPath: path,
    },
  };
}

/** Whether DuckDB's counts, put through the product's own row builder, equal the API's rows. */
function isSamePicture(apiPicture, duckCounts) {
  const cells = (label) => duckCounts.get(label) ?? [];
  const rows = buildPictureRows({
    current: cells('current'),
    previous: cells('baseline-1'),
    baseline: Array.from({ length: 8 }, (_, index) => cells(`baseline-${index + 1}`)),
    lastYear: apiPicture.lastYearPeriod ? cells('last-year') : null,
  });
  return pictureRowsKey(rows) === pictureRowsKey(apiPicture.rows);
}

/** DuckDB's time for the same counts of the same weeks, each checked against the API's. */
async function measureDuckDb(database, municipalityId, request, largeApi) {
  progress('Loading the rows into DuckDB');
  const loadStart = performance.now();
  const duck = await loadIntoDuckDb(database.sqlite);
  const loadMilliseconds = performance.now() - loadStart;
  try {
    const duckPicture = await prepareDuckDbPicture(duck.connection, municipalityId);
    for (const weekKey of request.warmUpWeeks) await duckPicture(weekKey);
    const durations = [];
    const cpu = [];
    let agreeing = 0;
    for (const { weekKey, picture } of largeApi.pictures) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      const counts = await duckPicture(weekKey);
      durations.push(performance.now() - start);
      cpu.push(cpuMilliseconds(process.cpuUsage(cpuStart)));
      if (isSamePicture(picture, counts)) agreeing += 1;
    }
    return {
      query:
        'one statement: incidents of the 10 periods (range join), grouped per district × category and per category',
      threads: duck.threads,
      rows: { incidents: duck.incidentCount, incidentDistricts: duck.districtCount },
      loadSeconds: Math.round(loadMilliseconds / 100) / 10,
      latencyMilliseconds: summarize(durations),
      cpuMillisecondsPerQuery: summarize(cpu),
      picturesAgreeing: agreeing,
    };
  } finally {
    duck.close();
  }
}

async function measurePictures({ datasets, huddinge, request }) {
  const measure = async (database, rows) => {
    progress(`Requesting ${request.weekKeys.length} weekly pictures at ${rows} incidents`);
    const api = await requestPictures({ ...request, deps: benchDeps(database) });
    const { p50, p95 } = api.latencyMilliseconds;
    progress(`  p50 ${p50} ms, p95 ${p95} ms`);
    return api;
  };
  const largeApi = await measure(datasets.large, datasets.largeImport.rows);
  const smallApi = await measure(datasets.small, datasets.smallImport.rows);
  const duckdb = await measureDuckDb(datasets.large, huddinge.municipalityId, request, largeApi);
  const { p50, p95 } = duckdb.latencyMilliseconds;
  progress(`  DuckDB p50 ${p50} ms, p95 ${p95} ms; ${duckdb.picturesAgreeing} pictures agree`);
  return { largeApi, smallApi, duckdb };
}

async function main() {
  const folder = mkdtempSync(join(tmpdir(), 'tryggve-bench-situation-'));
  try {
    const { huddinge, datasets } = await buildDatasets(folder);
    const request = {
      login: huddinge.login,
      weekKeys: randomWeeks(48, options.requests),
      warmUpWeeks: randomWeeks(4_800, 10),
      budgetMilliseconds: options.budgetSeconds * 1000,
    };
    const measurements = await measurePictures({ datasets, huddinge, request });
    progress('Diagnosing: the picture’s statements, the import’s parts, the rollups’ size');
    const diagnosis = await diagnoseSituation({
      datasets,
      huddinge,
      measurements,
      request,
      options,
    });
    await datasets.large.close();
    await datasets.small.close();
    const resultPath = writeResult(
      'situation',
      isQuick,
      situationReport({ datasets, measurements, diagnosis, request }),
    );
    progress(`Wrote ${resultPath}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
