import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { Deps } from '../domain/deps.js';
import { describeTaskError } from './task-error.js';
import { isTaskName, runTask, type TaskContext, type WorkerContext } from './worker-tasks.js';

/**
 * A worker thread of the pool (worker-pool.ts): runs one named task per message and answers
 * with its output or its error as data. The database is opened on first use, with its own
 * connection, and kept for the thread's life; it sends no mail.
 */
const { config } = workerData as WorkerContext;

/** How much lower than the event loop's thread a worker thread is scheduled (nice steps). */
const priorityStepsBelowEventLoop = 10;

/**
 * On a machine with few cores the thread's parsing and placing would take the CPU from the
 * event loop as well: on Linux this thread (its id from /proc/thread-self) runs at a lower
 * priority, so the event loop is scheduled first whenever it has something to do. Lowering a
 * priority needs no privilege; elsewhere, or if it fails, the thread runs as it is.
 */
function yieldCpuToEventLoop() {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(threadId) || threadId <= 0) return;
    // getPriority() reads this thread's own, inherited from the event loop's thread.
    setPriority(threadId, Math.min(19, getPriority() + priorityStepsBelowEventLoop));
  } catch {
    // not Linux, or no /proc: the thread keeps the process's priority
  }
}
yieldCpuToEventLoop();
let opened: Promise<Deps> | null = null;
const context: TaskContext = {
  deps: () => {
    opened ??= import('../runtime.js')
      .then(({ openRuntime }) => openRuntime({ ...config, smtpUrl: null }))
      .then((runtime) => runtime.deps);
    return opened;
  },
};

parentPort?.on('message', (message: { name: string; input: unknown }) => {
  void (async () => {
    try {
      if (!isTaskName(message.name)) throw new Error(`No task named ${message.name}.`);
      const output = await runTask(message.name, message.input as never, context);
      parentPort?.postMessage({ ok: true, output });
    } catch (error) {
      parentPort?.postMessage({ ok: false, error: describeTaskError(error) });
    }
  })();
});
