import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/databases.js';
import { makeMunicipality, makeOrganisation, testDeps } from '../../test/support/factories.js';
import { BackupError, backUpDatabase, checkSqliteIntegrity, restoreDatabase } from './backup.js';
import { openDatabase, type Database } from './db.js';

async function contentsOf(database: Database) {
  const { db } = database;
  return {
    municipalities: await db.selectFrom('municipalities').selectAll().orderBy('id').execute(),
    organisations: await db.selectFrom('organisations').selectAll().orderBy('id').execute(),
    audit: await db.selectFrom('audit_log').selectAll().orderBy('chain').orderBy('seq').execute(),
  };
}

describe('backup and restore [sqlite]', () => {
  let testDatabase: TestDatabase;
  afterEach(async () => {
    await testDatabase.drop();
  });

  it('copies the database while writes go on, and the copy restores to identical data', async () => {
    testDatabase = await createTestDatabase('sqlite');
    const deps = testDeps(testDatabase.database);
    const municipality = await makeMunicipality(deps);
    const folder = mkdtempSync(join(tmpdir(), 'tryggve-backup-'));
    const backupPath = join(folder, 'backup.db');

    let isWriting = true;
    const writes = (async () => {
      let count = 0;
      while (isWriting) {
        await makeOrganisation(deps, municipality.id);
        count += 1;
        await new Promise((resolve) => setImmediate(resolve));
      }
      return count;
    })();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await backUpDatabase(testDatabase.database, backupPath);
    isWriting = false;
    expect(await writes).toBeGreaterThan(0);
    expect(checkSqliteIntegrity(backupPath)).toBe('ok');

    // Restore into a fresh file: it holds exactly what the backup holds.
    const restoredPath = join(folder, 'restored.db');
    await restoreDatabase(backupPath, restoredPath);
    const backup = openDatabase(`sqlite:${backupPath}`);
    const restored = openDatabase(`sqlite:${restoredPath}`);
    try {
      expect(await contentsOf(restored)).toEqual(await contentsOf(backup));
      expect((await contentsOf(restored)).organisations.length).toBeGreaterThan(0);
    } finally {
      await backup.close();
      await restored.close();
    }
  });

  it('refuses to overwrite an existing file and to restore what is not a Tryggve database', async () => {
    testDatabase = await createTestDatabase('sqlite');
    const folder = mkdtempSync(join(tmpdir(), 'tryggve-backup-'));
    const path = join(folder, 'backup.db');
    await backUpDatabase(testDatabase.database, path);
    await expect(backUpDatabase(testDatabase.database, path)).rejects.toBeInstanceOf(BackupError);

    const stranger = openDatabase(`sqlite:${join(folder, 'stranger.db')}`);
    await stranger.close();
    await expect(
      restoreDatabase(join(folder, 'stranger.db'), join(folder, 'target.db')),
    ).rejects.toThrow(/not a Tryggve database/);
    await expect(
      restoreDatabase(join(folder, 'missing.db'), join(folder, 'target.db')),
    ).rejects.toThrow(/no backup/);
  });
});
