// A deterministic synthetic Huddinge for the benchmarks: the demo's municipality, boundary,
// districts and organisations (seedDemo without incidents), and ten years of EST reports from
// the product's own generator, imported through the product's own import path.
import { commandLineOperator } from '../../dist/server/domain/access/actor.js';
import { importIncidents } from '../../dist/server/domain/imports/import-incidents.js';
import { seedDemo } from '../../dist/server/demo/seed-demo.js';
import { syntheticIncidents } from '../../dist/server/demo/synthetic-incidents.js';
import { migrateToLatest, openDatabase } from '../../dist/server/storage/db.js';
import { createStore } from '../../dist/server/storage/store.js';

/** Ten years: Stockholm midnight on 1 December 2016 to 1 December 2026 (UTC+1 at both ends). */
export const span = {
  from: new Date('2016-11-30T23:00:00.000Z'),
  to: new Date('2026-11-30T23:00:00.000Z'),
  years: 10,
};

const weekMilliseconds = 7 * 86_400_000;
export const spanWeeks = (span.to.getTime() - span.from.getTime()) / weekMilliseconds;

/** What the use cases reach, as the server builds it, with the real clock. */
export function benchDeps(database) {
  return {
    store: createStore(database),
    clock: () => new Date(),
    mailer: null,
    settings: {
      publicUrl: 'http://127.0.0.1',
      sessionIdleMinutes: 120,
      sessionMaxHours: 12,
      loginMaxAttempts: 5,
      loginLockoutMinutes: 15,
    },
  };
}

/** Opens (creating) a SQLite database file with the product's settings and schema. */
export async function openBenchDatabase(path) {
  const database = openDatabase(`sqlite:${path}`);
  await migrateToLatest(database.db);
  return database;
}

/**
 * Seeds the demo's Huddinge without incidents. Returns the admin's login, the municipality,
 * its boundary and districts, and the housing company the EST reports come from.
 */
export async function seedHuddinge(database) {
  const deps = benchDeps(database);
  const login = await seedDemo(deps, { isWithIncidents: false });
  if (!login) throw new Error('The benchmark database was not empty.');
  const [municipality] = await deps.store.municipalities.list();
  const organisations = await deps.store.organisations.list(municipality.id);
  const housingCompany = organisations.find((item) => item.kind === 'housing_company');
  return {
    login,
    municipalityId: municipality.id,
    organisationId: housingCompany.id,
    boundary: await deps.store.municipalities.findBoundary(municipality.id),
    districts: await deps.store.municipalities.listDistricts(municipality.id),
  };
}

/** A consistent copy of a SQLite database as it stands (the reference rows, no incidents yet). */
export function copyDatabase(database, path) {
  database.sqlite.prepare('VACUUM INTO ?').run(path);
}

/** A synthetic incident as a CSV row reads: an IncomingIncident, reported some minutes later. */
function toIncoming(incident, number, line, sourcePrefix) {
  const reportedAt = new Date(Date.parse(incident.occurredAt) + (1 + (number % 8)) * 900_000);
  return {
    line,
    sourceId: `${sourcePrefix}-${String(number).padStart(7, '0')}`,
    sourceVersion: '1',
    occurredAt: incident.occurredAt,
    occurredUntil: null,
    timePrecision: 'exact',
    reportedAt: reportedAt.toISOString(),
    point: incident.point,
    address: null,
    districtNames: [],
    locationPrecision: 'point',
    categoryCode: incident.categoryCode,
    description: incident.description,
    peopleCount: null,
  };
}

/**
 * The span's incidents as import files of one year each (rows as the CSV adapter hands them
 * to the import), about `expectedCount` in all: one generator over the whole span, so the
 * files together are the same stream as one ten-year file. Lazy: one year in memory at a time.
 */
export function* yearFiles({ huddinge, expectedCount, seed, sourcePrefix }) {
  const incidents = syntheticIncidents({
    seed,
    from: span.from,
    to: span.to,
    perWeek: expectedCount / spanWeeks,
    municipality: huddinge.boundary,
    hotAreas: huddinge.districts.map((district) => ({
      id: district.id,
      geometry: district.geometry,
      intensity: 1,
    })),
    hotShare: 0.35,
  });
  const yearEnd = (index) =>
    new Date(Date.UTC(span.from.getUTCFullYear() + index + 1, 10, 30, 23)).toISOString();
  let index = 0;
  let rows = [];
  let number = 0;
  const file = () => ({ name: `${sourcePrefix}-year-${index + 1}.csv`, rows });
  for (const incident of incidents) {
    while (incident.occurredAt >= yearEnd(index)) {
      yield file();
      index += 1;
      rows = [];
    }
    number += 1;
    // Line 1 of a CSV file is its header.
    rows.push(toIncoming(incident, number, rows.length + 2, sourcePrefix));
  }
  for (; index < span.years; index += 1, rows = []) yield file();
}

/**
 * Imports one file's rows as a CSV import by the command-line operator: the product's path.
 * Bad rows are skipped and counted, as a coordinator would choose for a large file: the
 * generator rounds a point to six decimals after testing it, so now and then one lands just
 * outside the municipality's extent and the import rightly rejects it.
 */
export async function importFile(deps, huddinge, file) {
  const run = await importIncidents(deps, commandLineOperator(huddinge.municipalityId), {
    rows: file.rows,
    rejected: [],
    skipped: {},
    warnings: [],
    source: 'csv',
    fileName: file.name,
    organisationId: huddinge.organisationId,
    isSkippingBadRows: true,
  });
  const { inserted, rejected } = run.counts;
  if (run.status !== 'completed' || inserted + rejected !== file.rows.length) {
    throw new Error(`The import of ${file.name} did not take every row: ${JSON.stringify(run)}`);
  }
  return run;
}
