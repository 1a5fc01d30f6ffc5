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
