import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/databases.js';
import { actorFor, commandLineOperator, makeUser, testDeps } from '../../test/support/factories.js';
import { seedHuddinge, type Huddinge } from '../../test/support/huddinge.js';
import { verifyAllAuditChains } from '../domain/audit/verify-all-audit-chains.js';
import type { Deps } from '../domain/deps.js';
import { importIncidents } from '../domain/imports/import-incidents.js';
import type { IncomingIncident } from '../domain/imports/incoming-incident.js';
import { reportIncidents } from '../domain/incidents/report-incidents.js';
import { backUpDatabase, restoreDatabase } from './backup.js';
import { openDatabase, type Database } from './db.js';
import { rebuildRollups } from './incident-rollups.js';

/**
 * A backup taken while another connection imports files and reports incidents, as the
 * `tryggve backup` command runs beside the server, restores into a fresh file with identical
 * data, and that data is one consistent moment: every file wholly there or not at all, the
 * picture's counts agreeing with the incidents, the audit chains intact. SQLite only: a
 * PostgreSQL installation is backed up with pg_dump.
 */

const rowsPerFile = 400;

/** A file of `rowsPerFile` incidents in Huddinge, each known by `<file>-<row>`. */
function fileRows(file: number): IncomingIncident[] {
  return Array.from({ length: rowsPerFile }, (_, row) => ({
    line: row + 2,
    sourceId: `last-${file}-${row}`,
    sourceVersion: '1',
    occurredAt: new Date(Date.UTC(2025, 0, 1) + (file * rowsPerFile + row) * 600_000).toISOString(),
    occurredUntil: null,
    timePrecision: 'exact',
    reportedAt: new Date(Date.UTC(2026, 0, 1)).toISOString(),
    point: { longitude: 17.93 + (row % 40) / 1000, latitude: 59.22 + (row % 20) / 1000 },
    address: null,
    districtNames: [],
    locationPrecision: 'point',
    categoryCode: row % 3 === 0 ? 'graffiti' : 'vandalism',
    description: `Händelse ${row} i fil ${file}`,
    peopleCount: null,
  }));
}

async function importFile(deps: Deps, huddinge: Huddinge, file: number) {
  const run = await importIncidents(deps, commandLineOperator(huddinge.municipalityId), {
    rows: fileRows(file),
    rejected: [],
    skipped: {},
    warnings: [],
    source: 'csv',
    fileName: `last-${file}.csv`,
    organisationId: huddinge.organisations.housing.id,
    isSkippingBadRows: false,
  });
  expect(run.counts.inserted).toBe(rowsPerFile);
}

/** Every row of every table, sorted: what "identical data" means. */
async function everyRow(database: Database) {
  const tables = await sql<{ name: string }>`
    select name from sqlite_master where type = 'table' and name not like 'sqlite_%'
    order by name`.execute(database.db);
  const contents: Record<string, string[]> = {};
  for (const { name } of tables.rows) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(
      database.db,
    );
    contents[name] = rows.rows.map((row) => JSON.stringify(row)).sort();
  }
  return contents;
}

describe('a backup under load [sqlite]', () => {
  let testDatabase: TestDatabase;
  let folder: string;
  let huddinge: Huddinge;

  beforeAll(async () => {
    testDatabase = await createTestDatabase('sqlite');
    folder = mkdtempSync(join(tmpdir(), 'tryggve-backup-load-'));
    const deps = testDeps(testDatabase.database);
    huddinge = await seedHuddinge(deps);
    // Enough pages that the online backup takes many steps, with writes between them.
    for (let file = 0; file < 15; file += 1) await importFile(deps, huddinge, file);
  }, 60_000);
  afterAll(async () => {
    await testDatabase.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('restores to identical data that is one consistent moment of the writes', async () => {
    const source = testDatabase.database;
    // The writer is a connection of its own, as the server is beside `tryggve backup`.
    const writer = openDatabase(`sqlite:${source.sqlitePath}`);
    const writerDeps = testDeps(writer);
    const reporter = actorFor(
      await makeUser(writerDeps, huddinge.organisations.administration, ['reporter']),
    );
    const [districtId] = Object.values(huddinge.districtIds);

    // The writer keeps on until the backup is done, or gives up after `writeSeconds`: a backup
    // that restarts whenever another connection writes would only finish once writes stop.
    const writeSeconds = 20;
    let isBackingUp = true;
    let writesDuringBackup = 0;
    let hasWriterGivenUp = false;
    const writes = (async () => {
      const deadline = Date.now() + writeSeconds * 1000;
      for (let file = 100; isBackingUp; file += 1) {
        if (Date.now() > deadline) {
          hasWriterGivenUp = true;
          return;
        }
        await importFile(writerDeps, huddinge, file);
        await reportIncidents(writerDeps, reporter, {
          events: [{ districtId, categoryCode: 'graffiti', description: `Klotter ${file}.` }],
        });
        if (isBackingUp) writesDuringBackup += 2;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const backupPath = join(folder, 'backup.db');
    await new Promise((resolve) => setTimeout(resolve, 20));
    await backUpDatabase(source, backupPath);
    isBackingUp = false;
    await writes;
    await writer.close();
    expect(writesDuringBackup).toBeGreaterThan(0);
    expect(
      hasWriterGivenUp,
      `the backup finished only after ${writeSeconds} s, once the writes stopped`,
    ).toBe(false);

    const restoredPath = join(folder, 'restored.db');
    await restoreDatabase(backupPath, restoredPath);
    const backup = openDatabase(`sqlite:${backupPath}`);
    const restored = openDatabase(`sqlite:${restoredPath}`);
    try {
      const restoredRows = await everyRow(restored);
      expect(restoredRows).toEqual(await everyRow(backup));

      // Each file of the backup is whole, and has its run; no file is there in part.
      const sourceIds = await restored.db
        .selectFrom('incidents')
        .where('source', '=', 'csv')
        .select('source_id')
        .execute();
      const perFile = new Map<string, number>();
      for (const { source_id: sourceId } of sourceIds) {
        const file = `${(sourceId ?? '').split('-').slice(0, 2).join('-')}.csv`;
        perFile.set(file, (perFile.get(file) ?? 0) + 1);
      }
      const runs = await restored.db.selectFrom('import_runs').select('file_name').execute();
      expect([...perFile.values()]).toEqual([...perFile.values()].map(() => rowsPerFile));
      expect([...perFile.keys()].sort()).toEqual(runs.map((run) => run.file_name).sort());
      expect(perFile.size).toBeGreaterThan(15);

      // The picture's counts are what the incidents give, and the audit chains are intact.
      await rebuildRollups(restored.db, huddinge.municipalityId);
      const rebuilt = await everyRow(restored);
      expect(rebuilt.incident_daily_counts).toEqual(restoredRows.incident_daily_counts);
      expect(rebuilt.incident_hourly_counts).toEqual(restoredRows.incident_hourly_counts);
      const { chains } = await verifyAllAuditChains(testDeps(restored));
      expect(chains.length).toBeGreaterThan(0);
      expect(chains.filter((chain) => !chain.isIntact)).toEqual([]);
    } finally {
      await backup.close();
      await restored.close();
    }
  }, 60_000);
});
