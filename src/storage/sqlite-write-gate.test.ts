import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GatedSqliteDialect, SqliteWriteGate } from './sqlite-write-gate.js';

/**
 * SQLite only: the gate exists because better-sqlite3 waits for another connection's write
 * lock synchronously. The "other thread" here is a second connection holding a write
 * transaction, as a threaded import does.
 */
describe('the SQLite write gate', () => {
  let folder: string;
  let gate: SqliteWriteGate;
  let main: Kysely<{ notes: { id: number; text: string } }>;
  let importer: SqliteDatabase.Database;

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'tryggve-gate-'));
    const file = join(folder, 'gate.db');
    const connection = new SqliteDatabase(file);
    connection.pragma('journal_mode = WAL');
    connection.pragma('busy_timeout = 5000');
    gate = new SqliteWriteGate(2_000);
    main = new Kysely({ dialect: new GatedSqliteDialect({ database: connection }, gate) });
    await sql`create table notes (id integer primary key, text text not null)`.execute(main);
    await main.insertInto('notes').values({ id: 1, text: 'före' }).execute();
    importer = new SqliteDatabase(file);
    importer.pragma('busy_timeout = 5000');
  });
  afterEach(async () => {
    importer?.close();
    await main?.destroy();
    rmSync(folder, { recursive: true, force: true });
  });

  it('lets a write wait for a writing task without holding the event loop, while reads go on', async () => {
    const release = gate.hold();
    importer.exec('begin immediate');
    importer.prepare('insert into notes (id, text) values (2, ?)').run('importerad');

    let isWritten = false;
    const write = main
      .transaction()
      .execute((trx) => trx.insertInto('notes').values({ id: 3, text: 'under importen' }).execute())
      .then(() => (isWritten = true));
    // The event loop turns: a timer fires on time, and a read sees the last committed state.
    const timerStarted = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(performance.now() - timerStarted).toBeLessThan(1_000);
    const before = await main.selectFrom('notes').select('text').orderBy('id').execute();
    expect(before.map((row) => row.text)).toEqual(['före']);
    expect(isWritten).toBe(false);

    importer.exec('commit');
    release();
    await write;
    const after = await main.selectFrom('notes').select('text').orderBy('id').execute();
    expect(after.map((row) => row.text)).toEqual(['före', 'importerad', 'under importen']);
  });

  it('refuses a write with SERVER_BUSY when the writing task outlasts the wait, and writes nothing', async () => {
    const release = gate.hold();
    await expect(
      main.insertInto('notes').values({ id: 4, text: 'för sent' }).execute(),
    ).rejects.toMatchObject({ code: 'SERVER_BUSY' });
    release();
    const rows = await main.selectFrom('notes').select('id').execute();
    expect(rows).toEqual([{ id: 1 }]);
  });

  it('lets writes through at once when no writing task runs', async () => {
    await main.updateTable('notes').set({ text: 'efter' }).where('id', '=', 1).execute();
    const rows = await main.selectFrom('notes').select('text').execute();
    expect(rows).toEqual([{ text: 'efter' }]);
  });
  it("waits for another process's write lock with the event loop free, then writes", async () => {
    // No gate here: the writer is another process (`tryggve import`), which the gate cannot see.
    importer.exec('begin immediate');
    importer.prepare('insert into notes (id, text) values (2, ?)').run('importerad');
    let isWritten = false;
    const write = main
      .transaction()
      .execute(async (trx) => {
        // Read, then write: a deferred transaction would fail here with SQLITE_BUSY.
        const count = await trx.selectFrom('notes').select('id').execute();
        await trx
          .insertInto('notes')
          .values({ id: 3, text: `efter ${count.length}` })
          .execute();
      })
      .then(() => (isWritten = true));
    const outside = main.insertInto('notes').values({ id: 4, text: 'utanför' }).execute();
    const timerStarted = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(performance.now() - timerStarted).toBeLessThan(1_000);
    expect(isWritten).toBe(false);

    importer.exec('commit');
    await Promise.all([write, outside]);
    const after = await main.selectFrom('notes').select('text').orderBy('id').execute();
    expect(after.map((row) => row.text)).toEqual(['före', 'importerad', 'efter 2', 'utanför']);
  });

  it("refuses with SERVER_BUSY, not SQLite's error, when another process keeps the lock too long", async () => {
    importer.exec('begin immediate');
    await expect(
      main.insertInto('notes').values({ id: 5, text: 'för sent' }).execute(),
    ).rejects.toMatchObject({ code: 'SERVER_BUSY' });
    importer.exec('rollback');
  });
});
