import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import type { Database } from './db.js';

export class BackupError extends Error {
  override name = 'BackupError';
}

/** `PRAGMA integrity_check` of a SQLite file: 'ok', or the problems SQLite lists. */
export function checkSqliteIntegrity(path: string): string {
  const connection = new SqliteDatabase(path, { readonly: true, fileMustExist: true });
  try {
    const rows = connection.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((row) => row.integrity_check).join('; ');
  } finally {
    connection.close();
  }
}

/**
 * Copies a live SQLite database to `targetPath` with SQLite's online backup: writers carry
 * on meanwhile and the copy is one consistent moment. Checks the copy before returning.
 * PostgreSQL is backed up with pg_dump (README, "Backup").
 */
export async function backUpDatabase(
  database: Database,
  targetPath: string,
): Promise<{ pages: number }> {
  if (!database.sqlite) {
    throw new BackupError(
      'PostgreSQL is backed up with pg_dump; see the README, "Backup and restore".',
    );
  }
  const target = resolve(targetPath);
  if (existsSync(target))
    throw new BackupError(`${target} exists already; choose a new file name.`);
  mkdirSync(dirname(target), { recursive: true });
  // In one step: copied a hundred pages at a time (the default), the backup starts over each
  // time another connection writes, and under steady writes it never finishes. One step holds
  // a read transaction for the copy's length (milliseconds per megabyte) and sees one state.
  const result = await database.sqlite.backup(target, { progress: () => copyEverything });
  const integrity = checkSqliteIntegrity(target);
  if (integrity !== 'ok') {
    rmSync(target, { force: true });
    throw new BackupError(`The copy failed its integrity check: ${integrity}`);
  }
  return { pages: result.totalPages };
}

/** Pages per step, more than any database has: the whole file in one step. */
const copyEverything = 2_147_483_647;

/**
 * Restores a backup file into the SQLite database at `targetPath`, replacing its content.
 * The server must be stopped. The backup is checked first; the target is written with the
 * backup API, so a failure midway leaves the old content.
 */
export async function restoreDatabase(backupPath: string, targetPath: string): Promise<void> {
  const source = resolve(backupPath);
  if (!existsSync(source)) throw new BackupError(`There is no backup at ${source}.`);
  const integrity = checkSqliteIntegrity(source);
  if (integrity !== 'ok')
    throw new BackupError(`The backup fails its integrity check: ${integrity}`);
  const connection = new SqliteDatabase(source, { readonly: true, fileMustExist: true });
  try {
    const hasSchema = connection
      .prepare("select 1 from sqlite_master where type = 'table' and name = 'schema_migrations'")
      .get();
    if (!hasSchema) throw new BackupError(`${source} is not a Tryggve database.`);
    const target = resolve(targetPath);
    mkdirSync(dirname(target), { recursive: true });
    await connection.backup(target);
  } finally {
    connection.close();
  }
}
