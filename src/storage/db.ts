import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, type MigrationResultSet } from 'kysely';
import pg from 'pg';
import { migrations } from './migrations/index.js';
import { GatedSqliteDialect } from './sqlite-write-gate.js';
import type { Tables } from './tables.js';

export type Dialect = 'sqlite' | 'postgres';

/** An open database: the query builder, which dialect it speaks, and how to close it. */
export interface Database {
  db: Kysely<Tables>;
  dialect: Dialect;
  /** For SQLite, the file's path (':memory:' for an in-memory database). */
  sqlitePath: string | null;
  /** For SQLite, the raw connection (online backup, pragmas); null on PostgreSQL. */
  sqlite: SqliteDatabase.Database | null;
  close(): Promise<void>;
}

/**
 * Opens `sqlite:<path>` or `postgres://…`. SQLite runs in WAL mode with foreign keys on;
 * PostgreSQL returns timestamps as ISO strings and 64-bit counts as numbers, as SQLite does.
 */
export function openDatabase(
  url: string,
  onConnectionError: (error: Error) => void = () => {},
): Database {
  if (url.startsWith('sqlite:')) return openSqlite(url.slice('sqlite:'.length));
  if (/^postgres(ql)?:\/\//.test(url)) return openPostgres(url, onConnectionError);
  throw new Error('The database URL must start with sqlite: or postgres://');
}

function openSqlite(path: string): Database {
  const isMemory = path === ':memory:';
  const filePath = isMemory ? path : resolve(path);
  if (!isMemory) mkdirSync(dirname(filePath), { recursive: true });
  const connection = new SqliteDatabase(filePath);
  connection.pragma('journal_mode = WAL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  connection.pragma('synchronous = NORMAL');
  const db = new Kysely<Tables>({ dialect: new GatedSqliteDialect({ database: connection }) });
  return {
    db,
    dialect: 'sqlite',
    sqlitePath: filePath,
    sqlite: connection,
    close: () => db.destroy(),
  };
}

const toIsoString = (value: string) => new Date(value).toISOString();

function openPostgres(url: string, onConnectionError: (error: Error) => void): Database {
  const types = {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (oid === pg.types.builtins.TIMESTAMPTZ || oid === pg.types.builtins.TIMESTAMP)
        return toIsoString;
      if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return Number;
      return pg.types.getTypeParser(oid, format);
    },
  } as pg.CustomTypesConfig;
  const pool = new pg.Pool({ connectionString: url, types, max: 10 });
  // An idle connection the server ends (a restart, a failover) must not crash the process:
  // the pool drops it and opens a new one when needed.
  pool.on('error', onConnectionError);
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', sqlitePath: null, sqlite: null, close: () => db.destroy() };
}

/** Brings the schema up to date. Safe to run at every start and from several processes. */
export async function migrateToLatest(db: Kysely<Tables>): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });
  const result = await migrator.migrateToLatest();
  if (result.error) throw result.error;
  return result;
}
