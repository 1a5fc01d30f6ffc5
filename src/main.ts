import { join } from 'node:path';
import type { Config } from './config.js';
import { seedDemo } from './demo/seed-demo.js';
import { buildApp } from './http/app.js';
import { scheduleDaily, runJob } from './jobs/job.js';
import { applyRetentionJob } from './jobs/apply-retention.js';
import { purgeExpiredSessions } from './jobs/purge-expired-sessions.js';
import { sendFollowUpRemindersJob } from './jobs/send-follow-up-reminders.js';
import { WorkerPool } from './jobs/worker-pool.js';
import { sqliteWriteGate } from './storage/sqlite-write-gate.js';
import { createSanctionsScreening } from './integrations/opensanctions/sanctions-screening.js';
import { writeAuditCheckpointJob } from './jobs/write-audit-checkpoint.js';
import { createLogger } from './logger.js';
import { packageRoot } from './package-root.js';
import { openRuntime } from './runtime.js';
import { sql } from 'kysely';
import { createMinutesMailRenderer } from './reports/meeting-minutes/meeting-minutes-mail.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts the web server: migrates, seeds the demo into an empty database (unless
 * TRYGGVE_DEMO=false), listens, and shuts down cleanly on SIGINT and SIGTERM.
 */
export async function startServer(config: Config): Promise<RunningServer> {
  const logger = createLogger(config.logLevel);
  const runtime = await openRuntime(config, logger);
  const { database, deps } = runtime;

  if (config.isDemoEnabled) {
    const login = await seedDemo(deps);
    if (login) {
      // On the console, not in the log: shown once, to whoever started the demo.
      console.log(
        `\nDemokommunen Huddinge är skapad.\nDemo-inloggning: ${login.email} / ${login.password}\n`,
      );
    }
  }

  // Heavy work (imports, screening, rendering) in threads, so no request holds the event loop.
  const tasks = new WorkerPool({
    size: config.workers.threads,
    maxQueue: config.workers.maxQueue,
    taskTimeoutMs: config.workers.taskTimeoutMs,
    context: { config },
    ...(database.dialect === 'sqlite' ? { writeGate: sqliteWriteGate } : {}),
  });
  deps.sanctionsScreening = createSanctionsScreening(deps.store.sanctionsLists, tasks);
  deps.minutesMail = createMinutesMailRenderer((data, format) =>
    tasks.run('render-meeting-minutes', { format, data }),
  );

  const app = await buildApp({
    deps,
    tasks,
    logger,
    cookies: { isSecure: config.isSecureCookie, maxAgeSeconds: config.sessionMaxHours * 3600 },
    rateLimits: { globalPerMinute: 1200, authPerMinute: 30 },
    trustProxy: config.trustProxy,
    isDatabaseReachable: async () => {
      await sql`select 1`.execute(database.db);
      return true;
    },
    webRoot: join(packageRoot(), 'dist', 'web'),
    basemap: config.basemap,
  });
  await app.listen({ port: config.port, host: config.host });
  const purgeTimer = setInterval(
    () =>
      void purgeExpiredSessions(deps).catch((error: unknown) =>
        logger.error({ err: error }, 'session purge failed'),
      ),
    3_600_000,
  );
  purgeTimer.unref();
  // Follow-up reminders and escalations: once at start, then daily; idempotent, so a restart
  // never sends a notice twice.
  const stopReminders = scheduleDaily(
    async () => {
      const summary = await runJob(sendFollowUpRemindersJob, deps, {});
      logger.info({ job: sendFollowUpRemindersJob.id, ...summary }, 'follow-up reminders');
    },
    (error) => logger.error({ err: error, job: sendFollowUpRemindersJob.id }, 'job failed'),
  );
  // Retention (gallring): free text past its time is removed once at start, then daily.
  const stopRetention = scheduleDaily(
    async () => {
      const summary = await runJob(applyRetentionJob, deps, {});
      logger.info({ job: applyRetentionJob.id, ...summary }, 'retention');
    },
    (error) => logger.error({ err: error, job: applyRetentionJob.id }, 'job failed'),
  );

  // The audit log's signed checkpoint (issue 20): once at start, then daily.
  if (config.auditCheckpointKey === null) {
    logger.warn(
      'TRYGGVE_AUDIT_CHECKPOINT_KEY is not set: no audit checkpoints are signed, so a rewritten audit log cannot be detected',
    );
  }
  const stopCheckpoints = scheduleDaily(
    async () => {
      const summary = await runJob(writeAuditCheckpointJob, deps, {});
      if (summary.isSigned)
        logger.info({ job: writeAuditCheckpointJob.id, ...summary }, 'audit checkpoint');
    },
    (error) => logger.error({ err: error, job: writeAuditCheckpointJob.id }, 'job failed'),
  );

  let isClosing = false;
  const close = async () => {
    if (isClosing) return;
    isClosing = true;
    clearInterval(purgeTimer);
    stopReminders();
    stopRetention();
    stopCheckpoints();
    await app.close();
    await tasks.close();
    await runtime.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down');
      void close().then(() => process.exit(0));
    });
  }
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  console.log(`Tryggve körs på ${config.publicUrl} (lyssnar på ${url})`);
  return { url, close };
}
