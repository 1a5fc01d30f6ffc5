import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Database } from '../../src/storage/db.js';

/** What a request changed in a database: every table's row count and a digest of its rows. */

export type Snapshot = Map<string, { rows: number; digest: string }>;

/** Rows and a digest of the contents of every table (sessions by count: each request touches them). */
export async function snapshot(database: Database): Promise<Snapshot> {
  const tables =
    database.dialect === 'sqlite'
      ? await sql<{
          name: string;
        }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(
          database.db,
        )
      : await sql<{
          name: string;
        }>`select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(
          database.db,
        );
  const result: Snapshot = new Map();
  for (const { name } of tables.rows) {
    const rows = (
      await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(database.db)
    ).rows;
    const lines = name === 'sessions' ? [] : rows.map((row) => JSON.stringify(row)).sort();
    result.set(name, {
      rows: rows.length,
      digest: createHash('sha256').update(lines.join('\n')).digest('hex'),
    });
  }
  return result;
}

export function changedTables(before: Snapshot, after: Snapshot): string[] {
  return [...after]
    .filter(([name, now]) => {
      const then = before.get(name);
      return !then || then.rows !== now.rows || then.digest !== now.digest;
    })
    .map(([name]) => name);
}
