import type { FastifyBaseLogger, FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyInstance {
    /** Work started after an answer has gone out; closing the server waits for it. */
    backgroundWork: BackgroundWork;
  }
}

/**
 * Work a route does after answering, so that how long the answer takes cannot tell anything
 * the work finds out (a password reset for an existing account sends mail; for an unknown
 * one nothing happens). Failures are logged; closing the server waits for what is running.
 */
class BackgroundWork {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly log: FastifyBaseLogger) {}

  start(description: string, work: () => Promise<void>): void {
    const started = work()
      .catch((error: unknown) => this.log.error({ err: error }, description))
      .finally(() => this.running.delete(started));
    this.running.add(started);
  }

  /** Resolves once nothing is running, including work started meanwhile. */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }
}

export function installBackgroundWork(app: FastifyInstance): void {
  const work = new BackgroundWork(app.log);
  app.decorate('backgroundWork', work);
  app.addHook('onClose', () => work.settled());
}
