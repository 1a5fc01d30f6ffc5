import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import {
  migrateToLatest,
  openDatabase,
  type Database,
  type Dialect,
} from '../../src/storage/db.js';

/** SQLite always; PostgreSQL whenever TRYGGVE_TEST_POSTGRES_URL is set (CI always sets it). */
export function testDialects(): Dialect[] {
  return process.env.TRYGGVE_TEST_POSTGRES_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

export interface TestDatabase {
  database: Database;
  url: string;
  drop(): Promise<void>;
}

/** A new, migrated database of its own: a temporary SQLite file, or a fresh PostgreSQL database. */
export async function createTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const folder = mkdtempSync(join(tmpdir(), 'tryggve-test-'));
    const url = `sqlite:${join(folder, 'test.db')}`;
    const database = openDatabase(url);
    await migrateToLatest(database.db);
    return {
      database,
      url,
      async drop() {
        await database.close();
        rmSync(folder, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = process.env.TRYGGVE_TEST_POSTGRES_URL;
  if (!adminUrl) throw new Error('Set TRYGGVE_TEST_POSTGRES_URL to test on PostgreSQL.');
  const name = `tryggve_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = openDatabase(url.toString());
  await migrateToLatest(database.db);
  return {
    database,
    url: url.toString(),
    async drop() {
      await database.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/**
 * Runs a suite once per dialect, each on a fresh database made before its tests and dropped
 * after. `body` receives a getter, as the database exists only once the suite starts.
 */
export function describeEachDialect(
  name: string,
  body: (database: () => Database, dialect: Dialect, url: () => string) => void,
): void {
  for (const dialect of testDialects()) {
    describe(`${name} [${dialect}]`, () => {
      let testDatabase: TestDatabase | null = null;
      beforeAll(async () => {
        testDatabase = await createTestDatabase(dialect);
      });
      afterAll(async () => {
        await testDatabase?.drop();
      });
      body(
        () => {
          if (!testDatabase) throw new Error('The test database is not ready yet.');
          return testDatabase.database;
        },
        dialect,
        () => {
          if (!testDatabase) throw new Error('The test database is not ready yet.');
          return testDatabase.url;
        },
      );
    });
  }
}
