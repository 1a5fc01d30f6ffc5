import type { z } from 'zod';
import type { Deps } from '../domain/deps.js';

/** A job: an id, the schema of its payload, and a handler that receives the parsed payload. */
export interface JobDefinition<Schema extends z.ZodType, Result> {
  id: string;
  payloadSchema: Schema;
  handle(deps: Deps, payload: z.infer<Schema>): Promise<Result>;
}

/** Runs a job with a payload checked against its schema first. */
export async function runJob<Schema extends z.ZodType, Result>(
  job: JobDefinition<Schema, Result>,
  deps: Deps,
  payload: unknown,
): Promise<Result> {
  return job.handle(deps, job.payloadSchema.parse(payload));
}

const dayMs = 86_400_000;

/**
 * Runs `work` now and then every day, on a timer that never keeps the process alive.
 * Failures are handed to `onError`; the next day's run is still made. Returns a stopper.
 */
export function scheduleDaily(work: () => Promise<unknown>, onError: (error: unknown) => void) {
  const run = () => void work().catch(onError);
  run();
  const timer = setInterval(run, dayMs);
  timer.unref();
  return () => clearInterval(timer);
}
