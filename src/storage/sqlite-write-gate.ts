import {
  CompiledQuery,
  SqliteDialect,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
} from 'kysely';
import { DomainError } from '../domain/errors.js';

/**
 * SQLite has one writer at a time. While an import writes its whole transaction in a worker
 * thread (src/jobs/worker-pool.ts), a write on the main thread would wait for the lock in
 * better-sqlite3's busy handler, which is synchronous: the event loop (and /healthz) stops for
 * up to the busy timeout, then the request fails with "database is locked". This gate makes
 * such writes wait asynchronously instead: the pool holds it while a writing task runs, and
 * the main thread's connection lets a transaction begin, or a write outside one run, only
 * when no one holds it. Reads are never held (WAL lets them go on). A write that would wait
 * longer than `maxWaitMs` is refused with SERVER_BUSY (503), never a 500.
 */
export class SqliteWriteGate {
  #holders = 0;
  #opened: Promise<void> = Promise.resolve();
  #open: () => void = () => {};

  constructor(readonly maxWaitMs = 60_000) {}

  /** Closes the gate until the returned function is called (once per holder). */
  hold(): () => void {
    if (this.#holders === 0) {
      this.#opened = new Promise((resolve) => (this.#open = resolve));
    }
    this.#holders += 1;
    let isReleased = false;
    return () => {
      if (isReleased) return;
      isReleased = true;
      this.#holders -= 1;
      if (this.#holders === 0) this.#open();
    };
  }

  get isHeld(): boolean {
    return this.#holders > 0;
  }

  /** Resolves when no one holds the gate; SERVER_BUSY after `maxWaitMs`. */
  async waitUntilOpen(): Promise<void> {
    if (this.#holders === 0) return;
    let timer: NodeJS.Timeout | undefined;
    const tooLong = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new DomainError(
              'SERVER_BUSY',
              'The server is busy with other heavy work; try again shortly.',
              {
                retryAfterSeconds: 10,
              },
            ),
          ),
        this.maxWaitMs,
      );
    });
    try {
      // A new holder may come while waiting: wait again until truly open.
      while (this.#holders > 0) await Promise.race([this.#opened, tooLong]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** The gate of this thread's SQLite connections (worker threads never hold theirs). */
export const sqliteWriteGate = new SqliteWriteGate();

const writing = /^\s*(begin|insert|update|delete|replace|create|drop|alter)\b/i;
const cteWriting = /^\s*with\b[\s\S]*\b(insert|update|delete)\b/i;
const ending = /^\s*(commit|rollback|end)\b/i;

/** Kysely's SQLite dialect with writes held at the gate while it is held. */
export class GatedSqliteDialect extends SqliteDialect {
  constructor(
    config: ConstructorParameters<typeof SqliteDialect>[0],
    readonly gate: SqliteWriteGate = sqliteWriteGate,
  ) {
    super(config);
  }

  override createDriver(): Driver {
    const driver = super.createDriver();
    const gate = this.gate;
    return new Proxy(driver, {
      get(target, property) {
        if (property === 'acquireConnection') {
          return async () => gatedConnection(await target.acquireConnection(), target, gate);
        }
        // The driver's methods use its private fields: called on the driver itself.
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }
}

/** How often a write waiting for another process's lock tries again (it never blocks the loop). */
const retryEveryMs = 5;
/** A transaction that held the lock this long lets others in before it takes it again. */
const longHoldMs = 20;
const maxPauseMs = 50;

const isBusy = (error: unknown) =>
  String((error as { code?: unknown } | null)?.code ?? '').startsWith('SQLITE_BUSY');

const sleep = (milliseconds: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

const serverBusy = () =>
  new DomainError('SERVER_BUSY', 'The server is busy with other heavy work; try again shortly.', {
    retryAfterSeconds: 10,
  });

function gatedConnection(connection: DatabaseConnection, driver: Driver, gate: SqliteWriteGate) {
  // One connection, behind Kysely's own lock: a transaction once begun is never held again
  // (holding it midway could deadlock with the import waiting for this transaction's lock).
  let isInTransaction = false;
  let heldSince = 0;
  let mayBeginAt = 0;
  let busyTimeout: number | null = null;

  /**
   * Runs a statement that takes the write lock (BEGIN IMMEDIATE, or a write outside a
   * transaction) without SQLite's synchronous busy wait: while another process (an import
   * in `tryggve import`) holds the lock, it tries again every few milliseconds, the event
   * loop free meanwhile; after `gate.maxWaitMs` it is refused with SERVER_BUSY, never a 500.
   */
  async function takingTheLock<Row>(query: CompiledQuery): Promise<QueryResult<Row>> {
    if (busyTimeout === null) {
      const { rows } = await connection.executeQuery<{ timeout: number }>(
        CompiledQuery.raw('pragma busy_timeout'),
      );
      busyTimeout = Number(rows[0]?.timeout ?? 0);
    }
    await connection.executeQuery(CompiledQuery.raw('pragma busy_timeout = 0'));
    const giveUpAt = performance.now() + gate.maxWaitMs;
    try {
      for (;;) {
        try {
          return await connection.executeQuery<Row>(query);
        } catch (error) {
          if (!isBusy(error)) throw error;
          if (performance.now() > giveUpAt) throw serverBusy();
        }
        await sleep(retryEveryMs);
      }
    } finally {
      await connection.executeQuery(CompiledQuery.raw(`pragma busy_timeout = ${busyTimeout}`));
    }
  }

  return {
    async executeQuery<Row>(query: CompiledQuery): Promise<QueryResult<Row>> {
      const text = query.sql;
      const isWrite = writing.test(text) || cteWriting.test(text);
      if (gate.isHeld && !isInTransaction && isWrite) {
        // The lock is given back while waiting, so the main thread's reads go on meanwhile.
        await driver.releaseConnection(connection);
        try {
          await gate.waitUntilOpen();
        } finally {
          await driver.acquireConnection();
        }
      }
      if (/^\s*begin\b/i.test(text)) {
        // A long writer (an import's batch) lets a waiting writer in before its next batch.
        const pause = mayBeginAt - performance.now();
        if (pause > 0) await sleep(pause);
        // IMMEDIATE: the write lock is taken now, so a transaction that reads and then writes
        // never fails midway with SQLITE_BUSY because another process wrote meanwhile.
        const result = await takingTheLock<Row>(CompiledQuery.raw('begin immediate'));
        isInTransaction = true;
        heldSince = performance.now();
        return result;
      }
      if (ending.test(text)) {
        const result = await connection.executeQuery<Row>(query);
        isInTransaction = false;
        const held = performance.now() - heldSince;
        mayBeginAt = held >= longHoldMs ? performance.now() + Math.min(held, maxPauseMs) : 0;
        return result;
      }
      if (isWrite && !isInTransaction) return takingTheLock<Row>(query);
      return connection.executeQuery<Row>(query);
    },
    streamQuery<Row>(query: CompiledQuery, chunkSize?: number) {
      return connection.streamQuery<Row>(query, chunkSize);
    },
  } satisfies DatabaseConnection;
}
