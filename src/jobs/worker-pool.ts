import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DomainError } from '../domain/errors.js';
import { packageRoot } from '../package-root.js';
import { restoreTaskError, type TaskFailure } from './task-error.js';
import {
  writingTasks,
  type TaskInput,
  type TaskName,
  type TaskOutput,
  type TaskRunner,
  type TaskRunOptions,
  type WorkerContext,
} from './worker-tasks.js';

interface WorkerPoolOptions {
  /** Threads at most; each runs one task at a time. */
  size: number;
  /** Tasks waiting for a thread at most; one more is refused with SERVER_BUSY (503). */
  maxQueue: number;
  /** A task still running after this long has its thread terminated: TASK_TIMED_OUT (503). */
  taskTimeoutMs: number;
  /** What every thread needs to open its own database (cloned into each thread). */
  context: WorkerContext;
  /**
   * Held while a task that writes to the database runs (SQLite: the main thread's writes then
   * wait asynchronously instead of in SQLite's synchronous busy wait; sqlite-write-gate.ts).
   */
  writeGate?: { hold(): () => void };
  /**
   * Tasks one person may have running and waiting at once (default: half the threads, at
   * least one); one more is refused with SERVER_BUSY, so one user cannot fill the queue and
   * keep everyone else's heavy work out.
   */
  maxPerOwner?: number;
}

/**
 * Whose task it is: the run's `owner`, else the signed-in user the input carries (imports and
 * layer changes carry their actor). Tasks without one (renders) are not counted per person.
 */
export function taskOwner(input: unknown, owner?: string): string | null {
  if (owner !== undefined) return owner;
  if (typeof input !== 'object' || input === null || !('actor' in input)) return null;
  const actor = (input as { actor?: { userId?: unknown } }).actor;
  return typeof actor?.userId === 'string' ? actor.userId : null;
}

interface Job {
  name: TaskName;
  input: unknown;
  /** Memory handed to the thread rather than copied (see TaskRunOptions). */
  transfer: ArrayBuffer[];
  timeoutMs: number;
  resolve: (output: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  release: (() => void) | null;
}

type Answer = { ok: true; output: unknown } | { ok: false; error: TaskFailure };

/**
 * CPU-heavy work off the event loop: a bounded pool of worker threads, each running the named
 * tasks of worker-tasks.ts one at a time. Threads start when first needed and are kept; a
 * full queue answers SERVER_BUSY at once rather than letting work pile up, and a task past its
 * time limit has its thread terminated (a database transaction in it is rolled back with its
 * connection) and a fresh one takes its place.
 */
export class WorkerPool implements TaskRunner {
  readonly #options: WorkerPoolOptions;
  readonly #slots: Slot[] = [];
  readonly #queue: Job[] = [];
  /** Tasks running and waiting per owner. */
  readonly #byOwner = new Map<string, number>();
  readonly #maxPerOwner: number;
  #isClosed = false;

  constructor(options: WorkerPoolOptions) {
    this.#options = { ...options, size: Math.max(1, options.size) };
    this.#maxPerOwner = Math.max(1, options.maxPerOwner ?? Math.ceil(this.#options.size / 2));
  }

  run<Name extends TaskName>(
    name: Name,
    input: TaskInput<Name>,
    options?: TaskRunOptions,
  ): Promise<TaskOutput<Name>> {
    if (this.#isClosed) return Promise.reject(busy());
    const idle =
      this.#slots.find((slot) => slot.job === null) ??
      (this.#slots.length < this.#options.size ? this.#startSlot() : null);
    if (!idle && this.#queue.length >= this.#options.maxQueue) return Promise.reject(busy());
    const owner = taskOwner(input, options?.owner);
    if (owner !== null && (this.#byOwner.get(owner) ?? 0) >= this.#maxPerOwner) {
      return Promise.reject(busy());
    }
    const release = this.#count(owner);
    return new Promise((resolve, reject) => {
      const job: Job = {
        name,
        input,
        transfer: options?.transfer ?? [],
        timeoutMs: options?.timeoutMs ?? this.#options.taskTimeoutMs,
        resolve: (output) => {
          release();
          (resolve as (output: unknown) => void)(output);
        },
        reject: (error) => {
          release();
          reject(error);
        },
      };
      if (idle) this.#dispatch(idle, job);
      else this.#queue.push(job);
    });
  }

  /** Counts a task for its owner until it ends; the returned function ends it once. */
  #count(owner: string | null): () => void {
    if (owner === null) return () => {};
    this.#byOwner.set(owner, (this.#byOwner.get(owner) ?? 0) + 1);
    let isDone = false;
    return () => {
      if (isDone) return;
      isDone = true;
      const left = (this.#byOwner.get(owner) ?? 1) - 1;
      if (left === 0) this.#byOwner.delete(owner);
      else this.#byOwner.set(owner, left);
    };
  }

  /** Tasks running and waiting, for the log and tests. */
  get load(): { running: number; queued: number; threads: number } {
    return {
      running: this.#slots.filter((slot) => slot.job !== null).length,
      queued: this.#queue.length,
      threads: this.#slots.length,
    };
  }

  /** Refuses new tasks, fails the waiting ones and terminates every thread. */
  async close(): Promise<void> {
    this.#isClosed = true;
    for (const job of this.#queue.splice(0)) job.reject(busy());
    const slots = this.#slots.splice(0);
    for (const slot of slots) {
      if (slot.timer) clearTimeout(slot.timer);
      slot.job?.reject(busy());
      slot.job = null;
    }
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  #startSlot(): Slot {
    const slot: Slot = {
      worker: startWorker(this.#options.context),
      job: null,
      timer: null,
      release: null,
    };
    slot.worker.on('message', (answer: Answer) => this.#finish(slot, answer));
    slot.worker.on('error', (error) => this.#replace(slot, new Error(error.message)));
    slot.worker.on('exit', () => this.#replace(slot, null));
    // An idle thread does not keep the process alive.
    slot.worker.unref();
    this.#slots.push(slot);
    return slot;
  }

  #dispatch(slot: Slot, job: Job) {
    slot.job = job;
    if (writingTasks.has(job.name)) slot.release = this.#options.writeGate?.hold() ?? null;
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      this.#replace(
        slot,
        new DomainError('TASK_TIMED_OUT', 'The work took too long and was stopped.', {
          limitSeconds: Math.round(job.timeoutMs / 1000),
        }),
      );
    }, job.timeoutMs);
    slot.worker.postMessage({ name: job.name, input: job.input }, job.transfer);
  }

  #finish(slot: Slot, answer: Answer) {
    const job = slot.job;
    if (!job) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
    slot.release?.();
    slot.release = null;
    slot.worker.unref();
    if (answer.ok) job.resolve(answer.output);
    else job.reject(restoreTaskError(answer.error));
    this.#next(slot);
  }

  /** A thread timed out or ended: its task fails, and a fresh thread takes the queue on. */
  #replace(slot: Slot, error: Error | null) {
    const index = this.#slots.indexOf(slot);
    if (index === -1) return;
    this.#slots.splice(index, 1);
    if (slot.timer) clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = null;
    slot.release?.();
    slot.release = null;
    slot.worker.removeAllListeners('exit');
    void slot.worker.terminate();
    job?.reject(error ?? new Error('A worker thread ended during its task.'));
    if (this.#isClosed) return;
    const waiting = this.#queue.shift();
    if (waiting) this.#dispatch(this.#startSlot(), waiting);
  }

  #next(slot: Slot) {
    const waiting = this.#queue.shift();
    if (waiting) this.#dispatch(slot, waiting);
  }
}

const busy = () =>
  new DomainError('SERVER_BUSY', 'The server is busy with other heavy work; try again shortly.', {
    retryAfterSeconds: 10,
  });

/**
 * A thread running worker-entry: the compiled file beside this one (dist/), or, when running
 * from the TypeScript sources (the tests), the source with a hook that transpiles it.
 */
function startWorker(context: WorkerContext): Worker {
  const compiled = new URL('./worker-entry.js', import.meta.url);
  if (existsSync(fileURLToPath(compiled))) return new Worker(compiled, { workerData: context });
  const hooks = pathToFileURL(join(packageRoot(), 'scripts', 'worker-typescript', 'register.js'));
  return new Worker(new URL('./worker-entry.ts', import.meta.url), {
    workerData: context,
    execArgv: ['--import', hooks.href],
  });
}
