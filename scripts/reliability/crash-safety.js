// Issue 7, crash safety: a large CSV import is killed with SIGKILL at a random moment, in the
// `tryggve import csv` command and in the API process (POST /api/imports/csv), 20 times (3 with
// --quick, for CI). After each kill: SQLite's integrity_check and foreign_key_check pass, the
// file is wholly imported, not at all, or (issue 21: imports commit in batches) exactly the
// batches its unfinished run says it wrote, and running the import again ends in exactly the
// state a clean import gives. On PostgreSQL too when TRYGGVE_TEST_POSTGRES_URL is set
// (there the client dies, not the database; integrity_check is SQLite's alone).
//
//   node scripts/reliability/crash-safety.js [--quick] [--kills 20] [--rows 100000] [--seed 7]
//
// Writes bench/results/crash-safety[.quick].json; exits 1 if any check fails.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import pg from 'pg';
import { buildIfNeeded } from '../build-if-needed.js';
import { progress, writeResult } from '../../bench/support/harness.js';
import { startApiProcess, startCli } from './support/processes.js';
import { digestState, importState } from './support/import-state.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    kills: { type: 'string' },
    rows: { type: 'string' },
    seed: { type: 'string', default: '7' },
  },
});
const isQuick = values.quick;
const kills = Number(values.kills ?? (isQuick ? 3 : 20));
const rowCount = Number(values.rows ?? (isQuick ? 10_000 : 100_000));

// The compiled server is imported once it is built.
buildIfNeeded(['server']);
const { migrateToLatest, openDatabase } = await import('../../dist/server/storage/db.js');
const { checkSqliteIntegrity } = await import('../../dist/server/storage/backup.js');
const { ApiClient } = await import('../../bench/support/api-server.js');
const { seedHuddinge, yearFiles } = await import('../../bench/support/synthetic-huddinge.js');

/** A small deterministic generator (mulberry32), so a failing run can be repeated by its seed. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value ^= value + Math.imul(value ^ (value >>> 7), 61 | value);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const next = random(Number(values.seed));

/** One store of each dialect: a seeded template and fresh copies of it. */
function sqliteStore(folder) {
  const template = join(folder, 'template.db');
  let copies = 0;
  return {
    dialect: 'sqlite',
    async seed() {
      const database = openDatabase(`sqlite:${join(folder, 'seeding.db')}`);
      await migrateToLatest(database.db);
      const huddinge = await seedHuddinge(database);
      database.sqlite.prepare('VACUUM INTO ?').run(template);
      await database.close();
      return huddinge;
    },
    async fresh() {
      copies += 1;
      const path = join(folder, `copy-${copies}.db`);
      copyFileSync(template, path);
      return { url: `sqlite:${path}`, path };
    },
    async drop() {},
  };
}

function postgresStore(adminUrl) {
  const suffix = Math.random().toString(16).slice(2, 10);
  const template = `tryggve_crash_template_${suffix}`;
  const created = [];
  const urlOf = (name) => Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
  const admin = async (statement) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  return {
    dialect: 'postgres',
    async seed() {
      await admin(`create database ${template}`);
      created.push(template);
      const database = openDatabase(urlOf(template));
      await migrateToLatest(database.db);
      const huddinge = await seedHuddinge(database);
      await database.close();
      return huddinge;
    },
    async fresh() {
      const name = `tryggve_crash_${suffix}_${created.length}`;
      await admin(`create database ${name} template ${template}`);
      created.push(name);
      return { url: urlOf(name), path: null };
    },
    async drop() {
      for (const name of created.reverse())
        await admin(`drop database if exists ${name} with (force)`);
    },
  };
}

/** The large file: the product's generator over ten years, one CSV with a profile. */
function writeImportFile(folder, huddinge) {
  // The generator's span ends days after today. A row dated after the run's start is refused
  // as "in the future" by the reference import, yet accepted by a re-run once its time has
  // passed, and the re-run would not end where the reference did: only rows dated more than
  // a day before the run are written.
  const latest = new Date(Date.now() - 86_400_000).toISOString();
  const rows = [];
  for (const file of yearFiles({
    huddinge,
    expectedCount: rowCount,
    seed: 7,
    sourcePrefix: 'crash',
  })) {
    for (const row of file.rows) {
      if (new Date(row.occurredAt).toISOString() > latest) continue;
      rows.push([
        row.sourceId,
        row.occurredAt,
        row.point?.longitude ?? '',
        row.point?.latitude ?? '',
        row.categoryCode,
        row.description,
      ]);
    }
  }
  const csvPath = join(folder, 'incidents.csv');
  const text = stringify([['id', 'time', 'lon', 'lat', 'kind', 'text'], ...rows]);
  writeFileSync(csvPath, text);
  const profile = {
    name: 'Krocktest',
    columns: {
      id: 'id',
      occurredAt: 'time',
      longitude: 'lon',
      latitude: 'lat',
      category: 'kind',
      description: 'text',
    },
    categoryValues: {},
  };
  const profilePath = join(folder, 'profile.json');
  writeFileSync(profilePath, JSON.stringify(profile));
  return { csvPath, profilePath, profile, text, rows: rows.length };
}

const sleep = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** `tryggve import csv …`, waited for. Bad rows (a point just outside) are skipped, as in bench. */
function cliImport(url, file, huddinge) {
  return startCli(
    [
      'import',
      'csv',
      '--municipality',
      '0126',
      '--organisation',
      huddinge.organisationId,
      '--profile',
      file.profilePath,
      '--skip-bad-rows',
      file.csvPath,
    ],
    url,
  );
}

/** Kills the CLI's import after `delay` ms; returns whether it had finished first. */
async function killCli(url, file, huddinge, delay) {
  const { child, done } = cliImport(url, file, huddinge);
  const outcome = await Promise.race([done, sleep(delay).then(() => null)]);
  if (outcome) return { hasFinished: true };
  child.kill('SIGKILL');
  await done;
  return { hasFinished: false };
}

/** Starts the API, sends the import as the demo admin and kills the process after `delay` ms. */
async function killServer(url, file, huddinge, delay) {
  const server = startApiProcess(url);
  const baseUrl = await server.listening;
  const client = await new ApiClient(baseUrl).signIn(huddinge.login);
  const request = client
    .request('POST', '/api/imports/csv', {
      fileName: 'incidents.csv',
      text: file.text,
      organisationId: huddinge.organisationId,
      profile: file.profile,
      isSkippingBadRows: true,
    })
    .then(
      (response) => response,
      () => null,
    );
  const outcome = await Promise.race([request, sleep(delay).then(() => null)]);
  server.child.kill('SIGKILL');
  await server.exited;
  return { hasFinished: outcome !== null && outcome.status === 200 };
}

async function checkAfterKill(store, copy, reference) {
  const failures = [];
  if (store.dialect === 'sqlite') {
    const integrity = checkSqliteIntegrity(copy.path);
    if (integrity !== 'ok') failures.push(`integrity_check: ${integrity}`);
  }
  const database = openDatabase(copy.url);
  try {
    const state = await importState(database);
    const isNothing =
      state.incidents === 0 && state.completedRuns === 0 && state.unfinishedRuns === 0;
    // Killed between two batches: what is there is exactly what the unfinished run recorded.
    const isWholeBatches =
      state.completedRuns === 0 &&
      state.unfinishedRuns === 1 &&
      state.incidents === state.insertedByUnfinishedRuns;
    const isWhole =
      state.incidents === reference.incidents &&
      state.completedRuns === 1 &&
      state.insertedByRuns === reference.incidents;
    if (!isNothing && !isWhole && !isWholeBatches) {
      failures.push(
        `partial import visible: ${state.incidents} incidents, ${state.completedRuns} completed runs`,
      );
    }
    return { failures, isWhole, incidentsAfterKill: state.incidents };
  } finally {
    await database.close();
  }
}

async function runDialect(store, folder) {
  progress(`[${store.dialect}] seeding Huddinge and writing ${rowCount} rows`);
  const huddinge = await store.seed();
  const file = writeImportFile(folder, huddinge);

  progress(`[${store.dialect}] a clean import, for the reference state`);
  const clean = await store.fresh();
  const started = performance.now();
  const cleanRun = await cliImport(clean.url, file, huddinge).done;
  const cleanMilliseconds = performance.now() - started;
  if (cleanRun.code !== 0) throw new Error(`The clean import failed: ${cleanRun.output}`);
  const referenceDatabase = openDatabase(clean.url);
  const reference = await importState(referenceDatabase);
  const referenceDigest = await digestState(referenceDatabase);
  await referenceDatabase.close();
  progress(
    `[${store.dialect}]   ${reference.incidents} incidents in ${Math.round(cleanMilliseconds)} ms`,
  );

  const trials = [];
  for (let trial = 1; trial <= kills; trial += 1) {
    const copy = await store.fresh();
    const target = trial % 2 === 1 ? 'cli' : 'server';
    // From the start to just past the end of a clean import: some kills land after the commit.
    const delay = Math.round(next() * cleanMilliseconds * 1.05);
    const killed =
      target === 'cli'
        ? await killCli(copy.url, file, huddinge, delay)
        : await killServer(copy.url, file, huddinge, delay);
    const check = await checkAfterKill(store, copy, reference);
    const rerun = await cliImport(copy.url, file, huddinge).done;
    if (rerun.code !== 0) check.failures.push(`re-run exited ${rerun.code}: ${rerun.output}`);
    const database = openDatabase(copy.url);
    const digest = await digestState(database);
    await database.close();
    for (const [part, value] of Object.entries(referenceDigest)) {
      if (digest[part] !== value) check.failures.push(`after the re-run, ${part} differs`);
    }
    trials.push({
      trial,
      target,
      killAfterMilliseconds: delay,
      hadFinished: killed.hasFinished,
      incidentsAfterKill: check.incidentsAfterKill,
      failures: check.failures,
    });
    progress(
      `[${store.dialect}] kill ${trial}/${kills} (${target}, ${delay} ms): ` +
        `${check.incidentsAfterKill} incidents after the kill; ` +
        (check.failures.length === 0 ? 'ok' : `FAILED: ${check.failures.join('; ')}`),
    );
  }
  return {
    dialect: store.dialect,
    rows: file.rows,
    incidents: reference.incidents,
    cleanImportMilliseconds: Math.round(cleanMilliseconds),
    trials,
    failed: trials.filter((trial) => trial.failures.length > 0).length,
  };
}

async function main() {
  const folder = mkdtempSync(join(tmpdir(), 'tryggve-crash-'));
  const stores = [sqliteStore(folder)];
  if (process.env.TRYGGVE_TEST_POSTGRES_URL) {
    stores.push(postgresStore(process.env.TRYGGVE_TEST_POSTGRES_URL));
  }
  const results = [];
  try {
    for (const store of stores) {
      try {
        results.push(await runDialect(store, folder));
      } finally {
        await store.drop();
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const failed = results.reduce((sum, result) => sum + result.failed, 0);
  const path = writeResult('crash-safety', isQuick, {
    dataset: { rows: rowCount, seed: Number(values.seed), kills },
    summary: results.map((result) => ({
      label: `${result.dialect}: kills without a failed check`,
      value: `${result.trials.length - result.failed}/${result.trials.length}`,
    })),
    targets: [],
    dialects: results,
  });
  progress(`Wrote ${path}`);
  if (failed > 0) {
    process.stderr.write(`Crash safety: ${failed} kill(s) left the database in a wrong state.\n`);
    process.exit(1);
  }
  process.stderr.write('Crash safety: every kill left a whole database.\n');
}

await main();
