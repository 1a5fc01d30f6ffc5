import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { makeUser, testDeps } from '../../../test/support/factories.js';
import { seedHuddinge } from '../../../test/support/huddinge.js';
import { buildTestApp, TestClient } from '../../../test/support/http.js';
import type { Database } from '../../storage/db.js';

const root = join(import.meta.dirname, '..', '..', '..');
const rowCount = 100_000;

/** A CSV file of `rowCount` records with addresses, five minutes apart from November 2025. */
function writeLargeFile(folder: string): { csvPath: string; profilePath: string } {
  const lines = ['id,time,kind,address,text'];
  const start = Date.parse('2025-11-01T00:00:00Z');
  for (let row = 0; row < rowCount; row += 1) {
    const time = new Date(start + row * 300_000).toISOString();
    lines.push(`stor-${row},${time},graffiti,Storgatan ${row % 97},Klotter på vägg`);
  }
  const csvPath = join(folder, 'stor.csv');
  writeFileSync(csvPath, `${lines.join('\n')}\n`);
  const profilePath = join(folder, 'profile.json');
  const columns = {
    ...{ id: 'id', occurredAt: 'time', category: 'kind' },
    ...{ address: 'address', description: 'text' },
  };
  writeFileSync(profilePath, JSON.stringify({ name: 'Stor', columns, categoryValues: {} }));
  return { csvPath, profilePath };
}

/** The first import run's status, or null before its first batch is committed. */
async function importStatus(database: Database): Promise<string | null> {
  const row = await database.db
    .selectFrom('import_runs')
    .select(['status', 'rejected_rows'])
    .executeTakeFirst();
  if (row?.status === 'rejected') return `rejected: ${row.rejected_rows.slice(0, 300)}`;
  return row?.status ?? null;
}

const sleep = (milliseconds: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

/**
 * Issue 21: a 100k-row import in another process (the real `tryggve import csv`) once held
 * its municipality's reports for its whole transaction: 11 s on PostgreSQL, and on SQLite a
 * 500 "database is locked". Now it commits batch by batch, so a report gets in between two.
 */
describeEachDialect('a report while a large import runs in another process', (database, _, url) => {
  let app: FastifyInstance;
  let reporter: TestClient;
  let folder: string;
  let child: ChildProcess | null = null;
  let childOutput = '';
  let organisationId = '';

  beforeAll(async () => {
    const deps = testDeps(database());
    const huddinge = await seedHuddinge(deps);
    organisationId = huddinge.organisations.police.id;
    app = await buildTestApp(deps);
    const user = await makeUser(deps, huddinge.organisations.administration, ['reporter']);
    reporter = await new TestClient(app).signIn(user.email);
    folder = mkdtempSync(join(tmpdir(), 'tryggve-large-import-'));
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await app?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('accepts the report between two of the import’s batches, long before the import ends', async () => {
    const { csvPath, profilePath } = writeLargeFile(folder);
    const started = spawn(
      process.execPath,
      [
        join(root, 'bin', 'tryggve.js'),
        ...['import', 'csv', '--municipality', '0126'],
        ...['--organisation', organisationId, '--profile', profilePath, csvPath],
      ],
      { cwd: root, env: { ...process.env, TRYGGVE_DATABASE_URL: url(), TRYGGVE_SMTP_URL: '' } },
    );
    child = started;
    started.stdout?.on('data', (chunk: Buffer) => (childOutput += chunk.toString()));
    started.stderr?.on('data', (chunk: Buffer) => (childOutput += chunk.toString()));
    let hasExited = false;
    started.on('exit', () => (hasExited = true));

    // The import is under way once its first batch is committed (and the run says so).
    while ((await importStatus(database())) === null) {
      expect(hasExited, childOutput).toBe(false);
      await sleep(50);
    }
    expect(await importStatus(database())).toBe('unfinished');

    const response = await reporter.request({
      method: 'POST',
      url: '/api/reports',
      payload: {
        events: [
          {
            occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
            address: 'Kommunalvägen 28',
            categoryCode: 'graffiti',
            description: 'Krossad busskur',
          },
        ],
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    // The report did not wait for the import: the import is still writing its batches.
    expect(await importStatus(database())).toBe('unfinished');
    expect(hasExited, childOutput).toBe(false);
  }, 300_000);
});
